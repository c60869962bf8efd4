/** select-only.ts: fields the select param says come only when selected are optional in the result. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markSelectOnlyFields, selectOnlyNames } from '../../generator/link/select-only.ts';
import { specSetFromPages } from '../../generator/pipeline/run.ts';
import type { Field, MethodSpec } from '../../generator/spec/schema.ts';
import { requireShared, SHARED } from '../support/shared.ts';
import { restSpec } from '../support/specs.ts';

const CORPUS = SHARED.corpus;
/** The linked specs of corpus pages read together. */
function linked(...paths: string[]): Map<string, MethodSpec> {
  const ctx = { readFile: (p: string) => (existsSync(`${CORPUS}/${p}`) ? readFileSync(`${CORPUS}/${p}`, 'utf8') : undefined) };
  const pages = paths.map((path) => ({ page: { path, text: readFileSync(`${requireShared(CORPUS)}/${path}`, 'utf8') }, ctx }));
  return new Map(specSetFromPages(pages).specs.map((s) => [s.method, s]));
}

describe('selectOnlyNames', () => {
  it('reads the fields a select description says come only when selected', () => {
    // crm-activity-list.md:23
    expect(
      selectOnlyNames(
        'An array of fields of the activity crm.activity.fields that need to be selected. To get the fields `COMMUNICATIONS` and `FILES`, specify them in select',
      ),
    ).toEqual(['COMMUNICATIONS', 'FILES']);
    // tasks-task-get.md:34
    expect(
      selectOnlyNames(
        'By default, it returns all fields except for custom ones. System fields `UF_CRM_TASK`, `UF_TASK_WEBDAV_FILES`, and `UF_MAIL_MESSAGE` are not returned by default. Specify one of these fields in `SELECT` to get their values.',
      ),
    ).toEqual(['UF_CRM_TASK', 'UF_TASK_WEBDAV_FILES', 'UF_MAIL_MESSAGE']);
    // A select description that only says what select is (crm-deal-list.md) names nothing.
    expect(selectOnlyNames('A list of fields to select. You can use masks: `*` for all main fields, `UF_*` for custom fields.')).toEqual([]);
  });
});

describe('markSelectOnlyFields', () => {
  const at = { file: 'p.md', line: 3, how: 'read' as const, evidence: 'table' };
  const field = (name: string): Field => ({ id: `all.${name}`, name, type: { kind: 'scalar', name: 'string' }, required: true, source: at });
  it('makes the named fields of the result optional, with the sentence as provenance; a type a param uses keeps its marks', () => {
    const select = {
      id: 'param:select',
      name: 'select',
      type: { kind: 'array' as const, items: { kind: 'scalar' as const, name: 'string' as const } },
      required: false,
      description: 'To get the fields `FILES`, specify them in select',
      source: at,
    };
    const s = restSpec('x.list', {
      params: [select],
      types: [{ name: 'all', type: { kind: 'object', fields: [field('ID'), field('FILES')] }, source: at }],
      result: { type: { kind: 'array', items: { kind: 'ref', name: 'all' } }, source: at },
    });
    const out = markSelectOnlyFields([s])[0]!;
    const t = out.types[0]!.type;
    expect(t.kind === 'object' ? t.fields.map((f) => [f.name, f.required]) : []).toEqual([
      ['ID', true],
      ['FILES', false],
    ]);
    expect(out.facts['all.FILES.required']).toEqual({ file: 'p.md', line: 3, how: 'read', evidence: 'select-only' });
    const input = {
      ...s,
      params: [...s.params, { id: 'param:fields', name: 'fields', type: { kind: 'ref' as const, name: 'all' }, required: true, source: at }],
    };
    expect(markSelectOnlyFields([input])[0]!.types).toEqual(s.types);
  });

  it('crm.activity.list: COMMUNICATIONS and FILES are not in an item unless selected', () => {
    // crm-activity-list.md:23 "To get the fields `COMMUNICATIONS` and `FILES`, specify them in select"; crm.activity.fields'
    // table (the item type) marks COMMUNICATIONS required.
    const specs = linked(
      'api-reference/crm/timeline/activities/activity-base/crm-activity-list.md',
      'api-reference/crm/timeline/activities/activity-base/crm-activity-fields.md',
    );
    const list = specs.get('crm.activity.list');
    const items = list?.result?.type.kind === 'array' && list.result.type.items.kind === 'ref' ? list.result.type.items.name : '';
    const t = list?.types.find((n) => n.name === items)?.type;
    const fields = t?.kind === 'object' ? t.fields : [];
    for (const name of ['COMMUNICATIONS', 'FILES']) {
      const f = fields.find((x) => x.name === name);
      expect(f?.required, name).toBe(false);
      expect(f?.presence).toBeUndefined();
      expect(list?.facts[`${f?.id}.required`]).toMatchObject({
        file: 'api-reference/crm/timeline/activities/activity-base/crm-activity-list.md',
        evidence: 'select-only',
      });
    }
  });
});

describe('markSelectOnlyFields on tasks.task.get', () => {
  it('the system UF fields, sent in camelCase, are optional in the task record', () => {
    // tasks-task-get.md:34 "System fields `UF_CRM_TASK`, `UF_TASK_WEBDAV_FILES`, and `UF_MAIL_MESSAGE` are not returned by default";
    // tasks/fields.md:227 "In the response, the fields are returned in camelCase: `ufCrmTask`, `ufTaskWebdavFiles`, `ufMailMessage`".
    const get = linked('api-reference/tasks/tasks-task-get.md', 'api-reference/tasks/fields.md').get('tasks.task.get');
    const t = get?.types.find((n) => n.name === 'task')?.type;
    const fields = t?.kind === 'object' ? t.fields : [];
    for (const name of ['ufCrmTask', 'ufTaskWebdavFiles', 'ufMailMessage']) {
      const f = fields.find((x) => x.name === name);
      expect(f?.required, name).toBe(false);
      expect(get?.facts[`${f?.id}.required`]).toMatchObject({ evidence: 'select-only' });
    }
  });
});

/** empty-arrays.ts: result fields of an object or map type that the portal sends as `[]` (PHP's empty associative array). */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markEmptyArrays } from '../../generator/link/empty-arrays.ts';
import { specSetFromPages } from '../../generator/pipeline/run.ts';
import { SPEC_VERSION, type Field, type MethodSpec, type NamedType, type TypeCatalogue, type TypeRef } from '../../generator/spec/schema.ts';
import { requireShared, SHARED } from '../support/shared.ts';
import { restSpec } from '../support/specs.ts';

const CORPUS = SHARED.corpus;
/** The linked specs of corpus pages read together (the link stage sees siblings as in a build). */
function linked(...paths: string[]): Map<string, MethodSpec> {
  const ctx = { readFile: (p: string) => (existsSync(`${CORPUS}/${p}`) ? readFileSync(`${CORPUS}/${p}`, 'utf8') : undefined) };
  const pages = paths.map((path) => ({ page: { path, text: readFileSync(`${requireShared(CORPUS)}/${path}`, 'utf8') }, ctx }));
  return new Map(specSetFromPages(pages).specs.map((s) => [s.method, s]));
}
const fieldOf = (s: MethodSpec | undefined, type: string, name: string): Field => {
  const t = s?.types.find((n) => n.name === type)?.type;
  const f = t?.kind === 'object' ? t.fields.find((x) => x.name === name) : undefined;
  if (!f) throw new Error(`no field ${type}.${name} in ${s?.id}`);
  return f;
};

describe('markEmptyArrays on the tasks pages', () => {
  // tasks/fields.md:183-184 "|| **group**\n[`object`] | Object with [group description](#group)"; :189-192
  // "|| **accomplicesData**\n[`array`] | Object with descriptions of users … The key of the object is the user identifier";
  // :181-182 "|| **checklist**\n[`object`] | Object with checklist items. Key — item identifier".
  const specs = linked(
    'api-reference/tasks/fields.md',
    'api-reference/tasks/tasks-task-get.md',
    'api-reference/tasks/tasks-task-add.md',
    'api-reference/tasks/tasks-task-list.md',
    'api-reference/tasks/tasks-task-update.md',
  );

  it("read: the method's own response example shows [] for the object or map", () => {
    // tasks-task-add.md:329 (the example; :391 `"checklist": [],` :392 `"group": [],` :407 `"accomplicesData": [],` :408 `"auditorsData": [],`)
    for (const name of ['group', 'checklist', 'accomplicesData', 'auditorsData'])
      expect(fieldOf(specs.get('tasks.task.add'), 'task', name).emptyArray).toMatchObject({
        file: 'api-reference/tasks/tasks-task-add.md',
        how: 'read',
        evidence: 'response-example',
      });
    // tasks-task-get.md:303 (the example; :318 `"group": [],`)
    expect(fieldOf(specs.get('tasks.task.get'), 'task', 'group').emptyArray).toMatchObject({
      file: 'api-reference/tasks/tasks-task-get.md',
      how: 'read',
      evidence: 'response-example',
    });
    // tasks-task-list.md:502 (the example; :523 `"group": [],` :531 `"accomplicesData": [],`)
    expect(fieldOf(specs.get('tasks.task.list'), 'task', 'accomplicesData').emptyArray).toMatchObject({ how: 'read', evidence: 'response-example' });
  });

  it('inferred: the same row of tasks/fields.md shown as [] by another method', () => {
    // tasks-task-get.md's example has no "accomplicesData" or "checklist" key; tasks.task.add's shows both as []
    for (const name of ['accomplicesData', 'checklist'])
      expect(fieldOf(specs.get('tasks.task.get'), 'task', name).emptyArray).toMatchObject({
        file: 'api-reference/tasks/tasks-task-add.md',
        how: 'inferred',
        evidence: 'response-example:tasks.task.add',
      });
    // tasks-task-list.md's and tasks-task-update.md's examples show no "auditorsData"
    expect(fieldOf(specs.get('tasks.task.list'), 'task', 'auditorsData').emptyArray?.evidence).toBe('response-example:tasks.task.add');
    expect(fieldOf(specs.get('tasks.task.update'), 'task', 'auditorsData').emptyArray?.evidence).toBe('response-example:tasks.task.add');
  });

  it('leaves scalars alone, and objects no example shows as []', () => {
    // fields.md "|| **title**" is a string; "|| **creator**" an object every example shows filled
    expect(fieldOf(specs.get('tasks.task.add'), 'task', 'title').emptyArray).toBeUndefined();
    expect(fieldOf(specs.get('tasks.task.add'), 'task', 'creator').emptyArray).toBeUndefined();
  });
});

describe('markEmptyArrays on crm.activity', () => {
  it('SETTINGS and PROVIDER_PARAMS, typed object by crm.activity.fields, are [] in the list and get examples', () => {
    // crm-activity-fields.md:722-723 "|| **PROVIDER_PARAMS**\n[`object`] | Additional provider parameters";
    // :740-741 "|| **SETTINGS**\n[`object`] | Additional settings"; crm-activity-list.md:479 `"SETTINGS": [],` :484 `"PROVIDER_PARAMS": [],`
    const specs = linked(
      'api-reference/crm/timeline/activities/activity-base/crm-activity-fields.md',
      'api-reference/crm/timeline/activities/activity-base/crm-activity-list.md',
    );
    const list = specs.get('crm.activity.list');
    const type = list?.result?.type.kind === 'array' && list.result.type.items.kind === 'ref' ? list.result.type.items.name : '';
    for (const name of ['SETTINGS', 'PROVIDER_PARAMS'])
      expect(fieldOf(list, type, name).emptyArray).toMatchObject({
        file: 'api-reference/crm/timeline/activities/activity-base/crm-activity-list.md',
        how: 'read',
        evidence: 'response-example',
      });
  });
});

describe('markEmptyArrays rules', () => {
  const src = { file: 'api/x.md', line: 3, how: 'read' as const, evidence: 'table' };
  const f = (name: string, type: TypeRef): Field => ({ id: `result.${name}`, name, type, required: 'unknown', source: src });
  const idMap: TypeRef = { kind: 'map', values: { kind: 'scalar', name: 'integer' }, keys: 'integer' };
  const nameMap: TypeRef = { kind: 'map', values: { kind: 'scalar', name: 'string' } };
  const example = (result: unknown) => ({
    id: 'example:1',
    kind: 'response' as const,
    json: { result },
    source: { file: 'api/x.md', line: 9, how: 'read' as const },
  });
  const resultFields = (s: MethodSpec): Field[] => (s.result?.type.kind === 'object' ? s.result.type.fields : []);

  it('a map keyed by ids is inferred php-empty-map; a map keyed by names, or an open object, is not', () => {
    const s = restSpec('x.get', {
      result: {
        type: {
          kind: 'object',
          fields: [f('COUNTERS', idMap), f('FIELDS', nameMap), f('SETTINGS', { kind: 'object', fields: [], additional: { kind: 'scalar', name: 'any' } })],
        },
        source: src,
      },
    });
    const [counters, fields, settings] = resultFields(markEmptyArrays([s], [])[0]!);
    expect(counters?.emptyArray).toEqual({ file: 'api/x.md', line: 3, how: 'inferred', evidence: 'php-empty-map' });
    expect(fields?.emptyArray).toBeUndefined();
    expect(settings?.emptyArray).toBeUndefined();
  });

  it('an example showing [] for a scalar, or {} for an object, marks nothing; [] for a map keyed by names is read', () => {
    const s = restSpec('x.get', {
      result: { type: { kind: 'object', fields: [f('NAME', { kind: 'scalar', name: 'string' }), f('FIELDS', nameMap), f('OTHER', nameMap)] }, source: src },
      examples: [example({ NAME: [], FIELDS: [], OTHER: {} })],
    });
    const [name, fields, other] = resultFields(markEmptyArrays([s], [])[0]!);
    expect(name?.emptyArray).toBeUndefined();
    expect(fields?.emptyArray).toEqual({ file: 'api/x.md', line: 9, how: 'read', evidence: 'response-example' });
    expect(other?.emptyArray).toBeUndefined();
  });

  it("a named type a parameter also uses is left as it is; a field typed by a shared catalogue object is the method's own", () => {
    const row: NamedType = { name: 'row', type: { kind: 'object', fields: [f('ITEMS', idMap)] }, source: src };
    const s = restSpec('x.add', {
      params: [{ id: 'param:fields', name: 'fields', type: { kind: 'ref', name: 'row' }, required: true, source: src }],
      result: {
        type: { kind: 'object', fields: [f('row', { kind: 'ref', name: 'row' }), f('multi', { kind: 'ref', name: 'multi', shared: true })] },
        source: src,
      },
      types: [row],
      examples: [example({ row: { ITEMS: [] }, multi: [] })],
    });
    const catalogue: TypeCatalogue = {
      specVersion: SPEC_VERSION,
      id: 'shared',
      types: [{ name: 'multi', type: { kind: 'object', fields: [f('VALUES', idMap)] }, source: src }],
    };
    const out = markEmptyArrays([s], [catalogue])[0]!;
    expect(fieldOf(out, 'row', 'ITEMS').emptyArray).toBeUndefined();
    // The catalogue is not the pass's to change (it returns specs only); a method's own field typed by it is.
    const multi = out.result?.type.kind === 'object' ? out.result.type.fields.find((x) => x.name === 'multi') : undefined;
    expect(multi?.emptyArray).toMatchObject({ how: 'read', evidence: 'response-example' });
  });
});

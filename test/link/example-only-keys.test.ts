/** example-only-keys.ts: keys a success example shows beyond a documented object's table become optional fields marked as a doc gap. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addExampleOnlyKeys, EXAMPLE_ONLY } from '../../generator/link/example-only-keys.ts';
import { specSetFromPages } from '../../generator/pipeline/run.ts';
import type { Field, MethodSpec, TypeRef } from '../../generator/spec/schema.ts';
import type { SpecSet } from '../../generator/spec/spec-set.ts';
import { requireShared, SHARED } from '../support/shared.ts';
import { restSpec } from '../support/specs.ts';

const CORPUS = SHARED.corpus;
/** The spec set of corpus pages read together (the link stage sees siblings as in a build). */
function linked(...paths: string[]): SpecSet {
  const ctx = { readFile: (p: string) => (existsSync(`${CORPUS}/${p}`) ? readFileSync(`${CORPUS}/${p}`, 'utf8') : undefined) };
  return specSetFromPages(paths.map((path) => ({ page: { path, text: readFileSync(`${requireShared(CORPUS)}/${path}`, 'utf8') }, ctx })));
}
const fieldsOf = (t: TypeRef | undefined): Field[] => (t?.kind === 'object' ? t.fields : []);
const typeFields = (s: MethodSpec | undefined, name: string): Field[] => fieldsOf(s?.types.find((n) => n.name === name)?.type);
const named = (fields: Field[], name: string): Field | undefined => fields.find((f) => f.name === name);

const at = { file: 'api/x.md', how: 'read' as const, evidence: 'table' };
const field = (name: string, type: TypeRef = { kind: 'scalar', name: 'string' }): Field => ({
  id: `result.${name}`,
  name,
  type,
  required: 'unknown',
  source: at,
});
const withExample = (result: TypeRef, value: unknown, over: Partial<MethodSpec> = {}): MethodSpec =>
  restSpec('x.get', {
    result: { type: result, source: at },
    examples: [{ id: 'response:1', kind: 'response', json: { result: value }, source: { file: 'api/x.md', line: 40, how: 'read' } }],
    ...over,
  });
const run = (s: MethodSpec): MethodSpec => addExampleOnlyKeys([s], []).specs[0]!;

describe('addExampleOnlyKeys', () => {
  it('adds a key the example shows beyond the table as an optional field typed from the example', () => {
    const s = run(withExample({ kind: 'object', fields: [field('ID')] }, { ID: '1', EXTRA: '43', GONE: null }));
    const fields = fieldsOf(s.result?.type);
    expect(named(fields, 'EXTRA')).toMatchObject({
      required: false,
      type: { kind: 'scalar', name: 'string', format: 'id' },
      source: { file: 'api/x.md', line: 40, how: 'read', evidence: EXAMPLE_ONLY },
    });
    expect(named(fields, 'EXTRA')?.description).toMatch(/table does not list it/);
    expect(named(fields, 'EXTRA')?.presence).toBeUndefined();
    // A key shown only as null: no type to read, nullable, recorded in the facts.
    expect(named(fields, 'GONE')).toMatchObject({ type: { kind: 'scalar', name: 'unknown' }, nullable: true });
    expect(s.facts['result.GONE.nullable']).toMatchObject({ evidence: EXAMPLE_ONLY });
  });

  it('leaves out keys a listed field names in another casing, ids, custom-field patterns, and what `additional` covers', () => {
    const t: TypeRef = { kind: 'object', fields: [field('RESPONSIBLE_ID')], additional: { kind: 'scalar', name: 'any' }, additionalKeys: ['EXT_'] };
    const s = run(
      withExample(t, { RESPONSIBLE_ID: '1', responsibleId: '1', UF_CRM_17: 'a', PARENT_ID_156: '2', parentId1224: 3, EXT_A: 1, '12': 'x', NEW: true }),
    );
    expect(fieldsOf(s.result?.type).map((f) => f.name)).toEqual(['RESPONSIBLE_ID', 'NEW']);
  });

  it('says nothing where the example shows another structure: no key in common, or the listed keys hold values of another kind', () => {
    // crm.category.fields: a wrapper level the result misses; crm.lead.fields: field descriptions under the entity's field names.
    const t: TypeRef = { kind: 'object', fields: [field('ID'), field('TITLE')] };
    expect(run(withExample(t, { fields: { ID: {} } }))).toEqual(withExample(t, { fields: { ID: {} } }));
    const descriptions = { ID: { type: 'integer' }, TITLE: { type: 'string' }, CONTACT_IDS: { type: 'crm_contact' } };
    expect(fieldsOf(run(withExample(t, descriptions)).result?.type)).toHaveLength(2);
  });

  it('grows the named type the result refers to, not a type a parameter also uses', () => {
    const rec = { name: 'rec', type: { kind: 'object' as const, fields: [field('ID')] }, source: at };
    const s = run(withExample({ kind: 'array', items: { kind: 'ref', name: 'rec' } }, [{ ID: '1' }, { ID: '2', MORE: 1 }], { types: [rec] }));
    expect(typeFields(s, 'rec').map((f) => f.name)).toEqual(['ID', 'MORE']);
    const param = { id: 'param:fields', name: 'fields', type: { kind: 'ref' as const, name: 'rec' }, required: true, source: at };
    const input = withExample({ kind: 'ref', name: 'rec' }, { ID: '1', MORE: 1 }, { types: [rec], params: [param] });
    expect(typeFields(run(input), 'rec').map((f) => f.name)).toEqual(['ID']);
  });

  it('adds to a shared type the keys every method shows in it, naming those methods', () => {
    const shared = { name: 'desc', type: { kind: 'object' as const, fields: [field('type')] }, source: at };
    const catalogue = { specVersion: 2 as const, id: 'cat', types: [shared] };
    const map: TypeRef = { kind: 'map', keys: 'string', values: { kind: 'ref', name: 'desc', shared: true } };
    const a = withExample(map, { X: { type: 'string', statusType: 'S' } });
    const b = { ...withExample(map, { Y: { type: 'enum', statusType: 'T', isDeprecated: true } }), method: 'y.fields', id: 'rest:y.fields' };
    const out = addExampleOnlyKeys([a, b], [catalogue]);
    const fields = fieldsOf(out.typeCatalogues[0]?.types[0]?.type);
    expect(named(fields, 'statusType')?.source.evidence).toBe(`${EXAMPLE_ONLY}: x.get, y.fields`);
    expect(named(fields, 'isDeprecated')?.source.evidence).toBe(`${EXAMPLE_ONLY}: y.fields`);
    expect(out.specs).toEqual([a, b]);
  });
});

describe('addExampleOnlyKeys on real pages', () => {
  it('crm.company.get: the address keys of the example, which the result table does not list, are optional and nullable', () => {
    // crm-company-get.md:264 `"ADDRESS_2": null,` … `"REG_ADDRESS_LOC_ADDR_ID": null`; the company fields table it links
    // (crm-company-fields.md) lists ADDRESS but none of ADDRESS_2 … REG_ADDRESS_*, which stay as the table reads them;
    // the example's "UF_CRM_1687188367" and "PARENT_ID_156" instantiate the entity's custom-field patterns and are left alone.
    const set = linked('api-reference/crm/companies/crm-company-get.md', 'api-reference/crm/companies/crm-company-fields.md');
    const s = set.specs.find((x) => x.method === 'crm.company.get');
    const t = s?.result?.type.kind === 'ref' ? s.result.type.name : '';
    const fields = typeFields(s, t);
    for (const name of ['ADDRESS_2', 'ADDRESS_CITY', 'REG_ADDRESS', 'REG_ADDRESS_COUNTRY_CODE']) {
      expect(named(fields, name), name).toMatchObject({ required: false, nullable: true, source: { how: 'read', evidence: EXAMPLE_ONLY } });
    }
    expect(named(fields, 'ADDRESS')?.source.evidence).not.toBe(EXAMPLE_ONLY);
    expect(named(fields, 'UF_CRM_1687188367')).toBeUndefined();
    expect(named(fields, 'PARENT_ID_156')).toBeUndefined();
  });

  it('tasks.task.list: the keys its request switches on (select, WITH_* params) are optional task fields saying so', () => {
    // tasks-task-list.md:155 selects "subStatus", "TAGS", "COUNTERS" and sets WITH_TIMER_INFO / WITH_RESULT_INFO / WITH_PARSED_DESCRIPTION
    // (lines 127-129 document those params); the example (line 502) shows subStatus, tags, counter, taskHasResult, timeElapsed,
    // parsedDescription, … beyond the task fields table. The cURL body splices a shell `$(date …)`, so which key came with which
    // switch is not read: the description names them all.
    const set = linked('api-reference/tasks/tasks-task-list.md', 'api-reference/tasks/fields.md');
    const task = typeFields(
      set.specs.find((x) => x.method === 'tasks.task.list'),
      'task',
    );
    for (const name of [
      'counter',
      'lengthDeadline',
      'parsedDescription',
      'subStatus',
      'tags',
      'taskHasResult',
      'timeElapsed',
      'timerIsRunningForCurrentUser',
    ]) {
      expect(named(task, name), name).toMatchObject({ required: false, source: { evidence: EXAMPLE_ONLY } });
    }
    expect(named(task, 'taskHasResult')?.description).toMatch(/its select or the WITH_PARSED_DESCRIPTION, WITH_RESULT_INFO, WITH_TIMER_INFO params/);
  });

  it('crm.deal.fields: the shared crm_rest_field_description takes settings, statusType, isDeprecated, naming the method', () => {
    // crm-deal-fields.md:263 `"statusType": "DEAL_TYPE"`, :383 `"settings": {`, :394 `"isDeprecated": true`; the structure's
    // table (crm/data-types.md:452) lists type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic, title, upperName only.
    const set = linked('api-reference/crm/deals/crm-deal-fields.md', 'api-reference/crm/data-types.md');
    const desc = set.typeCatalogues.flatMap((c) => c.types).find((t) => t.name === 'crm_rest_field_description');
    const fields = fieldsOf(desc?.type);
    for (const name of ['settings', 'statusType', 'isDeprecated']) {
      expect(named(fields, name), name).toMatchObject({ required: false, source: { how: 'read', evidence: `${EXAMPLE_ONLY}: crm.deal.fields` } });
    }
    expect(named(fields, 'isDeprecated')?.type).toEqual({ kind: 'scalar', name: 'boolean' });
    expect(named(fields, 'title')?.source.evidence).toBe('table');
  });
});

describe('addExampleOnlyKeys: what the request asks for', () => {
  it('says a key is selected when a request example selects it', () => {
    const select = {
      id: 'param:select',
      name: 'select',
      type: { kind: 'array' as const, items: { kind: 'scalar' as const, name: 'string' as const } },
      required: false,
      source: at,
    };
    const s = withExample({ kind: 'object', fields: [field('ID')] }, { ID: '1', subStatus: '2' }, { params: [select] });
    const asked = { ...s, examples: [...s.examples, { id: 'request:1', kind: 'request' as const, json: { select: ['ID', 'SUB_STATUS'] }, source: at }] };
    expect(named(fieldsOf(run(asked).result?.type), 'subStatus')?.description).toMatch(/The request example selects it\.$/);
  });
});

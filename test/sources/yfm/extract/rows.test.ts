/** rows.ts: the type a literal in an Example column shows, and the field types rows give on real corpus pages. */
import { describe, expect, it } from 'vitest';
import { literalType, statedRequired } from '../../../../generator/sources/yfm/extract/rows.ts';
import { fieldsOf, specOf } from '../../../support/yfm-corpus.ts';

describe('literalType', () => {
  it.each([
    ['13', { kind: 'scalar', name: 'integer' }],
    ['`-7`', { kind: 'scalar', name: 'integer' }],
    ['1.5', { kind: 'scalar', name: 'number' }],
    ['TRUE', { kind: 'scalar', name: 'boolean' }],
    ["'N'", { kind: 'scalar', name: 'string', format: 'yn' }],
    ['"hello"', { kind: 'scalar', name: 'string' }],
    ['Array(1, 2)', { kind: 'array', items: { kind: 'scalar', name: 'any' } }],
    ['[1, 2]', { kind: 'array', items: { kind: 'scalar', name: 'any' } }],
    ['{"a": 1}', { kind: 'object', fields: [], additional: { kind: 'scalar', name: 'any' } }],
    ['some words', null],
    ['', null],
  ])('%j → %j', (raw, want) => {
    expect(literalType(raw)).toEqual(want);
  });
});

describe('on real pages', () => {
  it('crm.type.add: `**CALENDAR_EVENT**\\|**UF_CRM_CAL_EVENT**` is one key when the examples send it joined', () => {
    const s = specOf('api-reference/crm/universal/user-defined-object-types/crm-type-add.md');
    const names = s.types.flatMap((t) => fieldsOf(t.type)).map((f) => f.name);
    expect(names).toContain('CALENDAR_EVENT|UF_CRM_CAL_EVENT');
    expect(names).not.toContain('CALENDAR_EVENT');
  });

  it('crm.lead.add: `crm_multifield` described "Phone. Multiple" is a list of them', () => {
    const s = specOf('api-reference/crm/leads/crm-lead-add.md');
    const phone = s.types.flatMap((t) => fieldsOf(t.type)).find((f) => f.name === 'PHONE');
    expect(phone?.type).toEqual({ kind: 'array', items: { kind: 'ref', name: 'crm_multifield', shared: true } });
  });

  it('crm.lead.get: `crm_multifield` described "Array of phone numbers" is a list of them', () => {
    // crm-lead-get.md:489 "|| **PHONE** [`crm_multifield`] | Array of phone numbers ||"; the example sends "PHONE": [{…}]
    const s = specOf('api-reference/crm/leads/crm-lead-get.md');
    const phone = s.types.flatMap((t) => fieldsOf(t.type)).find((f) => f.name === 'PHONE');
    expect(phone?.type).toEqual({ kind: 'array', items: { kind: 'ref', name: 'crm_multifield', shared: true } });
  });

  it('crm.status.update: a page-local `object` "Array of fields to update" stays the object (PHP associative array)', () => {
    // crm-status-update.md:24 "|| **fields*** [`object`] | Array of fields to update. … described [below](#fields)"
    const s = specOf('api-reference/crm/status/crm-status-update.md');
    expect(s.params.find((p) => p.name === 'fields')?.type).toEqual({ kind: 'ref', name: 'fields' });
  });

  it('imopenlines.config.list.get: "An array containing the [list of fields](#result)" lists field names, not results', () => {
    const s = specOf('api-reference/imopenlines/openlines/imopenlines-config-list-get.md');
    const select = s.types.flatMap((t) => fieldsOf(t.type)).find((f) => f.name === 'select');
    expect(select?.type).toMatchObject({ kind: 'array', items: { kind: 'enum', base: 'string', open: true } });
    expect(JSON.stringify(select?.type)).toContain('"LINE_NAME"');
  });

  it('crm.type.add: a `boolean` whose Default column says `N` is the Y/N flag', () => {
    const s = specOf('api-reference/crm/universal/user-defined-object-types/crm-type-add.md');
    const f = s.types.flatMap((t) => fieldsOf(t.type)).find((x) => x.name === 'isAutomationEnabled');
    expect(f?.type).toMatchObject({ kind: 'scalar', name: 'string', format: 'yn' });
    expect(f?.default).toBe('N');
  });

  it('documentgenerator.region.add formatName: "e.g.," makes the modifier list open', () => {
    const s = specOf('api-reference/document-generator/region/document-generator-region-add.md');
    const f = s.types.flatMap((t) => fieldsOf(t.type)).find((x) => x.name === 'formatName');
    expect(f?.type.kind === 'enum' ? f.type.open : true).toBe(true);
  });
});

describe('statedRequired', () => {
  // Wordings of legend-less tables, e.g. task-items-get-list.md: "… Optional parameter. By default, it is sorted …".
  it.each([
    ['An array in the form {…} for sorting the result. Optional parameter. By default, it is sorted by ID', false],
    ['Task ID (optional)', false],
    ['The sorting direction can take the following values: - `asc` — ascending - `desc` — descending Optional parameter. By default', false],
    ['Flag. Optional.', false],
    ['Required parameter. The identifier of the task', true],
    ['Mandatory parameter.', true],
    ['Values of task fields. Required fields for creating a task: TITLE', null],
    ['This optional value is ignored', null],
    ['Filter by department identifier', null],
  ])('%s → %s', (description, want) => expect(statedRequired(description)).toBe(want));
});

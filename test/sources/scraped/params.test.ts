/** params.ts: params from the params table, required from the marker or legend, types from the examples. */
import { describe, expect, it } from 'vitest';
import { codeSamples, curlSamples } from '../../../generator/sources/scraped/examples.ts';
import { buildParams, OPERATOR_PREFIX, paramEvidence } from '../../../generator/sources/scraped/params.ts';
import { readTables } from '../../../generator/sources/scraped/tables.ts';
import { pageOf } from '../../support/scraped.ts';

describe('buildParams', () => {
  const { page, notes } = pageOf(
    'Get Deals crm.deal.list',
    'Method Parameters',
    'Required parameters are marked with *',
    '|',
    'Name |',
    'Description |',
    '|',
    'id* |',
    'Deal id |',
    '|',
    'filter |',
    'Filter |',
    '|',
    'select |',
    'Fields to return |',
    'Code Examples',
    `curl -d '{"id": 5, "filter": {">OPPORTUNITY": 100, "STAGE_ID": "NEW"}}' https://x/rest/crm.deal.list`,
  );
  const [table] = readTables(page, 3, 16, notes);
  const samples = curlSamples(page, 16, 18, notes);
  const params = buildParams(page, table!, [], 3, samples, notes);

  it('reads required-ness from the star and the legend', () => {
    expect(params.map((p) => [p.name, p.required, p.description])).toEqual([
      ['id', true, 'Deal id'],
      ['filter', false, 'Filter'],
      ['select', false, 'Fields to return'],
    ]);
  });

  it('types params from the example: filter keyed by field names becomes a map, an unshown param stays unknown', () => {
    expect(params[0]?.type).toEqual({ kind: 'scalar', name: 'integer' });
    expect(params[1]?.type).toMatchObject({ kind: 'map', keys: 'string' });
    expect(params[2]?.type).toEqual({ kind: 'scalar', name: 'unknown' });
    expect(notes.warnings).toContainEqual(expect.objectContaining({ code: 'param-type-unknown', line: 14 }));
    expect(notes.facts['param:id.type']).toMatchObject({ line: 17, how: 'inferred', evidence: 'request-example:curl' });
  });
});

describe('paramEvidence', () => {
  it('prefers cURL over JS and finds keys whatever their case', () => {
    const { page, notes } = pageOf("BX24.callMethod('a.b.get', { ID: 'x' });", `curl -d '{"id": 1}' https://x/rest/a.b.get`);
    const samples = [...codeSamples(page, 1, 3, 'a.b.get'), ...curlSamples(page, 1, 3, notes)];
    expect(paramEvidence(page, 'id', samples, notes)).toMatchObject({ type: { kind: 'scalar', name: 'integer' }, line: 2, language: 'curl' });
    expect(paramEvidence(page, 'other', samples, notes)).toBeUndefined();
  });
});

describe('OPERATOR_PREFIX', () => {
  it.each([
    ['>=DATE_CREATE', '>='],
    ['!STAGE_ID', '!'],
    ['%TITLE', '%'],
    ['TITLE', undefined],
    ['>=', undefined],
  ])('%s → %s', (key, want) => {
    expect(OPERATOR_PREFIX.exec(key)?.[1]).toBe(want);
  });
});

import { describe, expect, it } from 'vitest';
import {
  errorId,
  exampleId,
  fieldId,
  itemsPath,
  mergedExampleId,
  paramId,
  repeatedExampleId,
  restMethodId,
  valuesPath,
  vibeOperationId,
  withFieldIds,
} from '../../generator/spec/ids.ts';
import type { Field, Provenance, TypeRef } from '../../generator/spec/schema.ts';

const source: Provenance = { file: 'x.md', how: 'read' };
const str: TypeRef = { kind: 'scalar', name: 'string' };
const field = (name: string, type: TypeRef = str): Field => ({ id: 'stale', name, type, required: 'unknown', source });

describe('ids', () => {
  it.each([
    ['REST v1 method, lower-cased', restMethodId('CRM.Contact.Get'), 'rest:crm.contact.get'],
    ['REST v3 method', restMethodId('tasks.task.add', '3'), 'rest:tasks.task.add@v3'],
    ['Vibe operation', vibeOperationId('get', '/v1/contacts/{id}'), 'vibe:GET /v1/contacts/{id}'],
    ['param', paramId('fields.NAME'), 'param:fields.NAME'],
    ['field', fieldId('result', 'PHONE'), 'result.PHONE'],
    ['array items', itemsPath('result.ITEMS'), 'result.ITEMS[]'],
    ['map values', valuesPath('result.BY_ID'), 'result.BY_ID{}'],
    ['error with a code', errorId('ACCESS_DENIED', 'Access denied'), 'error:ACCESS_DENIED'],
    ['error without a code', errorId(null, 'Not found: ID!'), 'error:msg:not-found-id'],
    ['example', exampleId('request', 1), 'request:1'],
    ['repeated example', repeatedExampleId('request:curl', 2), 'request:curl-2'],
    ['example from a second reader', mergedExampleId('response:1', 'scraped-text'), 'response:1~scraped-text'],
  ])('%s', (_what, got, want) => {
    expect(got).toBe(want);
  });

  it('sets field ids as paths through arrays, maps and unions', () => {
    const given: TypeRef = {
      kind: 'object',
      fields: [
        field('PHONE', { kind: 'array', items: { kind: 'object', fields: [field('VALUE')] } }),
        field('BY_ID', { kind: 'map', values: { kind: 'object', fields: [field('NAME')] } }),
        field('EITHER', { kind: 'union', anyOf: [str, { kind: 'object', fields: [field('X')] }] }),
      ],
    };
    const ids: string[] = [];
    const collect = (t: TypeRef): void => {
      if (t.kind === 'object') t.fields.forEach((f) => (ids.push(f.id), collect(f.type)));
      if (t.kind === 'array') collect(t.items);
      if (t.kind === 'map') collect(t.values);
      if (t.kind === 'union') t.anyOf.forEach(collect);
    };
    collect(withFieldIds(given, 'contact'));
    expect(ids).toEqual(['contact.PHONE', 'contact.PHONE[].VALUE', 'contact.BY_ID', 'contact.BY_ID{}.NAME', 'contact.EITHER', 'contact.EITHER.X']);
    ids.length = 0;
    collect(withFieldIds({ kind: 'object', fields: [field('fields', { kind: 'object', fields: [field('NAME')] })] }, 'p', paramId));
    expect(ids).toEqual(['param:p.fields', 'param:p.fields.NAME']);
  });
});

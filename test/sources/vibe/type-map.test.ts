/** type-map.ts: the Vibe docs' type words mapped to spec types. */
import { describe, expect, it } from 'vitest';
import { isTypeWord, mapVibeType } from '../../../generator/sources/vibe/type-map.ts';

describe('mapVibeType', () => {
  it.each([
    ['string', '', { kind: 'scalar', name: 'string' }],
    ['Boolean', '', { kind: 'scalar', name: 'boolean' }],
    ['datetime', '', { kind: 'scalar', name: 'string', format: 'datetime', docType: 'datetime' }],
    ['string[]', '', { kind: 'array', items: { kind: 'scalar', name: 'string' } }],
    ['number[][]', '', { kind: 'array', items: { kind: 'array', items: { kind: 'scalar', name: 'number' } } }],
    // Identifier fields documented as "number" are whole numbers.
    ['number', 'companyId', { kind: 'scalar', name: 'integer', format: 'id', docType: 'number' }],
    ['number', 'amount', { kind: 'scalar', name: 'number' }],
    // The shared vocabulary (spec/vocabulary.ts): a bare object says the container, its keys may hold any value.
    ['object', '', { kind: 'object', fields: [], additional: { kind: 'scalar', name: 'any' } }],
    [
      'string | string[]',
      '',
      {
        kind: 'union',
        anyOf: [
          { kind: 'scalar', name: 'string' },
          { kind: 'array', items: { kind: 'scalar', name: 'string' } },
        ],
      },
    ],
    [
      'int or integer',
      '',
      {
        kind: 'union',
        anyOf: [
          { kind: 'scalar', name: 'integer', docType: 'int' },
          { kind: 'scalar', name: 'integer' },
        ],
      },
    ],
    ['string / string', '', { kind: 'scalar', name: 'string' }],
  ])('%j (field %j)', (docType, field, want) => {
    expect(mapVibeType(docType, field)).toEqual({ type: want, unknownWords: [] });
  });

  it('lists words outside the vocabulary and keeps them as unknown', () => {
    expect(mapVibeType('money')).toEqual({ type: { kind: 'scalar', name: 'unknown', docType: 'money' }, unknownWords: ['money'] });
    expect(mapVibeType('')).toEqual({ type: { kind: 'scalar', name: 'unknown' }, unknownWords: [] });
  });
});

describe('isTypeWord', () => {
  it.each([
    ['string', true],
    ['String[]', true],
    ['datetime', true],
    ['contact', false],
    ['', false],
  ])('%j → %s', (token, want) => {
    expect(isTypeWord(token)).toBe(want);
  });
});

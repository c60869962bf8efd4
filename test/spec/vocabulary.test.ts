import { describe, expect, it } from 'vitest';
import type { TypeRef } from '../../generator/spec/schema.ts';
import { extendVocabulary, SHARED_TYPE_WORDS, sharedTypeWord } from '../../generator/spec/vocabulary.ts';
import { mapVibeType } from '../../generator/sources/vibe/type-map.ts';
import { mapTypeName } from '../../generator/sources/yfm/types/map.ts';

const any: TypeRef = { kind: 'scalar', name: 'any' };

describe('shared type vocabulary', () => {
  it.each<[string, TypeRef]>([
    ['string', { kind: 'scalar', name: 'string' }],
    ['Integer', { kind: 'scalar', name: 'integer' }],
    ['double', { kind: 'scalar', name: 'number', format: 'double' }],
    ['datetime', { kind: 'scalar', name: 'string', format: 'datetime', docType: 'datetime' }],
    ['mixed', { kind: 'scalar', name: 'any', docType: 'mixed' }],
    ['file', { kind: 'scalar', name: 'any', format: 'file', docType: 'file' }],
    ['array', { kind: 'array', items: any }],
    ['object', { kind: 'object', fields: [], additional: any }],
  ])('%s', (word, want) => {
    expect(sharedTypeWord(word)).toEqual(want);
  });

  it('has no entry for words it does not share', () => {
    expect(sharedTypeWord('time')).toBeNull();
    expect(sharedTypeWord('crm_multifield')).toBeNull();
  });

  it('means the same for every shared word in the Vibe and the YFM reader', () => {
    const yfm = (word: string) => mapTypeName(word, null, { position: 'field', resolveLocal: () => null });
    for (const [word, want] of SHARED_TYPE_WORDS) {
      expect(mapVibeType(word).type, `vibe: ${word}`).toEqual(want);
      expect(yfm(word), `yfm: ${word}`).toEqual(want);
    }
  });

  it('lets a reader add words but not redefine a shared one', () => {
    const str: TypeRef = { kind: 'scalar', name: 'string', docType: 'uuid' };
    expect(extendVocabulary({ uuid: str })['uuid']).toEqual(str);
    expect(() => extendVocabulary({ File: str })).toThrow(/"File" is shared/);
  });
});

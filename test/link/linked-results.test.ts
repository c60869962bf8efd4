/** linked-results.ts: a result the page says is like another method's takes that method's result. */
import { describe, expect, it } from 'vitest';
import { linkLikeResults } from '../../generator/link/linked-results.ts';
import { resultLikeMethod } from '../../generator/sources/yfm/extract/result-like.ts';
import { fieldsOf, specOf } from '../support/yfm-corpus.ts';

describe('resultLikeMethod', () => {
  it.each([
    // rpa-item-add.md, rpa-fields-set-settings.md, rpa-type-update.md (link text as the paragraph reads)
    ['The method will return a result similar to the call of the method rpa.item.get on the newly created element.', 'rpa.item.get'],
    ['The method will return a result similar to the request rpa.fields.getSettings.', 'rpa.fields.getSettings'],
    ['Returns a response similar to the rpa.type.get method.', 'rpa.type.get'],
  ])('%s → %s', (text, want) => expect(resultLikeMethod(text)).toBe(want));

  it('names nothing in a result described on its own', () => {
    expect(resultLikeMethod('The method returns the identifier of the created element.')).toBeNull();
  });
});

describe('linkLikeResults on real pages', () => {
  const add = specOf('api-reference/outdated/rpa/item/rpa-item-add.md');
  const get = specOf('api-reference/outdated/rpa/item/rpa-item-get.md');

  it('rpa.item.add: the object rpa.item.get returns (the page says "similar to the call of rpa.item.get"), not an id', () => {
    expect(add.result?.source).toMatchObject({ how: 'inferred', evidence: 'result-like:rpa.item.get' });
    const [linked] = linkLikeResults([add, get]);
    expect(linked?.result?.type).toEqual(get.result?.type);
    expect(linked?.result?.source).toMatchObject({ file: 'api-reference/outdated/rpa/item/rpa-item-get.md', how: 'inferred', evidence: 'linked-result' });
    // rpa-item-get.md's Returned Data table: stageId, name, typeId, tasksCounter, …
    expect(fieldsOf(linked?.result?.type).map((f) => f.name)).toEqual(expect.arrayContaining(['stageId', 'name', 'typeId', 'tasksCounter']));
  });

  it('keeps the convention when the other page is not read', () => {
    const [alone] = linkLikeResults([add]);
    expect(alone).toBe(add);
  });
});

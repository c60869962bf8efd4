/** params.ts: prose that says a method takes no parameters, and params of call variants on a real page. */
import { describe, expect, it } from 'vitest';
import { saysNoParams } from '../../../../generator/sources/yfm/extract/params.ts';
import { nodesOf } from '../../../support/yfm.ts';
import { param, specOf } from '../../../support/yfm-corpus.ts';

describe('saysNoParams', () => {
  it.each([
    ['No parameters.', true],
    ['The method takes no parameters.', true],
    ['This method does not require any parameters', true],
    ['Parameters are not required.', true],
    ['The `id` parameter is required.', false],
    // A heading is not prose about the method.
    ['## No parameters', false],
  ])('%j → %s', (text, want) => {
    expect(saysNoParams(nodesOf(text))).toBe(want);
  });
});

describe('on real pages', () => {
  it('vote.AttachedVote.get: a param required by one call variant only is not required', () => {
    const s = specOf('api-reference/vote/vote.attachedvote.get.md');
    expect(param(s, 'attachId').required).toBe(false);
    expect(param(s, 'signedAttachId').required).toBe(false);
  });
});

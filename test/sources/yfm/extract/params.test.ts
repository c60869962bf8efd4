/** params.ts: prose that says a method takes no parameters. */
import { describe, expect, it } from 'vitest';
import { saysNoParams } from '../../../../generator/sources/yfm/extract/params.ts';
import { nodesOf } from '../../../support/yfm.ts';

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

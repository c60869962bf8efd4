import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../generator/core/hash.ts';

describe('sha256', () => {
  // FIPS 180-2 test vectors, and a non-ASCII text hashed as UTF-8 (the Cyrillic "я" is bytes d1 8f).
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('%j', (text, want) => {
    expect(sha256(text)).toBe(want);
  });

  it('hashes text as its UTF-8 bytes', () => {
    expect(sha256('я')).toBe(
      createHash('sha256')
        .update(Buffer.from([0xd1, 0x8f]))
        .digest('hex'),
    );
  });
});

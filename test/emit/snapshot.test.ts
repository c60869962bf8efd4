/** Whole-file snapshots of the package emitted for the hand-written fixtures: a regeneration's diff is reviewable file by file. */
import { describe, expect, it } from 'vitest';
import { emitPackage } from '../../generator/emit/index.ts';
import { loadFixtures, stubRuntime } from './helpers.ts';

describe('fixture package snapshots', async () => {
  const fx = await loadFixtures();
  const files = await emitPackage({ ...fx, runtime: stubRuntime(), packageVersion: '0.1.0' });
  for (const [path, text] of files) {
    if (path.startsWith('src/runtime/')) continue;
    it(path, async () => {
      await expect(text).toMatchFileSnapshot(`__snapshots__/fixtures/${path}.snap`);
    });
  }
});

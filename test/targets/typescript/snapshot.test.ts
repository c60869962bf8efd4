/**
 * Whole-file snapshots of the package emitted for the hand-written fixtures: a regeneration's diff is
 * reviewable file by file. The suite lists the files it expects, so a file that stops being produced
 * fails instead of losing its test.
 */
import { describe, expect, it } from 'vitest';
import { emitPackage } from '../emit.ts';
import { loadFixtures, stubRuntime } from '../helpers.ts';
import { CRM_AND_CONTACTS_PACKAGE_FILES } from '../../support/snapshots.ts';

/** The generated files outside the runtime (copied verbatim, tested on its own). */
const EXPECTED = CRM_AND_CONTACTS_PACKAGE_FILES;

describe('fixture package snapshots', async () => {
  const fx = await loadFixtures();
  const files = await emitPackage({ ...fx, runtime: stubRuntime(), packageVersion: '0.1.0' });

  it('produces exactly the expected files', () => {
    expect([...files.keys()].filter((p) => !p.startsWith('src/runtime/'))).toEqual(EXPECTED);
  });

  for (const path of EXPECTED) {
    it(path, async () => {
      const text = files.get(path);
      expect(text, `${path} was not produced`).toBeDefined();
      await expect(text).toMatchFileSnapshot(`__snapshots__/fixtures/${path}.snap`);
    });
  }
});

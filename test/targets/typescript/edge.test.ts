/** Edge inputs: an empty corpus and a REST-only corpus without catalogues still give a package that compiles cleanly. */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitPackage } from '../emit.ts';
import { loadFixtures, runTsc, stubRuntime, writePackage } from '../helpers.ts';

async function check(files: Map<string, string>): Promise<unknown[]> {
  const dir = await writePackage(files, 'b24gen-edge-');
  try {
    await writeFile(join(dir, 'tsconfig.check.json'), JSON.stringify({ extends: './tsconfig.json', compilerOptions: { noUnusedLocals: true } }));
    return await runTsc(dir, 'tsconfig.check.json');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('edge inputs', () => {
  it('compiles with no specs at all', async () => {
    const files = await emitPackage({ specs: [], errorCatalogues: [], typeCatalogues: [], runtime: stubRuntime(), packageVersion: '0.0.0' });
    expect(files.get('src/errors.ts')).toContain('export type SystemErrorCode = never;');
    expect(await check(files)).toEqual([]);
  }, 120_000);

  it('compiles with REST specs only and no catalogues (shared refs become unknown)', async () => {
    const fx = await loadFixtures();
    const files = await emitPackage({
      specs: fx.specs.filter((s) => s.api === 'rest'),
      errorCatalogues: [],
      typeCatalogues: [],
      runtime: stubRuntime(),
      packageVersion: '0.0.0',
    });
    expect(files.get('src/methods/crm.ts')).toContain('PHONE?: Array<unknown /* unresolved type crm_multifield */>;');
    expect(await check(files)).toEqual([]);
  }, 120_000);
});

/** Determinism: the same specs give byte-identical files whatever the order of the input lists. */
import { describe, expect, it } from 'vitest';
import { emitPackage } from '../emit.ts';
import { loadFixtures, stubRuntime } from '../helpers.ts';
import { hostileInput } from '../hostile.ts';
import { syntheticInput } from '../synthetic.ts';

/** A seeded Fisher–Yates shuffle. */
function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('determinism', () => {
  it('gives identical files for shuffled fixtures, catalogues and runtime maps', async () => {
    const fx = await loadFixtures();
    const hostile = hostileInput();
    const specs = [...fx.specs, ...hostile.specs];
    const errorCatalogues = [...fx.errorCatalogues];
    const typeCatalogues = [...fx.typeCatalogues, ...hostile.typeCatalogues];
    const runtime = stubRuntime();
    runtime.set('util/extra.ts', 'export const extra = 1;\n');
    const a = await emitPackage({ specs, errorCatalogues, typeCatalogues, runtime, packageVersion: '1.2.3' });
    for (const seed of [1, 7, 42]) {
      const b = await emitPackage({
        specs: shuffled(specs, seed),
        errorCatalogues: shuffled(errorCatalogues, seed),
        typeCatalogues: shuffled(typeCatalogues, seed),
        runtime: new Map(shuffled([...runtime.entries()], seed)),
        packageVersion: '1.2.3',
      });
      expect([...b.keys()]).toEqual([...a.keys()]);
      for (const [path, text] of a) expect(b.get(path), path).toBe(text);
    }
  }, 120_000);

  it('gives identical unformatted output for a shuffled synthetic corpus', async () => {
    const input = syntheticInput(300, 5);
    const opts = { format: false } as const;
    const a = await emitPackage({ ...input, runtime: stubRuntime(), packageVersion: '0' }, opts);
    const b = await emitPackage({ ...input, specs: shuffled(input.specs, 3), runtime: stubRuntime(), packageVersion: '0' }, opts);
    expect([...b.entries()]).toEqual([...a.entries()]);
  }, 120_000);

  it('copies the runtime verbatim and writes no timestamp or machine-specific text', async () => {
    const fx = await loadFixtures();
    const runtime = new Map([...stubRuntime(), ['./nested/odd.ts', 'export const  odd = {a:1}\n']]);
    const files = await emitPackage({ ...fx, runtime, packageVersion: '0.1.0' });
    expect(files.get('src/runtime/index.ts')).toBe(stubRuntime().get('index.ts'));
    expect(files.get('src/runtime/nested/odd.ts')).toBe('export const  odd = {a:1}\n');
    const all = [...files.values()].join('\n');
    expect(all).not.toMatch(/\b20\d\d-\d\d-\d\dT\d\d:/);
    expect(all).not.toContain(process.cwd());
  }, 60_000);
});

/** The formatter: fixed options, and the parallel path gives the same text as the serial one. */
import { describe, expect, it } from 'vitest';
import { emitUnformatted } from '../emit.ts';
import { formatFiles, formatTypeScript, PRETTIER_OPTIONS } from '../../../generator/format/index.ts';
import { stubRuntime } from '../helpers.ts';
import { syntheticInput } from '../synthetic.ts';

describe('format', () => {
  it('formats with the fixed options', async () => {
    expect(await formatTypeScript('export const a = {b:"x"}\n')).toBe("export const a = { b: 'x' };\n");
    expect(PRETTIER_OPTIONS.printWidth).toBe(100);
    await expect(formatTypeScript('export const = ;')).rejects.toThrow();
  });

  it('gives the same output on worker threads as serially, and fills the cache', async () => {
    const raw = emitUnformatted({ ...syntheticInput(250), runtime: stubRuntime(), packageVersion: '0' });
    const bytes = [...raw.values()].reduce((a, t) => a + t.length, 0);
    expect(bytes).toBeGreaterThan(1_000_000); // large enough for the parallel path
    const cache = new Map<string, string>();
    const parallel = await formatFiles(raw, cache, { threads: 2 });
    const serial = await formatFiles(raw, undefined, { threads: 1 });
    expect([...parallel.entries()]).toEqual([...serial.entries()]);
    const again = await formatFiles(raw, cache, { threads: 1 });
    expect([...again.entries()]).toEqual([...serial.entries()]);
  }, 180_000);
});

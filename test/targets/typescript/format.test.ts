/** The formatter: fixed options, the parallel path gives the same text as the serial one, and a file formats the same by chunks as whole. */
import { describe, expect, it } from 'vitest';
import { emitUnformatted } from '../emit.ts';
import { formatFiles, formatTypeScript, PRETTIER_OPTIONS } from '../../../generator/format/index.ts';
import { stubRuntime } from '../helpers.ts';
import { typescriptClient } from '../../../generator/targets/typescript/index.ts';
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

describe('formatting by chunks', () => {
  const ctx = { runtime: stubRuntime(), packageVersion: '0' };
  const input = syntheticInput(250);
  const emitted = typescriptClient.emit({ ...input, pages: [] }, ctx);
  const chunked = [...emitted].filter(([, f]) => (f.chunks?.length ?? 0) > 1);

  it('formats a file chunk by chunk exactly as prettier formats it whole', async () => {
    // Not vacuous: the large files are cut, into many chunks.
    expect(chunked.length).toBeGreaterThan(10);
    expect(Math.max(...chunked.map(([, f]) => f.chunks!.length))).toBeGreaterThan(20);
    for (const [path, f] of chunked.slice(0, 12)) {
      expect(f.chunks!.join('\n')).toBe(f.text);
      const byChunks = await formatFiles(new Map([[path, f.chunks!]]));
      expect(byChunks.get(path)).toBe(await formatTypeScript(f.text));
    }
  }, 180_000);

  it('a changed method description changes one chunk of its file, and only that chunk is formatted again', async () => {
    const target = input.specs.find((s) => s.method.startsWith('crm.') && s.description)!;
    const edited = { ...input, specs: input.specs.map((s) => (s === target ? { ...s, description: `${s.description} Reworded.` } : s)) };
    const after = typescriptClient.emit({ ...edited, pages: [] }, ctx);
    const changed = [...after].filter(([path, f]) => f.text !== emitted.get(path)?.text);
    expect(changed.length).toBeGreaterThan(0);
    for (const [path, f] of changed) {
      const before = emitted.get(path)!.chunks!;
      expect(f.chunks!.length).toBe(before.length);
      expect(f.chunks!.filter((c, i) => c !== before[i]).length).toBe(1);
    }
    // The memo of a first run: the second formats only the changed chunks.
    const cache = new Map<string, string>();
    const of = (files: typeof emitted) => new Map(changed.map(([path]) => [path, files.get(path)!.chunks!] as const));
    await formatFiles(of(emitted), cache, { threads: 1 });
    const formatted: string[] = [];
    const watching = { get: (t: string) => cache.get(t), set: (t: string, out: string) => (formatted.push(t), cache.set(t, out)) };
    const again = await formatFiles(of(after), watching, { threads: 1 });
    expect(formatted.length).toBe(changed.length);
    for (const [path, f] of changed) expect(again.get(path)).toBe(await formatTypeScript(f.text));
  }, 180_000);
});

describe('printing through a memo', () => {
  it('gives the same files, and prints again only the chunks whose statements changed', () => {
    const input = syntheticInput(120);
    const ctx = { runtime: stubRuntime(), packageVersion: '0' };
    const plain = typescriptClient.emit({ ...input, pages: [] }, ctx);
    const memo = new Map<string, string>();
    const printed: string[] = [];
    const watching = { get: (k: string) => memo.get(k), set: (k: string, t: string) => (printed.push(t), memo.set(k, t)) };
    const first = typescriptClient.emit({ ...input, pages: [] }, { ...ctx, printed: watching });
    expect(first).toEqual(plain);
    const chunks = [...first.values()].reduce((n, f) => n + (f.chunks?.length ?? 0), 0);
    expect(printed.length).toBe(chunks);

    printed.length = 0;
    const target = input.specs.find((s) => s.method.startsWith('crm.') && s.description)!;
    const edited = { ...input, specs: input.specs.map((s) => (s === target ? { ...s, description: `${s.description} Reworded.` } : s)) };
    const second = typescriptClient.emit({ ...edited, pages: [] }, { ...ctx, printed: watching });
    expect(second).toEqual(typescriptClient.emit({ ...edited, pages: [] }, ctx));
    const changed = [...second].flatMap(([path, f]) => (f.chunks ?? []).filter((c, i) => c !== first.get(path)?.chunks?.[i]));
    expect(changed.length).toBeGreaterThan(0);
    expect(printed.sort()).toEqual(changed.sort());
  });
});

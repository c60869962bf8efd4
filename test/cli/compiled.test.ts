/**
 * The CLI's bundle (generator/cli/compiled.mjs): what it must keep from running the sources through tsx —
 * each module's own `import.meta.url` (workers and the runtime are found from it), the commands loaded
 * lazily — and how bundles of generator versions are kept, reused and pruned.
 */
import { mkdtemp, readdir, readFile, rm, stat, mkdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, bundledEntry } from '../../generator/cli/compiled.mjs';
import { REPO_ROOT } from '../../generator/pipeline/paths.mjs';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'b24gen-compiled-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('bundleCli', () => {
  let dir: string;
  let texts: Map<string, string>;
  beforeAll(async () => {
    dir = join(tmp, 'one');
    await mkdir(dir);
    await bundleCli(dir);
    const names = (await readdir(dir)).filter((n) => n.endsWith('.js'));
    texts = new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n), 'utf8')] as const)));
  }, 60_000);

  it("replaces import.meta.url in the toolkit's modules by each module's own file URL", () => {
    const all = [...texts.values()].join('\n');
    expect(all).not.toContain('import.meta.url');
    // The prettier worker and the reader worker are found next to the modules that start them.
    expect(all).toContain(JSON.stringify(pathToFileURL(join(REPO_ROOT, 'generator/format/index.ts')).href));
    expect(all).toContain(JSON.stringify(pathToFileURL(join(REPO_ROOT, 'generator/pipeline/read-parallel.ts')).href));
    // The repository root the default paths (and the runtime copied into the package) are resolved from.
    expect(all).toContain(JSON.stringify(pathToFileURL(join(REPO_ROOT, 'generator/pipeline/paths.mjs')).href));
  });

  it('keeps packages as imports and the commands in chunks of their own, loaded when they run', () => {
    const entry = texts.get('run-command.js')!;
    expect(entry).not.toContain('from "ts-morph"');
    expect(entry).toMatch(/import\("\.\/build-[A-Z0-9]+\.js"\)/);
    expect(entry).toMatch(/import\("\.\/diff-[A-Z0-9]+\.js"\)/);
    const all = [...texts.values()].join('\n');
    for (const pkg of ['ts-morph', 'zod', 'mdast-util-from-markdown']) expect(all).toContain(`from "${pkg}"`);
    // prettier is imported on first use (format/index.ts), and stays so.
    expect(all).toContain('import("prettier")');
    // Not inlined: zod's own classes are not in the bundle.
    expect(all).not.toMatch(/class \$?ZodType\b/);
  });

  it('loads as the module that runs the commands', async () => {
    const mod = (await import(pathToFileURL(join(dir, 'run-command.js')).href)) as typeof import('../../generator/cli/run-command.ts');
    expect(typeof mod.runCommand).toBe('function');
  });
});

describe('bundledEntry', () => {
  it('replaces a folder of its key that lost its entry file', async () => {
    const root = join(tmp, 'broken');
    await mkdir(join(root, 'k0'), { recursive: true });
    await writeFile(join(root, 'k0', 'chunk-LEFTOVER.js'), '');
    const entry = await bundledEntry(root, 'k0');
    expect((await readdir(join(root, 'k0'))).sort()).toContain('run-command.js');
    expect(await readdir(join(root, 'k0'))).not.toContain('chunk-LEFTOVER.js');
    expect(entry).toBe(join(root, 'k0', 'run-command.js'));
  }, 60_000);

  it('builds a bundle once per key, reuses it, and keeps the three newest', async () => {
    const root = join(tmp, 'bundles');
    const first = await bundledEntry(root, 'k1');
    const built = (await stat(first)).mtimeMs;
    expect(await bundledEntry(root, 'k1')).toBe(first);
    expect((await stat(first)).mtimeMs).toBe(built);
    // A leftover of a killed build, older than a minute, is removed; a fresh one may be a concurrent build's.
    const hourAgo = new Date(Date.now() - 3_600_000);
    await mkdir(join(root, '.k0.1.tmp'));
    await utimes(join(root, '.k0.1.tmp'), hourAgo, hourAgo);
    await mkdir(join(root, '.k9.2.tmp'));
    const age = async (key: string, seconds: number) => {
      const when = new Date(Date.now() - seconds * 1000);
      await utimes(join(root, key), when, when);
    };
    await age('k1', 100);
    for (const [i, key] of ['k2', 'k3', 'k4', 'k5'].entries()) {
      await bundledEntry(root, key);
      await age(key, 90 - 10 * i);
    }
    expect((await readdir(root)).sort()).toEqual(['.k9.2.tmp', 'k3', 'k4', 'k5']);
  }, 120_000);
});

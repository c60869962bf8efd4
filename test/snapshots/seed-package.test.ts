/**
 * The client generated from the five seed pages: one reviewed file snapshot per generated file, the
 * runtime copied verbatim, `tsc --noEmit` clean, and type cases that must (or must not) compile.
 */
import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFiles } from '../../generator/pipeline/generate.ts';
import { loadRuntime } from '../../generator/pipeline/inputs.ts';
import { ROOT, runTsc, typeCaseTests, writePackage, type Diagnostic } from '../targets/helpers.ts';
import { parseFolder, SEEDS_DIR } from '../helpers.ts';

const CASES = join(ROOT, 'test/fixtures/seed-type-cases');
let files = new Map<string, string>();
let dir = '';
let diagnostics: Diagnostic[] = [];

beforeAll(async () => {
  files = await generateFiles(parseFolder(SEEDS_DIR));
  dir = await writePackage(files, 'b24gen-seed-pkg-');
  await cp(CASES, join(dir, 'cases'), { recursive: true });
  await writeFile(join(dir, 'tsconfig.cases.json'), JSON.stringify({ extends: './tsconfig.json', include: ['src', 'cases'] }));
  diagnostics = await runTsc(dir, 'tsconfig.cases.json');
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('seed package files', () => {
  it('copies the runtime verbatim', async () => {
    const runtime = await loadRuntime();
    expect(runtime.size).toBeGreaterThan(5);
    for (const [rel, text] of runtime) expect(files.get(`src/runtime/${rel}`), rel).toBe(text);
  });

  it('matches the reviewed snapshot of every generated (non-runtime) file', async () => {
    const generated = [...files.keys()].filter((f) => !f.startsWith('src/runtime/')).sort();
    expect(generated).toEqual(expect.arrayContaining(['package.json', 'src/index.ts', 'src/methods.ts', 'src/vibe.ts']));
    for (const f of generated) await expect(files.get(f)).toMatchFileSnapshot(`__snapshots__/seed-package/${f}`);
  });

  it('type-checks with tsc --noEmit', () => {
    expect(diagnostics.filter((d) => !d.file.startsWith('cases/'))).toEqual([]);
  });
});

describe('seed type cases', async () => {
  await typeCaseTests(CASES, () => diagnostics);
});

/**
 * Type tests: the fixtures are emitted into a temp dir together with test/fixtures/type-cases/*.ts and
 * checked by one `tsc` run. Each case file states its expectation on line 1:
 *   // expect: ok                       → no diagnostic in that file
 *   // expect: TS2353 <message part>    → exactly one diagnostic, with that code and message text
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitPackage } from '../emit.ts';
import { loadFixtures, ROOT, runTsc, stubRuntime, typeCaseTests, writePackage, type Diagnostic } from '../helpers.ts';

const CASES = join(ROOT, 'test/fixtures/type-cases');
let dir = '';
let diagnostics: Diagnostic[] = [];

beforeAll(async () => {
  const fx = await loadFixtures();
  const files = await emitPackage({ ...fx, runtime: stubRuntime(), packageVersion: '0.1.0' });
  dir = await writePackage(files);
  await cp(CASES, join(dir, 'cases'), { recursive: true });
  await writeFile(
    join(dir, 'tsconfig.cases.json'),
    JSON.stringify({ extends: './tsconfig.json', compilerOptions: { noUnusedLocals: true }, include: ['src', 'cases'] }),
  );
  diagnostics = await runTsc(dir, 'tsconfig.cases.json');
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('generated package type-checks', () => {
  it('has no error in the generated sources', () => {
    expect(diagnostics.filter((d) => !d.file.startsWith('cases/'))).toEqual([]);
  });

  it('builds declarations with tsconfig.build.json', async () => {
    const build = await runTsc(dir, 'tsconfig.build.json');
    expect(build).toEqual([]);
    const dts = await readFile(join(dir, 'dist/methods/crm.d.ts'), 'utf8');
    // id is required and has the alias ID: the params are a type with a one-of-the-spellings union.
    expect(dts).toContain('export type CrmContactGetParams');
    const js = await readFile(join(dir, 'dist/index.js'), 'utf8');
    expect(js).toContain('createRestClient(options)');
  }, 180_000);
});

describe('type cases', async () => {
  await typeCaseTests(CASES, () => diagnostics);
});

/** Helpers of the conformance tests: the fixture spec set, and a generated package written to a temp dir. */
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { MethodSpec } from '../../generator/spec/schema.ts';
import type { SpecSet } from '../../generator/spec/spec-set.ts';
import { generateFiles } from '../../generator/pipeline/generate.ts';

export const FIXTURES = resolve('test/conformance/fixtures');

/** The hand-made specs of test/conformance/fixtures, validated by the spec schema. */
export async function loadFixtureSet(): Promise<SpecSet> {
  const names = (await readdir(FIXTURES)).filter((n) => n.endsWith('.json')).sort();
  const specs = await Promise.all(names.map(async (n) => MethodSpec.parse(JSON.parse(await readFile(join(FIXTURES, n), 'utf8')))));
  return { specs, errorCatalogues: [], typeCatalogues: [], pages: [] };
}

/** Generate the client for `set` with the real emitter and write it to a fresh temp dir; returns the dir. */
export async function writeGenerated(set: SpecSet, prefix = 'b24gen-conformance-'): Promise<string> {
  const files = await generateFiles(set);
  const dir = await mkdtemp(join(tmpdir(), prefix));
  for (const [rel, text] of files) {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), text);
  }
  return dir;
}

/** Helpers for the Vibe reader tests: the seed, the scraped Vibe pages of ../shared, and lookups into specs. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Field, MethodSpec, TypeRef } from '../../generator/spec/schema.ts';
import type { ReaderOutput, SourcePage } from '../../generator/sources/types.ts';
import { pageContext } from '../../generator/sources/vibe/context.ts';
import { readVibeConventions, readVibePage } from '../../generator/sources/vibe/index.ts';
import { toVibeDoc } from '../../generator/sources/vibe/page-lines.ts';
import { requireShared, SHARED } from './shared.ts';

/** test/fixtures/seeds/ (with a trailing slash, so names can be appended). */
export const SEEDS_DIR = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));

/** The Vibe seed page GET /v1/contacts/:id. */
export const seed: SourcePage = { path: 'vibe.contacts.get.txt', text: readFileSync(`${SEEDS_DIR}vibe.contacts.get.txt`, 'utf8') };

/** Every scraped Vibe page of ../shared/corpus/vibecode, sorted by name; an error when the folder is missing. */
export function vibeCorpus(): SourcePage[] {
  const dir = requireShared(SHARED.vibecode);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ path: f, text: readFileSync(join(dir, f), 'utf8') }));
}

/** MANIFEST.tsv of the Vibe corpus: file → whether the page came through whole. */
export function vibeManifest(): Map<string, boolean> {
  return new Map(
    readFileSync(requireShared(join(SHARED.vibecode, 'MANIFEST.tsv')), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => l.split('\t'))
      .map(([file, , whole]) => [file!, whole === 'yes'] as const),
  );
}

/** The corpus page called `name`, or an error. */
export function pageIn(corpus: readonly SourcePage[], name: string): SourcePage {
  const p = corpus.find((c) => c.path === name);
  if (!p) throw new Error(`corpus page ${name} is missing`);
  return p;
}

/** A reader over the corpus: its pages by name, its conventions, and `read` that applies them. */
export function vibeReader() {
  const corpus = vibeCorpus();
  const conventions = readVibeConventions(corpus);
  return { corpus, conventions, page: (name: string) => pageIn(corpus, name), read: (p: SourcePage) => readVibePage(p, { conventions }) };
}

/** The one spec of a reader output. */
export const onlySpec = (out: ReaderOutput) => {
  expect(out.specs).toHaveLength(1);
  return out.specs[0]!;
};
/** The fields of an object type, or none. */
export const objectFields = (t: TypeRef | undefined): Field[] => (t?.kind === 'object' ? t.fields : []);
/** The named type of a spec. */
export const typeNamed = (spec: MethodSpec, name: string) => spec.types.find((t) => t.name === name);

/** Lines numbered from 1 for the given texts. */
export const linesOf = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));

/** A reader context for a small whole page called "p.txt" (not cut, so every row is read). */
export const contextOf = (text: string) => pageContext(toVibeDoc({ path: 'p.txt', text }), 'vibe-page');

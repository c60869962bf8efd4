/** Shared test helpers: read fixture folders through the same code paths the CLI uses. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { specSetFromPages } from '../generator/pipeline/run.ts';
import type { SpecSet } from '../generator/spec/spec-set.ts';
import { REPO_ROOT, SHARED } from './support/shared.ts';

export const SEEDS_DIR = join(REPO_ROOT, 'test/fixtures/seeds');
/** ../shared and its corpus, from the one helper (test/support/shared.ts); reading them fails, never skips, when they are missing. */
export const SHARED_DIR = SHARED.root;
export const CORPUS_DIR = SHARED.corpus;

/** Parse every page of a fixture folder, cited as "<folder>/<file>" like `b24gen parse <folder>` does. */
export function parseFolder(dir: string, order: 'sorted' | 'reversed' = 'sorted'): SpecSet {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.txt') || f.endsWith('.md'))
    .sort();
  if (order === 'reversed') names.reverse();
  const folder = dir.split('/').pop()!;
  const pages = names.map((name) => ({
    page: { path: `${folder}/${name}`, text: readFileSync(join(dir, name), 'utf8') },
    ctx: { readFile: () => undefined },
  }));
  return specSetFromPages(pages);
}

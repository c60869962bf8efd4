// @ts-check
/**
 * Default locations, resolved from the repository root (not the working directory). Plain JavaScript,
 * so that the CLI's no-op check (cache/build-stamp.mjs) can name the inputs without loading TypeScript.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the folder holding package.json, two levels above this file. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The default inputs and outputs of `b24gen build`. */
export function defaultPaths(shared = join(REPO_ROOT, '..', 'shared')) {
  return {
    shared,
    seeds: join(shared, 'seeds'),
    corpus: join(shared, 'corpus', 'b24restdocs'),
    vibecode: join(shared, 'corpus', 'vibecode'),
    specs: join(REPO_ROOT, 'specs'),
    generated: join(REPO_ROOT, 'generated'),
    runtime: join(REPO_ROOT, 'generator', 'runtime'),
    root: REPO_ROOT,
  };
}

/**
 * The default inputs of `build` under a shared folder (seeds, the YFM corpus, the Vibe pages) that exist there.
 * @param {string} shared
 * @returns {string[]}
 */
export function defaultInputs(shared) {
  const paths = defaultPaths(shared);
  return [paths.seeds, paths.corpus, paths.vibecode].filter((p) => existsSync(p));
}

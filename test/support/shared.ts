/**
 * Where the tests find ../shared (the read-only corpus next to the repository): resolved from the
 * repository root, not the working directory, and never skipped — a test that needs a folder that is
 * not there fails with an error naming it, so a checkout without ../shared cannot pass by losing tests.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: two levels above this file (test/support/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The folders of a shared root that tests read. */
export interface SharedPaths {
  root: string;
  corpus: string;
  seeds: string;
  vibecode: string;
  history: string;
}

/** The test inputs under a shared root (by default ../shared beside the repository). */
export function sharedPaths(root = join(REPO_ROOT, '..', 'shared')): SharedPaths {
  return {
    root,
    corpus: join(root, 'corpus', 'b24restdocs'),
    seeds: join(root, 'seeds'),
    vibecode: join(root, 'corpus', 'vibecode'),
    history: join(root, 'corpus', 'history'),
  };
}

/** The inputs under ../shared beside this repository. */
export const SHARED: SharedPaths = sharedPaths();

/** `path` if it exists, else an error naming the missing path (call it where a test needs the input). */
export function requireShared(path: string): string {
  if (!existsSync(path)) {
    throw new Error(
      `test input missing: ${path} — the corpus tests read ../shared beside the repository (${join(REPO_ROOT, '..', 'shared')}); check it out there, they fail rather than skip without it`,
    );
  }
  return path;
}

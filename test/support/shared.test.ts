/** The ../shared helper: paths from the repository root, and a loud error (never a skip) when one is missing. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, requireShared, SHARED, sharedPaths } from './shared.ts';

describe('sharedPaths', () => {
  it('lays out the inputs under a given root', () => {
    expect(sharedPaths('/x/shared')).toEqual({
      root: '/x/shared',
      corpus: '/x/shared/corpus/b24restdocs',
      seeds: '/x/shared/seeds',
      vibecode: '/x/shared/corpus/vibecode',
      history: '/x/shared/corpus/history',
    });
  });

  it('defaults to ../shared beside the repository, whatever the working directory', () => {
    expect(existsSync(join(REPO_ROOT, 'package.json'))).toBe(true);
    expect(SHARED.root).toBe(join(REPO_ROOT, '..', 'shared'));
  });
});

describe('requireShared', () => {
  it('returns a path that exists', () => {
    expect(requireShared(REPO_ROOT)).toBe(REPO_ROOT);
  });

  it('throws an error naming the missing folder', () => {
    const missing = sharedPaths('/nonexistent/shared').corpus;
    expect(() => requireShared(missing)).toThrow('test input missing: /nonexistent/shared/corpus/b24restdocs');
  });
});

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The user-task project (test/user-tasks/tasks) imports the package by its name, as a user would.
  resolve: {
    alias: [
      { find: /^@b24gen\/bitrix24$/, replacement: fileURLToPath(new URL('./generated/src/index.ts', import.meta.url)) },
      { find: /^@b24gen\/bitrix24\/zod\/(.+)$/, replacement: fileURLToPath(new URL('./generated/src/zod/', import.meta.url)) + '$1.ts' },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Type tests run tsc and the corpus tests read 2,600 pages: generous, but bounded.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    reporters: ['default'],
    // Builds the tests run (and the CLIs they spawn) cache in a folder of their own, never in the repo's.
    env: { B24GEN_CACHE_DIR: process.env.B24GEN_CACHE_DIR ?? join(tmpdir(), `b24gen-test-cache-${process.pid}`) },
    // In CI a missing or obsolete snapshot fails instead of being written or ignored (vitest's default when
    // CI is set; said here so it does not hang on how CI is detected).
    update: process.env.CI && process.env.CI !== 'false' ? 'none' : undefined,
  },
});

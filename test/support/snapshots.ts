/** Helpers for file-snapshot suites: the files a snapshot folder holds, so a suite can check its own list. */
import { readdirSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every file under `dir` (a URL or path), as sorted '/'-separated paths relative to it. */
export function filesUnder(dir: URL | string): string[] {
  const root = typeof dir === 'string' ? dir : fileURLToPath(dir);
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/**
 * The files of a generated package whose specs are crm REST methods and the Vibe contacts entity (the seeds,
 * the spec fixtures), runtime aside: listed, so that a file that stops being generated fails its test.
 */
export const CRM_AND_CONTACTS_PACKAGE_FILES: readonly string[] = [
  'README.md',
  'api.md',
  'package.json',
  'src/api/crm.ts',
  'src/errors.ts',
  'src/filter.ts',
  'src/index.ts',
  'src/methods.ts',
  'src/methods/crm.ts',
  'src/types/shared.ts',
  'src/vibe.ts',
  'src/vibe/contacts.ts',
  'src/vibe/types.ts',
  'src/zod/_lenient.ts',
  'src/zod/_shared.ts',
  'src/zod/_vibe.ts',
  'src/zod/crm.ts',
  'src/zod/index.ts',
  'tsconfig.build.json',
  'tsconfig.json',
];

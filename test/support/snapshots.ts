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

/** The files of an output folder that differ from what a run would write there (for `build --check`). */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inBatches } from '../core/batches.ts';
import { sha256 } from '../core/hash.ts';
import { listFiles } from '../write/atomic-tree.ts';

/** A file `build` would change: written with other bytes, written where none is, or left over. */
export interface StaleFile {
  file: string;
  why: 'differs' | 'missing' | 'extra';
}

// Folders a build never writes but users' tools create inside generated/ (an install, a package build).
const NOT_OURS = /^(?:node_modules|dist)\//;

/**
 * Whether a folder holds exactly these files (path → content hash, sorted by path) and nothing else: then
 * writing them would change nothing (write/atomic-tree.ts leaves such a folder alone).
 */
export async function holdsFiles(dir: string, hashes: ReadonlyArray<readonly [string, string]>): Promise<boolean> {
  return (await heldTexts(dir, hashes)) !== null;
}

/** The texts of a folder that holds exactly these files (as `holdsFiles`), path → text; null when it does not. */
export async function heldTexts(dir: string, hashes: ReadonlyArray<readonly [string, string]>): Promise<Map<string, string> | null> {
  if (!existsSync(dir)) return null;
  const present = await listFiles(dir);
  if (present.length !== hashes.length || present.some((rel, i) => rel !== hashes[i]![0])) return null;
  const texts = await inBatches(hashes, async ([rel, hash]) => {
    const bytes = await readFile(join(dir, rel));
    return sha256(bytes) === hash ? bytes.toString('utf8') : null;
  });
  if (texts.some((t) => t === null)) return null;
  return new Map(hashes.map(([rel], i) => [rel, texts[i]!]));
}

/** Compare a folder with the files (relative path → text) a run would replace it with. */
export async function staleFiles(dir: string, expected: ReadonlyMap<string, string>): Promise<StaleFile[]> {
  const present = existsSync(dir) ? (await listFiles(dir)).filter((f) => !NOT_OURS.test(f)) : [];
  const found = await inBatches([...expected], async ([rel, text]): Promise<StaleFile | null> => {
    const file = join(dir, rel);
    if (!existsSync(file)) return { file, why: 'missing' };
    return (await readFile(file, 'utf8')) !== text ? { file, why: 'differs' } : null;
  });
  const out = found.filter((f): f is StaleFile => f !== null);
  for (const rel of present) if (!expected.has(rel)) out.push({ file: join(dir, rel), why: 'extra' });
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

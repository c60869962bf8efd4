/**
 * Replace whole output folders atomically: a failed run leaves them exactly as they were.
 * The folders are owned by the generator: anything else in them (a dist/ built by hand) is replaced too.
 * Only what changed is rewritten: a folder whose files are all the same is not touched, and a file whose
 * text is the same is carried into the new folder as a hard link (same inode, same mtime), so tools that
 * watch the output — and the build stamp — see only the files that really changed.
 */
import { link, mkdir, readFile, rename, rm, writeFile, mkdtemp, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { inBatches } from '../core/batches.ts';

/** Relative path (forward slashes) → file text. */
export type FileTree = Map<string, string>;

/** A folder staged beside its target, ready to swap in. */
interface Staged {
  target: string;
  staging: string;
}

/** Reject paths that would escape the output folder (".." or absolute), which doc text must never cause. */
function safeJoin(root: string, rel: string): string {
  const full = resolve(root, rel);
  if (rel.startsWith('/') || rel.includes('\\') || !full.startsWith(resolve(root) + '/')) {
    throw new Error(`refusing to write outside ${root}: ${JSON.stringify(rel)}`);
  }
  return full;
}

/** The files of the current folder whose text is what the run would write there; `whole` when nothing else differs. */
async function unchangedFiles(target: string, files: FileTree): Promise<{ same: Set<string>; whole: boolean }> {
  const present = (await exists(target)) ? await listFiles(target) : [];
  const candidates = present.filter((rel) => files.has(rel));
  const equal = await inBatches(candidates, async (rel) => (await readFile(join(target, rel), 'utf8')) === files.get(rel));
  const same = new Set(candidates.filter((_, i) => equal[i]));
  return { same, whole: same.size === files.size && present.length === files.size };
}

async function stage(target: string, files: FileTree, same: ReadonlySet<string>): Promise<Staged> {
  const parent = dirname(resolve(target));
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(join(parent, `.${basename(target)}.staging-`));
  try {
    const rels = [...files.keys()].sort();
    const full = new Map(rels.map((rel) => [rel, safeJoin(staging, rel)]));
    // Each folder once (recursive: a parent is made with its first child).
    for (const d of new Set([...full.values()].map((f) => dirname(f)))) await mkdir(d, { recursive: true });
    await inBatches(rels, (rel) =>
      same.has(rel) ? carry(join(target, rel), full.get(rel)!, files.get(rel)!) : writeFile(full.get(rel)!, files.get(rel)!, 'utf8'),
    );
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
  return { target: resolve(target), staging };
}

/** Carry an unchanged file into the staging folder as a hard link; a copy where links are not possible. */
async function carry(from: string, to: string, text: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    await writeFile(to, text, 'utf8');
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Undo what a run killed in the middle of a swap left behind: the two renames of a swap are not one
 * operation, so a kill between them leaves the folder's old contents under its backup name and no folder.
 * Put that back, and drop stale staging folders. Every write starts with this.
 */
export async function recoverInterrupted(target: string): Promise<void> {
  const parent = dirname(resolve(target));
  const prefix = `.${basename(target)}.staging-`;
  let names: string[];
  try {
    names = (await readdir(parent)).filter((n) => n.startsWith(prefix)).sort();
  } catch {
    return;
  }
  const backup = names.find((n) => n.endsWith('.old'));
  if (backup && !(await exists(target))) await rename(join(parent, backup), resolve(target));
  for (const n of names) await rm(join(parent, n), { recursive: true, force: true });
}

/** Write each tree to its folder, all or nothing: on any failure the folders are left as they were. Returns how many files were (re)written. */
export async function replaceTrees(outputs: Array<{ dir: string; files: FileTree }>): Promise<number> {
  const staged: Staged[] = [];
  const swapped: Array<Staged & { backup: string | null }> = [];
  let written = 0;
  for (const o of outputs) await recoverInterrupted(o.dir);
  try {
    for (const o of outputs) {
      const { same, whole } = await unchangedFiles(o.dir, o.files);
      if (whole) continue;
      written += o.files.size - same.size;
      staged.push(await stage(o.dir, o.files, same));
    }
    for (const s of staged) {
      const backup = (await exists(s.target)) ? `${s.staging}.old` : null;
      if (backup) await rename(s.target, backup);
      await rename(s.staging, s.target);
      swapped.push({ ...s, backup });
    }
  } catch (err) {
    // Undo in reverse: put every old folder back, drop every staging folder.
    for (const s of swapped.reverse()) {
      await rm(s.target, { recursive: true, force: true });
      if (s.backup) await rename(s.backup, s.target);
    }
    for (const s of staged) await rm(s.staging, { recursive: true, force: true });
    throw err;
  }
  for (const s of swapped) if (s.backup) await rm(s.backup, { recursive: true, force: true });
  return written;
}

/** Every file under a folder as relative paths, sorted (for readers of spec folders). */
export async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string): Promise<void> {
    const entries = await readdir(join(root, rel), { withFileTypes: true });
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(r);
      else if (e.isFile()) out.push(r);
    }
  }
  await walk('');
  return out.sort();
}

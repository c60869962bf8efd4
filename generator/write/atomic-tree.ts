/**
 * Replace whole output folders atomically: a failed run leaves them exactly as they were.
 * The folders are owned by the generator: anything else in them (a dist/ built by hand) is replaced too.
 */
import { mkdir, rename, rm, writeFile, mkdtemp, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

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

async function stage(target: string, files: FileTree): Promise<Staged> {
  const parent = dirname(resolve(target));
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(join(parent, `.${basename(target)}.staging-`));
  try {
    for (const rel of [...files.keys()].sort()) {
      const full = safeJoin(staging, rel);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, files.get(rel)!, 'utf8');
    }
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
  return { target: resolve(target), staging };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Write each tree to its folder, all or nothing: on any failure the folders are left as they were. */
export async function replaceTrees(outputs: Array<{ dir: string; files: FileTree }>): Promise<void> {
  const staged: Staged[] = [];
  const swapped: Array<Staged & { backup: string | null }> = [];
  try {
    for (const o of outputs) staged.push(await stage(o.dir, o.files));
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

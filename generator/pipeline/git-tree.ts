/**
 * Read the markdown files of one revision of a git repository with git itself (`ls-tree` + `cat-file
 * --batch`): no checkout, no working tree touched. A bundle file is first cloned bare into a cache folder
 * under the system temp dir, keyed by its path, size and mtime.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { UserError } from '../core/errors.ts';
import { sha256 } from '../core/hash.ts';
import { decodeText } from './inputs.ts';

/** Run git and return its stdout; a failure is a UserError carrying git's own message. */
function git(gitDir: string, args: readonly string[], what: string): string {
  const r = spawnSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw new UserError(`cannot run git (${r.error.message}); git is needed to read --repo`);
  if (r.status !== 0) throw new UserError(`${what}: ${r.stderr.trim().split('\n').pop() ?? `git exited with ${r.status}`}`);
  return r.stdout;
}

/** The git dir to read `repo` from: a repository's .git, a bare repository, or a bundle (cloned bare once). */
export function gitDirOf(repo: string): string {
  const full = resolve(repo);
  let st;
  try {
    st = statSync(full);
  } catch {
    throw new UserError(`${repo}: no such repository or bundle`);
  }
  if (st.isFile()) return clonedBundle(full, st.size, st.mtimeMs);
  if (existsSync(join(full, '.git'))) return join(full, '.git');
  if (existsSync(join(full, 'HEAD')) && existsSync(join(full, 'objects'))) return full;
  throw new UserError(`${repo}: not a git repository (no .git) nor a bundle file`);
}

function clonedBundle(bundle: string, size: number, mtime: number): string {
  const dir = join(tmpdir(), `b24gen-bundle-${sha256(`${bundle}\n${size}\n${mtime}`).slice(0, 16)}.git`);
  if (existsSync(join(dir, 'HEAD'))) return dir;
  // Clone beside the cache entry and rename it in, so a killed run never leaves a half clone to reuse.
  const partial = `${dir}.${process.pid}.partial`;
  mkdirSync(tmpdir(), { recursive: true });
  const r = spawnSync('git', ['clone', '--quiet', '--mirror', bundle, partial], { encoding: 'utf8' });
  if (r.error) throw new UserError(`cannot run git (${r.error.message}); git is needed to read --repo`);
  if (r.status !== 0) {
    rmSync(partial, { recursive: true, force: true });
    throw new UserError(`${bundle}: not a git bundle (${r.stderr.trim().split('\n').pop() ?? 'git clone failed'})`);
  }
  try {
    renameSync(partial, dir);
  } catch {
    rmSync(partial, { recursive: true, force: true }); // another run put it there first
  }
  return dir;
}

/** The full commit id a revision names; an unknown revision is a UserError. */
export function resolveRevision(gitDir: string, rev: string): string {
  if (rev.startsWith('-')) throw new UserError(`${rev}: not a revision`);
  return git(gitDir, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], `unknown revision ${rev}`).trim();
}

/** The text of every `.md` file of a commit, by path (files that are not UTF-8 text are left out). */
export async function readRevisionMarkdown(gitDir: string, commit: string): Promise<Map<string, string>> {
  const listing = git(gitDir, ['ls-tree', '-r', '-z', '--full-tree', commit], `cannot list ${commit}`);
  const blobs: Array<{ id: string; path: string }> = [];
  for (const entry of listing.split('\0')) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
    if (m && m[2]!.endsWith('.md')) blobs.push({ id: m[1]!, path: m[2]! });
  }
  const contents = await catBlobs(
    gitDir,
    blobs.map((b) => b.id),
  );
  const texts = new Map<string, string>();
  blobs.forEach((b, i) => {
    const decoded = decodeText(contents[i]!);
    if ('text' in decoded) texts.set(b.path, decoded.text);
  });
  return texts;
}

/** The bytes of each blob, in order, through one `git cat-file --batch`. */
function catBlobs(gitDir: string, ids: readonly string[]): Promise<Buffer[]> {
  return new Promise((done, fail) => {
    const child = spawn('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', (err) => fail(new UserError(`cannot run git (${err.message})`)));
    child.on('close', (code) => {
      if (code !== 0) return fail(new UserError(`git cat-file failed: ${stderr.trim()}`));
      const all = Buffer.concat(chunks);
      const out: Buffer[] = [];
      let at = 0;
      for (let i = 0; i < ids.length; i++) {
        const eol = all.indexOf(10, at);
        const header = all.subarray(at, eol).toString('utf8').split(' ');
        const size = Number(header[2]);
        if (header[1] !== 'blob' || !Number.isFinite(size)) return fail(new UserError(`git cat-file: unexpected answer "${header.join(' ')}"`));
        out.push(all.subarray(eol + 1, eol + 1 + size));
        at = eol + 1 + size + 1;
      }
      done(out);
    });
    child.stdin.end(ids.map((id) => `${id}\n`).join(''));
  });
}

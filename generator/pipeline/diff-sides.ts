/**
 * The input edge of `b24gen diff`: each side is a specs folder, a docs folder (read with the same readers
 * as `parse`), or a revision of a docs git repository (read with git, no checkout). A side that cannot be
 * read is a UserError naming it.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../core/log.ts';
import { UserError, located } from '../core/errors.ts';
import { linkSpecSet } from '../link/index.ts';
import type { ReadingMemo } from '../sources/index.ts';
import { readPagesParallel } from './read-parallel.ts';
import { normalizeSpecSet, type SpecSet } from '../spec/spec-set.ts';
import { gitDirOf, readRevisionMarkdown, resolveRevision } from './git-tree.ts';
import { corpusPages, loadSpecSet } from './inputs.ts';
import { readSpecSet } from './run.ts';

/** One side of a diff. */
export type DiffSide = { kind: 'folder'; path: string } | { kind: 'git'; repo: string; rev: string };

/** How a side is named in the report. */
export function sideLabel(side: DiffSide): string {
  return side.kind === 'folder' ? side.path : `${side.repo}@${side.rev}`;
}

/** Whether a side is read from docs pages (and so gains from a reading memo), not from a specs folder. */
export function readsDocs(side: DiffSide): boolean {
  return side.kind === 'git' || !isSpecsFolder(side.path);
}

function isSpecsFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory() && existsSync(join(path, 'index.json'));
}

/** Read one side into a spec set; pass the same `memo` for both sides so pages they share are read once. */
export async function loadSide(side: DiffSide, log: Logger, memo?: ReadingMemo): Promise<SpecSet> {
  if (side.kind === 'git') return loadRevision(side.repo, side.rev, log, memo);
  const { path } = side;
  if (!existsSync(path)) throw new UserError(`${path}: no such file or folder`);
  if (isSpecsFolder(path)) {
    log.info(`reading specs from ${path}`);
    return loadSpecSet(path);
  }
  log.info(`parsing the docs at ${path}`);
  const { set, problems } = await readSpecSet([path], log, memo);
  if (!set) {
    const shown = problems.slice(0, 5).map((p) => located(p.file, p.line, p.message));
    throw new UserError(`${path}: cannot read the docs (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${shown.join('\n  ')}`);
  }
  return normalizeSpecSet(set);
}

async function loadRevision(repo: string, rev: string, log: Logger, memo?: ReadingMemo): Promise<SpecSet> {
  const gitDir = gitDirOf(repo);
  const commit = resolveRevision(gitDir, rev);
  log.info(`reading ${rev} (${commit.slice(0, 10)}) from ${repo}`);
  const texts = corpusSubtree(await readRevisionMarkdown(gitDir, commit));
  if (texts.size === 0) throw new UserError(`${repo}@${rev}: no markdown docs in that revision`);
  const readings = await readPagesParallel(corpusPages(texts), (done, total) => log.progress('  parsing', done, total), memo);
  return normalizeSpecSet(linkSpecSet(readings));
}

/** The files below the corpus root of a repository: its top, or the shallowest folder holding api-reference/. */
function corpusSubtree(files: ReadonlyMap<string, string>): Map<string, string> {
  const roots = [...files.keys()].map((p) => /^(.*?)api-reference\//.exec(p)?.[1]).filter((r): r is string => r !== undefined);
  const root = roots.sort((a, b) => a.length - b.length)[0] ?? '';
  return new Map([...files].filter(([p]) => p.startsWith(root)).map(([p, t]) => [p.slice(root.length), t]));
}

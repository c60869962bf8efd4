/**
 * The differ on single commits of the docs repository (../shared/corpus/b24restdocs.bundle), read with
 * git, against the changes a reader found in each commit's `git show` (test/fixtures/diff/gold/commits/).
 * A gold file marked complete lists every API change of its commit: then nothing else may be reported,
 * except changes that rest on a response example only (the reader followed the tables).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../generator/core/log.ts';
import { diffSpecSets } from '../../generator/diff/diff.ts';
import { loadSide } from '../../generator/pipeline/diff-sides.ts';
import { gitDirOf } from '../../generator/pipeline/git-tree.ts';
import { ReadingMemo } from '../../generator/sources/index.ts';
import { requireShared, SHARED } from '../support/shared.ts';
import { compareWithGold, readGold } from './gold-helpers.ts';

const dir = join(import.meta.dirname, '../fixtures/diff/gold/commits');
const repo = requireShared(join(SHARED.root, 'corpus', 'b24restdocs.bundle'));
const gitDir = gitDirOf(repo);
const commitTime = (rev: string) => Number(execFileSync('git', ['--git-dir', gitDir, 'log', '-1', '--format=%ct', rev], { encoding: 'utf8' }).trim());
// In history order: neighbouring revisions share most pages, which the memo then reads once.
const golds = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, gold: readGold(join(dir, f)) }))
  .map((g) => ({ ...g, time: commitTime(g.gold.new) }))
  .sort((a, b) => a.time - b.time || a.file.localeCompare(b.file));
// One memo for every commit: a page unchanged between two revisions is read once.
const memo = new ReadingMemo();

describe('b24gen diff --repo on single docs commits', () => {
  it('has gold for several commits, one of them with no API change', () => {
    expect(golds.length).toBeGreaterThanOrEqual(5);
    expect(golds.some((g) => g.gold.changes.length === 0 && g.gold.negatives.length > 0)).toBe(true);
  });

  for (const { file, gold } of golds) {
    it(`${file}: ${gold.subject ?? gold.new}`, async () => {
      const before = await loadSide({ kind: 'git', repo, rev: gold.old }, silentLogger, memo);
      const after = await loadSide({ kind: 'git', repo, rev: gold.new }, silentLogger, memo);
      const report = diffSpecSets(before, after, { oldLabel: gold.old, newLabel: gold.new });
      const { missed, onNegatives, unexpected } = compareWithGold(gold, report.changes);
      expect(missed).toEqual([]);
      expect(onNegatives).toEqual([]);
      expect(unexpected.map((c) => `${c.method} ${c.rule} ${c.path}`)).toEqual([]);
    }, 300_000);
  }
});

/**
 * The differ on a real docs update: 2026-02-04 → 2026-03-31 (703 files changed), against the changes a
 * reader found in the markdown diff (test/fixtures/diff/gold/2026-02-04..2026-03-31.json): every one is
 * reported, and the pages the reader found changed in wording only get no change at all.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../generator/core/log.ts';
import { diffSpecSets } from '../../generator/diff/diff.ts';
import type { DiffReport } from '../../generator/diff/report-schema.ts';
import { loadSide } from '../../generator/pipeline/diff-sides.ts';
import { ReadingMemo } from '../../generator/sources/index.ts';
import { requireShared, SHARED } from '../support/shared.ts';
import { compareWithGold, readGold } from './gold-helpers.ts';

const gold = readGold(join(import.meta.dirname, '../fixtures/diff/gold/2026-02-04..2026-03-31.json'));
let report: DiffReport;

beforeAll(async () => {
  const memo = new ReadingMemo();
  const side = async (rel: string) => loadSide({ kind: 'folder', path: requireShared(join(SHARED.root, rel)) }, silentLogger, memo);
  const before = await side(gold.old);
  const after = await side(gold.new);
  report = diffSpecSets(before, after, { oldLabel: gold.old, newLabel: gold.new });
}, 300_000);

describe('b24gen diff on 2026-02-04 → 2026-03-31', () => {
  it('the gold set is a real sample: 20+ changes over several sections, 3+ negative pages', () => {
    expect(gold.changes.length).toBeGreaterThanOrEqual(20);
    expect(new Set(gold.changes.map((c) => c.method.split('.')[0])).size).toBeGreaterThanOrEqual(6);
    expect(gold.negatives.length).toBeGreaterThanOrEqual(3);
    for (const rule of ['method-added', 'param-became-required', 'param-type-narrowed', 'error-added', 'param-case-changed', 'param-removed']) {
      expect(gold.changes.some((c) => c.rule === rule)).toBe(true);
    }
  });

  it('reports every change read from the markdown diff', () => {
    expect(compareWithGold(gold, report.changes).missed).toEqual([]);
  });

  it('reports nothing on the pages that changed in wording only', () => {
    expect(compareWithGold(gold, report.changes).onNegatives).toEqual([]);
  });

  it('matches pages by method, not file: a moved page is no removal', () => {
    // im.revision.get moved from chat-bots/ to chats/ between the snapshots (the gold reader's note).
    expect(report.changes.filter((c) => c.method === 'im.revision.get' && /method-/.test(c.rule))).toEqual([]);
  });
});

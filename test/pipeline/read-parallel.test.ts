/** Reading on two threads gives the readings one thread gives, in the same order, and fills the memo alike. */
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../generator/core/log.ts';
import { collectPages } from '../../generator/pipeline/inputs.ts';
import { readPagesParallel } from '../../generator/pipeline/read-parallel.ts';
import { ReadingMemo, readPages } from '../../generator/sources/index.ts';
import { CORPUS_DIR } from '../helpers.ts';
import { requireShared } from '../support/shared.ts';

describe('readPagesParallel', () => {
  it('gives byte-identical readings to readPages on 500 corpus pages, and a memo that serves them all', async () => {
    requireShared(CORPUS_DIR);
    const { pages } = await collectPages([CORPUS_DIR], silentLogger);
    // Every fifth page: sections and sizes of all kinds, enough pages for the worker to take part.
    const sample = pages.filter((_, i) => i % 5 === 0).slice(0, 500);
    const memo = new ReadingMemo();
    let offloaded = 0;
    const parallel = await readPagesParallel(sample, undefined, memo, { threads: 2, onSplit: (n) => (offloaded = n) });
    expect(offloaded).toBeGreaterThan(150);
    const serial = readPages(sample);
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
    // The worker's readings went into the memo with their includes: a second read is served whole from it.
    expect(memo.misses).toBe(sample.length);
    const again = new ReadingMemo(memo.snapshot());
    expect(JSON.stringify(readPages(sample, undefined, again))).toBe(JSON.stringify(serial));
    expect(again.hits).toBe(sample.length);
  }, 180_000);
});

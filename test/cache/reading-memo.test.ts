/** The reading memo and the cache files: hits only on the same page text and the same included texts; another generator's cache is never read. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { BuildCache } from '../../generator/cache/build-cache.ts';
import { keepRecent } from '../../generator/core/recent.ts';
import { ReadingMemo, readPages, type PageInput } from '../../generator/sources/index.ts';
import { collectPages } from '../../generator/pipeline/inputs.ts';
import { defaultPaths } from '../../generator/pipeline/paths.mjs';
import { silentLogger } from '../../generator/core/log.ts';

const PAGE = '# Get a thing demo.thing.get\n\n{% include [p](../_includes/params.md) %}\n';
const params = (desc: string) => `#|\n|| **Name**\n\`type\` | **Description** ||\n|| **id***\n[\`integer\`](../data-types.md) | ${desc} ||\n|#\n`;
const page = (includes: Record<string, string>, text = PAGE): PageInput => ({
  page: { path: 'api/demo-thing-get.md', text },
  ctx: { readFile: (p) => includes[p.replace(/^(\.\.\/)+/, '')] },
  fallback: 'yfm-markdown',
});

describe('ReadingMemo', () => {
  it('reuses a reading across a save and load, and reads again when an include or the page changes', () => {
    const memo = new ReadingMemo();
    const first = readPages([page({ '_includes/params.md': params('The id') })], undefined, memo);
    expect(memo.misses).toBe(1);
    const loaded = new ReadingMemo(memo.snapshot());
    const again = readPages([page({ '_includes/params.md': params('The id') })], undefined, loaded);
    expect(loaded.hits).toBe(1);
    expect(again).toEqual(first);
    readPages([page({ '_includes/params.md': params('The new id') })], undefined, loaded);
    readPages([page({ '_includes/params.md': params('The id') }, `${PAGE}\nMore text.\n`)], undefined, loaded);
    expect(loaded.misses).toBe(2);
  });

  it('hands out copies: changing a returned reading does not change the stored one', () => {
    const memo = new ReadingMemo();
    const input = page({ '_includes/params.md': params('The id') });
    readPages([input], undefined, memo);
    const a = readPages([input], undefined, memo)[0]!;
    a.output.specs.length = 0;
    expect(readPages([input], undefined, memo)[0]!.output.specs.length).toBeGreaterThan(0);
  });
});

describe('ReadingMemo and Vibe pages', () => {
  it('reuses Vibe readings while every Vibe page is as before, and reads them all again when any one changes', async () => {
    const { pages } = await collectPages([defaultPaths().vibecode], silentLogger);
    expect(pages.length).toBeGreaterThan(10);
    const memo = new ReadingMemo();
    const first = readPages(pages, undefined, memo);
    const loaded = new ReadingMemo(memo.snapshot());
    expect(readPages(pages, undefined, loaded)).toEqual(first);
    expect([loaded.hits, loaded.misses]).toEqual([pages.length, 0]);
    // A guide's conventions are pooled into every page's reading: one edited page re-reads them all.
    const edited = pages.map((p, i) => (i === 0 ? { ...p, page: { ...p.page, text: `${p.page.text}\nOne more line.\n` } } : p));
    const again = readPages(edited, undefined, loaded);
    expect([loaded.hits, loaded.misses]).toEqual([pages.length, pages.length]);
    expect(again).toEqual(readPages(edited));
  });
});

describe('keepRecent', () => {
  it("keeps this run's entries whatever their size, then the most recent others under the cap", () => {
    const e = (used: number, size: number) => ({ used, size });
    const kept = keepRecent(
      new Map([
        ['old', e(1, 10)],
        ['now-big', e(5, 100)],
        ['recent', e(4, 10)],
        ['older', e(2, 10)],
      ]),
      5,
      (x) => x.size,
      115,
    );
    expect([...kept.keys()]).toEqual(['now-big', 'recent']);
  });
});

describe('BuildCache', () => {
  it('ignores cache files written by another generator version', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'b24gen-cache-unit-'));
    try {
      const memo = new ReadingMemo();
      const input = page({ '_includes/params.md': params('The id') });
      readPages([input], undefined, memo);
      await writeFile(join(dir, 'readings.v8'), serialize({ fingerprint: 'another generator', data: memo.snapshot() }));
      const cache = await BuildCache.open(dir);
      readPages([input], undefined, cache.readings);
      expect(cache.readings.hits).toBe(0);
      // Saved under this generator's fingerprint, the same entry is found next time.
      await cache.save();
      const reopened = await BuildCache.open(dir);
      readPages([input], undefined, reopened.readings);
      expect(reopened.readings.hits).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/**
 * The gold score: the committed specs (which the corpus test proves are what the readers make of the
 * corpus) and the scraped renders in scraped/, against truths written by reading the pages. Prints the
 * fully-right rate, per-fact precision and recall, and every miss; fails below ratchet.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpecSet } from '../../generator/pipeline/inputs.ts';
import { readSpecSet } from '../../generator/pipeline/run.ts';
import type { SpecSet } from '../../generator/spec/spec-set.ts';
import { REPO_ROOT } from '../support/shared.ts';
import { CATEGORIES, scoreMethod, summarize, type MethodScore, type Summary, type Truth } from './score.ts';

const GOLD = join(REPO_ROOT, 'test', 'gold');
const ratchet = JSON.parse(readFileSync(join(GOLD, 'ratchet.json'), 'utf8')) as {
  methods: number;
  fullyRight: number;
  recall: Partial<Record<(typeof CATEGORIES)[number], number>>;
  precision: Partial<Record<(typeof CATEGORIES)[number], number>>;
  scrapedFullyRight: number;
  holdoutFullyRight: number;
};

function truths(dir = 'truth'): Truth[] {
  return readdirSync(join(GOLD, dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(GOLD, dir, f), 'utf8')) as Truth);
}

function report(title: string, scores: readonly MethodScore[], s: Summary): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = [`${title}: ${s.fullyRight}/${s.methods} fully right (${pct(s.rate)})`];
  for (const c of CATEGORIES) lines.push(`  ${c.padEnd(13)} recall ${pct(s.recall[c]).padStart(6)}  precision ${pct(s.precision[c]).padStart(6)}`);
  for (const m of scores) for (const miss of m.misses) lines.push(`  ${m.id}: ${miss}`);
  return lines.join('\n');
}

describe('gold set', () => {
  let set: SpecSet;
  let shared: SpecSet['typeCatalogues'][number]['types'];
  beforeAll(async () => {
    set = await loadSpecSet(join(REPO_ROOT, 'specs'));
    shared = set.typeCatalogues.flatMap((c) => c.types);
  });

  it('has a truth for every sampled page, and nothing else', () => {
    const sample = JSON.parse(readFileSync(join(GOLD, 'sample.json'), 'utf8')) as Array<{ id: string; page: string }>;
    const got = truths().map((t) => [t.id, t.page]);
    expect(got).toEqual(sample.map((p) => [p.id, p.page]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
    expect(got.length).toBeGreaterThanOrEqual(ratchet.methods);
  });

  it('scores the specs at or above the ratchet', () => {
    const byId = new Map(set.specs.map((s) => [s.id, s]));
    const scores = truths().map((t) => scoreMethod(t, byId.get(t.id), shared));
    const s = summarize(scores);
    console.log(report('gold (markdown)', scores, s));
    expect(s.fullyRight).toBeGreaterThanOrEqual(ratchet.fullyRight);
    for (const [c, min] of Object.entries(ratchet.recall)) expect({ [c]: s.recall[c as (typeof CATEGORIES)[number]] >= min }).toEqual({ [c]: true });
    for (const [c, min] of Object.entries(ratchet.precision)) expect({ [c]: s.precision[c as (typeof CATEGORIES)[number]] >= min }).toEqual({ [c]: true });
  });

  it('scores the holdout: 15 more pages drawn with another seed after the readers were fixed, never tuned on', () => {
    const byId = new Map(set.specs.map((s) => [s.id, s]));
    const scores = truths('holdout').map((t) => scoreMethod(t, byId.get(t.id), shared));
    const s = summarize(scores);
    console.log(report('gold holdout (markdown)', scores, s));
    expect(scores.length).toBe(15);
    expect(s.fullyRight).toBeGreaterThanOrEqual(ratchet.holdoutFullyRight);
  });

  it('scores the scraped renders through the scraped-text reader', async () => {
    const dir = join(GOLD, 'scraped');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(files.length).toBeGreaterThanOrEqual(3);
    const byFile = new Map(truths().map((t) => [`${t.id.replace(':', '_')}.txt`, t]));
    const scores: MethodScore[] = [];
    for (const f of files) {
      const truth = byFile.get(f);
      if (!truth) throw new Error(`scraped/${f}: no truth for it in truth/`);
      const { set: read, problems } = await readSpecSet([join(dir, f)]);
      expect(problems).toEqual([]);
      scores.push(
        scoreMethod(
          truth,
          read?.specs.find((s) => s.id === truth.id),
          [],
          'scraped',
        ),
      );
    }
    const s = summarize(scores);
    console.log(report('gold (scraped renders)', scores, s));
    expect(s.fullyRight).toBeGreaterThanOrEqual(ratchet.scrapedFullyRight);
  });
});

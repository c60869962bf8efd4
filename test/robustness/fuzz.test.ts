/**
 * Property-based fuzzing of the three readers through the public pipeline (issue 13, robustness): for every
 * input, specSetFromPages yields a spec set that passes the zod schema, with every diagnostic naming a file
 * it was given (and a line inside it) — never a throw, never a hang, never runaway memory (harness.ts).
 *
 * npm test runs a short, fixed-seed budget; `npm run fuzz` runs FUZZ_RUNS cases per property with a random
 * seed, printed with the command that replays it (FUZZ_SEED=<seed> FUZZ_RUNS=<n> npx vitest run test/robustness).
 */
import { basename } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageInput } from '../../generator/sources/index.ts';
import { FRAGMENTS, mutation, PAGE_PATH, yfmPage } from './arbitraries.ts';
import { contextOf, fuzzSeed, loadSamples, runPipeline, runs, settledHeapMb, type Sample } from './harness.ts';

/** Bound per generated or mutated page (one page, or a Vibe page with three others): generous for a busy 2-core machine. */
const CASE_MS = 10_000;
/** Bound per 10 MB page: the readers' input limits keep the work linear (see yfm/parse/bounds.ts). */
const HUGE_MS = 20_000;

const long = Boolean(process.env['FUZZ_RUNS']);
const { samples, corpus } = loadSamples();
const vibe = samples.filter((s) => s.kind === 'vibe');

/** Run a property, print its tally under `npm run fuzz`, and fail with fast-check's report (seed, path, counterexample). */
function fuzz<T>(name: string, arb: fc.Arbitrary<T>, short: number, fixedSeed: number, body: (v: T) => void): void {
  it(name, () => {
    const numRuns = runs(short);
    const seed = fuzzSeed(fixedSeed);
    const t0 = performance.now();
    const details = fc.check(fc.property(arb, body), { numRuns, seed, endOnFailure: true });
    const s = ((performance.now() - t0) / 1000).toFixed(1);
    if (long || details.failed)
      console.log(
        `fuzz "${name}": ${details.numRuns} cases in ${s} s, seed ${seed} (replay: FUZZ_SEED=${seed} FUZZ_RUNS=${numRuns} npx vitest run test/robustness)`,
      );
    if (details.failed) {
      const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      throw new Error(`${fc.defaultReportMessage(details) ?? 'property failed'}\n${cause}`);
    }
  });
}

/** The pages to read for a (possibly mutated) sample: a Vibe page with three others, for their pooled conventions. */
function pagesFor(sample: Sample, text: string, others: readonly number[]): { pages: PageInput[]; served: Map<string, string> } {
  const own = new Map([[sample.path, text]]);
  if (sample.kind !== 'yfm') {
    const { ctx, served } = contextOf(own);
    const extra = sample.kind === 'vibe' ? others.map((i) => vibe[i % vibe.length]!).filter((v) => v.path !== sample.path) : [];
    const pages = [{ page: { path: sample.path, text }, ctx }, ...[...new Map(extra.map((v) => [v.path, v])).values()].map((v) => ({ page: v, ctx }))];
    return { pages, served };
  }
  const { ctx, served } = contextOf(own, corpus);
  return { pages: [{ page: { path: sample.path, text }, ctx, fallback: 'yfm-markdown' }], served };
}

function expectHolds(outcome: ReturnType<typeof runPipeline>, bound: number): void {
  expect(outcome.violations).toEqual([]);
  expect(outcome.ms).toBeLessThan(bound);
}

describe('fuzzing the readers through specSetFromPages', () => {
  fuzz('generated YFM pages (tables, includes with cycles and missing targets, notes, fences, lists)', yfmPage, 100, 1301, (text) => {
    const files = new Map([...FRAGMENTS, [PAGE_PATH, text]]);
    const { ctx, served } = contextOf(files);
    expectHolds(runPipeline([{ page: { path: PAGE_PATH, text }, ctx, fallback: 'yfm-markdown' }], served), CASE_MS);
  });

  const mutated = fc.record({
    sample: fc.nat(samples.length - 1),
    edits: fc.array(mutation, { minLength: 1, maxLength: 3 }),
    others: fc.array(fc.nat(vibe.length - 1), { minLength: 3, maxLength: 3 }),
  });
  fuzz('mutated corpus, seed and Vibe pages', mutated, 80, 1302, ({ sample, edits, others }) => {
    const s = samples[sample]!;
    const text = edits.reduce((t, m) => m(t), s.text).replaceAll('SELF', basename(s.path));
    const { pages, served } = pagesFor(s, text, others);
    expectHolds(runPipeline(pages, served), CASE_MS);
  });

  // The input edge folds CRLF and a BOM, but readPages is public: a page's transport form must not change what it says.
  const variant = fc.record({ sample: fc.nat(samples.length - 1), crlf: fc.boolean(), bom: fc.boolean() });
  fuzz('a page with CRLF line breaks or a BOM gives the specs it gives with LF', variant, 20, 1304, ({ sample, crlf, bom }) => {
    const s = samples[sample]!;
    const read = (text: string) => {
      const { pages, served } = pagesFor(s, text, []);
      const out = runPipeline(pages, served);
      expect(out.violations).toEqual([]);
      return (out.set?.specs ?? []).map((spec) => ({ ...spec, sources: spec.sources.map((src) => ({ ...src, sha256: '' })) }));
    };
    const variantText = (bom ? '\uFEFF' : '') + (crlf ? s.text.replace(/\n/g, '\r\n') : s.text);
    expect(read(variantText)).toEqual(read(s.text));
  });

  it('keeps the heap bounded over a batch of pages (no memo or cache grows without bound)', () => {
    const before = settledHeapMb();
    const n = runs(40);
    fc.assert(
      fc.property(yfmPage, (text) => {
        const { ctx } = contextOf(new Map([...FRAGMENTS, [PAGE_PATH, text]]));
        runPipeline([{ page: { path: PAGE_PATH, text }, ctx, fallback: 'yfm-markdown' }]);
      }),
      { numRuns: n, seed: fuzzSeed(1303) },
    );
    const grown = settledHeapMb() - before;
    if (long) console.log(`fuzz "heap over a batch": ${n} cases, heap grew ${grown.toFixed(1)} MB`);
    // The parser's region memo (bounded by entry count) and the include caches may keep what they saw.
    expect(grown).toBeLessThan(200);
  });
});

/** 10 MB pages: one line, and (YFM: regressions.test.ts, many-lines) two million short ones. */
describe('10 MB pages, per reader', () => {
  const MB10 = 10_000_000;
  const seedPage = samples.find((s) => s.kind === 'seed')!;
  const cases: Array<[string, Sample]> = [
    ['YFM: one line of plain text', { kind: 'yfm', path: 'api-reference/fuzz/huge.md', text: '# crm.fuzz.get\n\n' + 'a'.repeat(MB10) }],
    [
      'YFM: one line of table cells',
      { kind: 'yfm', path: 'api-reference/fuzz/huge.md', text: '# crm.fuzz.get\n\n#|\n|| ' + 'x |'.repeat(MB10 / 3) + '\n|#\n' },
    ],
    [
      'scraped: one line after a real seed',
      { ...samples.find((s) => s.kind === 'seed')!, text: samples.find((s) => s.kind === 'seed')!.text + 'b'.repeat(MB10) },
    ],
    ['Vibe: one line after a real page', { ...vibe[0]!, text: vibe[0]!.text + 'c '.repeat(MB10 / 2) }],
    ['scraped: 2,000,000 short lines after a real seed', { ...seedPage, text: seedPage.text + 'word\n'.repeat(MB10 / 5) }],
    ['Vibe: 2,000,000 short lines after a real page', { ...vibe[0]!, text: vibe[0]!.text + 'word\n'.repeat(MB10 / 5) }],
  ];
  for (const [name, sample] of cases) {
    it(name, () => {
      const { pages, served } = pagesFor(sample, sample.text, []);
      expectHolds(runPipeline(pages, served), HUGE_MS);
    });
  }
});

describe('include cycles and missing targets, as the generated pages use them (FRAGMENTS)', () => {
  it('names the include that closes a cycle (A → B → A, a page including itself) and a missing target, each at its line', () => {
    const text =
      '# crm.fuzz.get\n\n{% include [a](../../_includes/cycle-a.md) %}\n\n{% include [me](./fuzz-page.md) %}\n\n{% include [gone](./nowhere.md) %}\n';
    const { ctx, served } = contextOf(new Map([...FRAGMENTS, [PAGE_PATH, text]]));
    const out = runPipeline([{ page: { path: PAGE_PATH, text }, ctx, fallback: 'yfm-markdown' }], served);
    expect(out.violations).toEqual([]);
    const warnings = [...(out.set?.pages ?? []).flatMap((p) => p.warnings), ...(out.set?.specs ?? []).flatMap((s) => s.warnings)];
    // cycle-b.md line 3 includes cycle-a.md, which is being parsed: the cycle is cut there.
    expect(warnings).toContainEqual(
      expect.objectContaining({
        code: 'yfm-include-cycle',
        file: '_includes/cycle-b.md',
        line: 3,
        message: expect.stringContaining('_includes/cycle-a.md → _includes/cycle-b.md → _includes/cycle-a.md'),
      }),
    );
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'yfm-include-cycle', file: PAGE_PATH, line: 5 }));
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'yfm-include-unresolved', file: PAGE_PATH, line: 7 }));
  });
});

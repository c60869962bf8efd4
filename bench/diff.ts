/**
 * `b24gen diff` timings (`npm run bench`, or `npx tsx bench/diff.ts [--runs N]`; BENCH_RUNS works too): the two docs snapshots of
 * ../shared/corpus/history read as a diff reads them (the second through the memo of the first), the
 * comparison, and two specs folders. Medians over N runs in this one process; read the ratios.
 */
import { join } from 'node:path';
import { silentLogger } from '../generator/core/log.ts';
import { diffSpecSets } from '../generator/diff/diff.ts';
import { loadSide } from '../generator/pipeline/diff-sides.ts';
import { defaultPaths } from '../generator/pipeline/paths.mjs';
import { ReadingMemo } from '../generator/sources/index.ts';
import { median, runsOption, sampler, time } from './measure.mjs';

const runs = runsOption();
const history = join(defaultPaths().shared, 'corpus', 'history');
const OLD = join(history, 'b24restdocs-2026-02-04');
const NEW = join(history, 'b24restdocs-2026-03-31');

const { samples, record } = sampler();
let changes = 0;
let reused = 0;

for (let i = 0; i < runs; i++) {
  const memo = new ReadingMemo();
  const [before, tOld] = await time(() => loadSide({ kind: 'folder', path: OLD }, silentLogger, memo));
  record('read 2026-02-04 (cold)', tOld);
  const [after, tNew] = await time(() => loadSide({ kind: 'folder', path: NEW }, silentLogger, memo));
  record('read 2026-03-31 (memo)', tNew);
  reused = memo.hits;
  const [report, tDiff] = await time(() => diffSpecSets(before, after, { oldLabel: OLD, newLabel: NEW }));
  record('compare', tDiff);
  changes = report.changes.length;
  const specs = defaultPaths().specs;
  const [, tSpecs] = await time(async () =>
    diffSpecSets(await loadSide({ kind: 'folder', path: specs }, silentLogger), await loadSide({ kind: 'folder', path: specs }, silentLogger), {
      oldLabel: 'specs',
      newLabel: 'specs',
    }),
  );
  record('specs/ against itself', tSpecs);
}

console.log(`\nb24gen diff: 2026-02-04 → 2026-03-31 (${changes} changes)   median   min–max   (${runs} runs)`);
for (const [k, xs] of Object.entries(samples))
  console.log(`${k.padEnd(28)} ${median(xs).toFixed(2).padStart(6)}s  ${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}s`);
const cold = median(samples['read 2026-02-04 (cold)']!);
const warm = median(samples['read 2026-03-31 (memo)']!);
console.log(`the newer snapshot reuses ${reused} page readings (page and includes unchanged) and takes ${(warm / cold).toFixed(2)}× the cold read`);

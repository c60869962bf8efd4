/**
 * Pipeline timings on the real inputs: `npm run bench` (or `npx tsx bench/pipeline.ts [--runs N]`; BENCH_RUNS works too).
 * Prints the median and range of each phase over N runs measured in this one process, and the ratios
 * between phases: the machine is shared and noisy, so absolute seconds only mean something side by side.
 */
import { collectPages } from '../generator/pipeline/inputs.ts';
import { generateFiles } from '../generator/pipeline/generate.ts';
import { defaultPaths } from '../generator/pipeline/paths.mjs';
import { readPages } from '../generator/sources/index.ts';
import { linkSpecSet } from '../generator/link/index.ts';
import { specSetFromFiles, specSetToFiles } from '../generator/spec/spec-set.ts';
import { silentLogger } from '../generator/core/log.ts';
import { median, runsOption, sampler, time } from './measure.mjs';

const runs = runsOption();
const paths = defaultPaths();
// The inputs `b24gen build` reads, collected by the same code (globs, includes, context pages).
const INPUTS = [paths.seeds, paths.corpus, paths.vibecode];

const { samples, record } = sampler();

for (let i = 0; i < runs; i++) {
  const [collected, tCollect] = await time(() => collectPages(INPUTS, silentLogger));
  record('read input files', tCollect);
  const [readings, tRead] = await time(() => readPages(collected.pages));
  record('read pages (readers)', tRead);
  const [set, tLink] = await time(() => linkSpecSet(readings));
  record('link', tLink);
  const [files, tSerialize] = await time(() => specSetToFiles(set));
  record('serialize specs', tSerialize);
  const [reread, tReread] = await time(() => specSetFromFiles(files));
  record('validate specs back', tReread);
  const [pkg, tEmit] = await time(() => generateFiles(reread));
  record('emit + format package', tEmit);
  if (i === 0) {
    const mb = (m: Map<string, string>) => ([...m.values()].reduce((a, t) => a + Buffer.byteLength(t), 0) / 1e6).toFixed(1);
    console.log(`methods ${set.specs.length}; specs ${files.size} files ${mb(files)} MB; package ${pkg.size} files ${mb(pkg)} MB`);
  }
}

const total = Object.values(samples).reduce((a, xs) => a + median(xs), 0);
console.log(`\nphase                      median   min–max   share   (${runs} runs)`);
for (const [k, xs] of Object.entries(samples)) {
  const m = median(xs);
  console.log(
    `${k.padEnd(26)} ${m.toFixed(2).padStart(6)}s  ${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}s  ${((m / total) * 100).toFixed(0).padStart(4)}%`,
  );
}
console.log(`${'total (sum of medians)'.padEnd(26)} ${total.toFixed(2).padStart(6)}s`);

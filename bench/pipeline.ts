/**
 * Pipeline timings on the real inputs: `npm run bench` (or `npx tsx bench/pipeline.ts [--runs N]`).
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

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const paths = defaultPaths();
// The inputs `b24gen build` reads, collected by the same code (globs, includes, context pages).
const INPUTS = [paths.seeds, paths.corpus, paths.vibecode];

async function time<T>(fn: () => T | Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const out = await fn();
  return [out, (performance.now() - t0) / 1000];
}

const samples: Record<string, number[]> = {};
const record = (k: string, s: number) => (samples[k] ??= []).push(s);

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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const total = Object.values(samples).reduce((a, xs) => a + median(xs), 0);
console.log(`\nphase                      median   min–max   share   (${runs} runs)`);
for (const [k, xs] of Object.entries(samples)) {
  const m = median(xs);
  console.log(
    `${k.padEnd(26)} ${m.toFixed(2).padStart(6)}s  ${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}s  ${((m / total) * 100).toFixed(0).padStart(4)}%`,
  );
}
console.log(`${'total (sum of medians)'.padEnd(26)} ${total.toFixed(2).padStart(6)}s`);

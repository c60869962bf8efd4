// The bench's shared measuring helpers: statistics, timing, child runs, tables and the results file that
// `bench/run.mjs` sums up. Plain .mjs (with JSDoc types) so the .mjs parts import it directly and the .ts parts through tsx.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { YOUNG_GENERATION_FLAG } from '../generator/cli/young-generation.mjs';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** The median of some samples (the upper middle one of an even count). @param {number[]} xs @returns {number} */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** The smallest and largest sample. @param {number[]} xs @returns {[number, number]} */
export const range = (xs) => [Math.min(...xs), Math.max(...xs)];

/**
 * Samples by name, and the function that adds one.
 * @returns {{ samples: Record<string, number[]>, record: (name: string, sample: number) => void }}
 */
export function sampler() {
  /** @type {Record<string, number[]>} */
  const samples = {};
  return { samples, record: (name, sample) => void (samples[name] ??= []).push(sample) };
}

/** Runs per measure: `--runs N`, else the BENCH_RUNS environment variable, else 3. @returns {number} */
export function runsOption(argv = process.argv) {
  const at = argv.indexOf('--runs');
  const runs = Number(at > 0 ? argv[at + 1] : (process.env.BENCH_RUNS ?? 3));
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs / BENCH_RUNS must be a positive integer, got ${runs}`);
  return runs;
}

/**
 * Awaits `fn` and returns its value with the seconds it took.
 * @template T @param {() => T | Promise<T>} fn @returns {Promise<[T, number]>}
 */
export async function time(fn) {
  const t0 = performance.now();
  const out = await fn();
  return [out, (performance.now() - t0) / 1000];
}

/**
 * Runs a command to its end (under /usr/bin/time when it is there, for the peak RSS).
 * @param {string} cmd @param {string[]} args @param {string} [cwd]
 * @returns {{ seconds: number, rssMiB: number | undefined, status: number | null, out: string }}
 */
export function runCommand(cmd, args, cwd = ROOT) {
  const started = performance.now();
  const r = TIME
    ? spawnSync(TIME, ['-f', '__rss %M', cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 })
    : spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = (performance.now() - started) / 1000;
  const rss = /__rss (\d+)/.exec(r.stderr ?? '')?.[1];
  return { seconds, rssMiB: rss ? Number(rss) / 1024 : undefined, status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** The samples that are b24gen's own stages (the rest are the baseline and the peer). */
const B24GEN_SAMPLES = new Set(['full', 'full-2-threads', 'generate']);

/**
 * One cold sample of bench/sample.ts in a fresh Node process: its phases, seconds, operations and peak RSS.
 * @param {string} kind @param {string[]} [extra]
 * @returns {{ kind: string, seconds: number, phases: Record<string, number>, ops: number, maxRssMiB: number }}
 */
export function runSample(kind, extra = []) {
  // b24gen's samples run its stages in-process: with the young generation its CLI runs them with.
  const flags = B24GEN_SAMPLES.has(kind) ? [YOUNG_GENERATION_FLAG] : [];
  const r = runCommand(process.execPath, [...flags, '--import', 'tsx', join(ROOT, 'bench/sample.ts'), kind, ...extra]);
  const line = r.out.split('\n').find((l) => l.startsWith('{"kind"'));
  if (r.status !== 0 || !line) throw new Error(`sample ${kind} failed (exit ${r.status}):\n${r.out.slice(-3000)}`);
  return JSON.parse(line);
}

/** Seconds as text: `12.3 s`, or milliseconds to three digits below one second (`45.6 ms`). @param {number | undefined} s @returns {string} */
export const seconds = (s) => (s === undefined || !Number.isFinite(s) ? 'n/a' : s >= 1 ? `${s.toFixed(1)} s` : `${Number((s * 1000).toPrecision(3))} ms`);

/** A count with thousands separators (`1,726`). @param {number | undefined} n @returns {string} */
export const count = (n) => (n === undefined || Number.isNaN(n) ? 'n/a' : n.toLocaleString('en-US'));

/** A min–max range of seconds as text. @param {number[]} xs @returns {string} */
export const secondsRange = (xs) => range(xs).map(seconds).join(' – ');

/** MiB as text, in GiB from 1 GiB up. @param {number | undefined} mib @returns {string} */
export const mebibytes = (mib) => (mib === undefined ? 'n/a' : mib >= 1024 ? `${(mib / 1024).toFixed(2)} GiB` : `${mib.toFixed(0)} MiB`);

/** A ratio as text (`n/a` when a side is missing). @param {number | undefined} a @param {number | undefined} b @returns {string} */
export const ratio = (a, b) => (a === undefined || b === undefined || !Number.isFinite(a / b) ? 'n/a' : `${(a / b).toFixed(2)}×`);

/** A markdown table with padded columns, readable in a terminal and pasteable into the README. @param {string[]} header @param {string[][]} rows @returns {string} */
export function markdownTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (/** @type {string[]} */ cells) => `| ${cells.map((c, i) => (c ?? '').padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Adds a part's results to the file named by BENCH_RESULTS (one JSON line), for run.mjs's summary. @param {string} part @param {object} results */
export function recordResults(part, results) {
  if (process.env.BENCH_RESULTS) appendFileSync(process.env.BENCH_RESULTS, `${JSON.stringify({ part, ...results })}\n`);
}

/** Every part's results recorded in a results file, by part. @param {string} file @returns {Record<string, any>} */
export function readResults(file) {
  if (!existsSync(file)) return {};
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  return Object.fromEntries(lines.map((l) => JSON.parse(l)).map((r) => [r.part, r]));
}

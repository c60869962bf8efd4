// `npm run bench [-- --runs N] [--only part[,part]]`: the pipeline's phase timings, the differ's, the runtime bundle
// sizes, the package's type-check cost beside openapi-typescript's, and b24gen beside a naive baseline and a peer;
// then the ratios issue 13 targets, as a markdown table for the README. Measurements, never pass/fail.
// Runs per measure: --runs N, else BENCH_RUNS, else 3.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, markdownTable, mebibytes, readResults, ratio, ROOT, runsOption, seconds, time } from './measure.mjs';

const TSX = ['--import', 'tsx'];
const PARTS = {
  pipeline: [...TSX, 'bench/pipeline.ts'],
  diff: [...TSX, 'bench/diff.ts'],
  bundle: ['bench/bundle-size.mjs'],
  typecheck: ['bench/typecheck.mjs'],
  peer: ['bench/peer.mjs'],
  incremental: ['bench/incremental.mjs'],
};
const RSS_TARGET_MIB = 1.5 * 1024;

/** The parts named by `--only a,b` (every part without it). */
function selectedParts(argv) {
  const at = argv.indexOf('--only');
  if (at < 0) return Object.keys(PARTS);
  const names = (argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((n) => !(n in PARTS));
  if (!names.length || unknown.length) throw new Error(`--only takes some of ${Object.keys(PARTS).join(', ')} (comma-separated)`);
  return names;
}

/** The ratios issue 13 targets, from the parts' recorded results (n/a for a part not run). */
function targetsTable(r) {
  const p = r.peer ?? {};
  const t = r.typecheck ?? {};
  const sized = (x, unit) => (x ? `${seconds(x.seconds)} (${count(x.ops)} ${unit})` : 'n/a');
  const perOp = (x) => seconds(x?.perOp);
  const lookup = (x, d = x?.diagnostics) =>
    x
      ? `${seconds(x.seconds)} wall, check ${seconds(d.checkSeconds)}, ${count(d.types)} types, ${count(d.instantiations)} inst., ${mebibytes(d.memoryMiB)}`
      : 'n/a';
  const rows = [
    [
      'full cold pipeline ÷ naive remark-parse of its pages',
      sized(p.full, 'methods'),
      sized(p.naive, 'pages'),
      ratio(p.full?.seconds, p.naive?.seconds),
      '≤ 0.5',
    ],
    ['generate stage per op ÷ openapi-typescript per op', perOp(p.generate), perOp(p['openapi-ts']), ratio(p.generate?.perOp, p['openapi-ts']?.perOp), '≤ 1.0'],
    [
      'peak RSS of the full cold pipeline',
      mebibytes(p.full?.peakRssMiB),
      '—',
      p.full ? `${ratio(p.full.peakRssMiB, RSS_TARGET_MIB)} of 1.5 GiB` : 'n/a',
      '≤ 1.5 GiB',
    ],
    ['build with nothing changed (wall, Node start-up included)', seconds(r.incremental?.noop), '—', '—', '≤ 300 ms'],
    ['build after one page changed, no fact moved (wall)', seconds(r.incremental?.onePage), '—', '—', '≤ 1 s'],
    ['build after one page changed, a description reworded (wall)', seconds(r.incremental?.onePageFact), '—', '—', '≤ 1 s'],
    [
      'full cold pipeline, reading on two threads ÷ on the default',
      sized(p['full-2-threads'], 'methods'),
      sized(p.full, 'methods'),
      ratio(p['full-2-threads']?.seconds, p.full?.seconds),
      '—',
    ],
    ['tsc --noEmit per op ÷ openapi-typescript output per op', perOp(t.ours), perOp(t.theirs), ratio(t.ours?.perOp, t.theirs?.perOp), '≤ 1.0'],
    ['one type lookup in a one-file app (wall ratio)', lookup(t.lookup), lookup(t['peer-lookup']), ratio(t.lookup?.seconds, t['peer-lookup']?.seconds), '—'],
  ];
  return markdownTable(['issue 13 measure', 'b24gen', 'baseline / peer', 'ratio', 'target'], rows);
}

/** The runs and parts asked for; exits 2 naming a bad option. */
function options(argv) {
  try {
    return { runs: runsOption(argv), parts: selectedParts(argv) };
  } catch (err) {
    console.error(err.message);
    process.exit(2);
  }
}

async function main() {
  const { runs, parts } = options(process.argv);
  const work = await mkdtemp(join(tmpdir(), 'b24gen-bench-'));
  const env = { ...process.env, BENCH_RUNS: String(runs), BENCH_RESULTS: join(work, 'results.jsonl') };
  const failed = [];
  const walls = [];
  try {
    for (const part of parts) {
      console.log(`\n## ${part}\n`);
      const [r, wall] = await time(() => spawnSync(process.execPath, PARTS[part], { cwd: ROOT, env, stdio: 'inherit' }));
      if (r.status !== 0) failed.push(part);
      walls.push(`${part} ${seconds(wall)}`);
    }
    const results = readResults(env.BENCH_RESULTS);
    if (results.peer || results.typecheck || results.incremental) console.log(`\n## issue 13 targets (medians of ${runs} runs)\n\n${targetsTable(results)}`);
    console.log(`\nwall time of each part (${runs} runs): ${walls.join(', ')}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  if (failed.length) {
    console.error(`\nparts that exited non-zero: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
}

await main();

// `npm run bench` part (issue 13): b24gen beside a naive baseline and a peer, every sample a fresh Node process
// (bench/sample.ts) so each is cold and its peak RSS its own. Rounds interleave the four samples, so a noisy
// moment of the shared machine hits them all alike; medians of N runs (--runs N or BENCH_RUNS, default 3).
//   full        the whole `b24gen build` (uncached) on the real inputs into temp folders
//   full-2-threads the same with B24GEN_THREADS=2 (a reader worker), to show what a second thread buys
//   naive       remark-parse of every page that build collects, nothing read from the trees
//   generate    our generate stage: the committed specs/ → formatted package files
//   openapi-ts  the peer: openapi-typescript on GitHub's REST spec (1,223 operations)
//
//   node bench/peer.mjs [--runs N]
import { count, markdownTable, mebibytes, median, range, recordResults, runSample, runsOption, seconds, secondsRange } from './measure.mjs';

const SAMPLES = [
  { kind: 'full', label: 'full cold pipeline (b24gen build)', unit: 'methods' },
  { kind: 'full-2-threads', label: 'the same, reading on two threads', unit: 'methods' },
  { kind: 'naive', label: 'naive baseline: remark-parse its pages', unit: 'pages' },
  { kind: 'generate', label: 'generate stage (specs → formatted code)', unit: 'methods' },
  { kind: 'openapi-ts', label: 'peer: openapi-typescript, GitHub spec', unit: 'operations' },
];

/** Every sample kind run `runs` times, interleaved round by round; the samples by kind. */
function measure(runs) {
  /** @type {Record<string, ReturnType<typeof runSample>[]>} */
  const byKind = Object.fromEntries(SAMPLES.map((s) => [s.kind, []]));
  for (let i = 0; i < runs; i++) {
    for (const { kind } of SAMPLES) {
      const s = runSample(kind);
      process.stderr.write(`  round ${i + 1}/${runs} ${kind}: ${seconds(s.seconds)}\n`);
      byKind[kind]?.push(s);
    }
  }
  return byKind;
}

/** The medians of one kind's samples: seconds (and range), per operation, peak RSS (the largest), phases. */
function summarize(samples) {
  const secs = samples.map((s) => s.seconds);
  const ops = samples[0]?.ops ?? 0;
  const phases = Object.fromEntries(Object.keys(samples[0]?.phases ?? {}).map((p) => [p, median(samples.map((s) => s.phases[p] ?? NaN))]));
  return { ops, seconds: median(secs), range: range(secs), perOp: median(secs) / ops, peakRssMiB: Math.max(...samples.map((s) => s.maxRssMiB)), phases };
}

/** The table of the four samples. */
function table(summaries, runs) {
  const rows = SAMPLES.map(({ kind, label, unit }) => {
    const s = summaries[kind];
    const phases = Object.entries(s.phases)
      .map(([p, t]) => `${p} ${seconds(t)}`)
      .join(', ');
    return [label, `${count(s.ops)} ${unit}`, seconds(s.seconds), secondsRange(s.range), seconds(s.perOp), mebibytes(s.peakRssMiB), phases];
  });
  return markdownTable(['sample (fresh process each)', 'size', `median of ${runs}`, 'min – max', 'per op', 'peak RSS', 'phases (medians)'], rows);
}

const runs = runsOption();
const byKind = measure(runs);
const summaries = Object.fromEntries(Object.entries(byKind).map(([k, samples]) => [k, summarize(samples)]));
console.log(`\nb24gen beside a naive baseline and a peer (fresh process per sample, ${runs} interleaved rounds):\n`);
console.log(table(summaries, runs));
recordResults('peer', { runs, ...summaries });

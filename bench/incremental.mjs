// `npm run bench` part: what the build cache buys, timed through the CLI as users run it (wall time,
// Node start-up included). On a copy of the inputs: a cold build with an empty cache, then (interleaved,
// median of N) a run where nothing changed, a run after one page changed (a paragraph appended: the page
// moves no fact, so the specs come out the same but for the page's hash; and a field description
// reworded: a spec changes, and the package with it), and a run after an include every method page uses
// changed. Measurements only.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, range, recordResults, ROOT, runsOption, seconds } from './measure.mjs';

const SHARED = join(ROOT, '..', 'shared');
const RUNS = runsOption();
const PAGE = 'corpus/b24restdocs/api-reference/crm/deals/crm-deal-add.md';
const INCLUDE = 'corpus/b24restdocs/_includes/required.md';

const work = mkdtempSync(join(tmpdir(), 'b24gen-bench-inc-'));
const shared = join(work, 'shared');
for (const dir of ['seeds', 'corpus/b24restdocs', 'corpus/vibecode']) cpSync(join(SHARED, dir), join(shared, dir), { recursive: true });
const env = { ...process.env, B24GEN_CACHE_DIR: join(work, 'cache') };
const args = ['generator/cli/bin.mjs', 'build', '--shared', shared, '--specs', join(work, 'specs'), '--out', join(work, 'gen')];

/** One CLI run: wall seconds and what it said about the cache. */
function build() {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`build failed:\n${r.stderr}`);
  const said = /up to date|cache: \d+ of \d+ pages reused/.exec(r.stderr)?.[0] ?? '';
  const kept = /generation skipped/.test(r.stderr) ? '; generation skipped (specs as before)' : '';
  return { seconds, said: `${said}${kept}`, written: /(\d+) file\(s\) written/.exec(r.stderr)?.[1] ?? '0' };
}

/** Reword the description of the page's TITLE field ("Deal title."), differently every round. */
function reword(rel, round) {
  const file = join(shared, rel);
  const text = readFileSync(file, 'utf8');
  const next = text.replace(/Deal title(?: \(round \d+\))?\./, `Deal title (round ${round}).`);
  if (next === text) throw new Error(`${rel}: no "Deal title." to reword`);
  writeFileSync(file, next);
}

/** Append a line to a file, so every round changes it again. */
function touch(rel, round) {
  const file = join(shared, rel);
  writeFileSync(file, `${readFileSync(file, 'utf8')}\nBench edit ${round}.\n`);
}

try {
  const cold = build();
  console.log(`cold build, empty cache: ${cold.seconds.toFixed(2)} s (${cold.said})`);
  const samples = { 'nothing changed': [], 'one page changed': [], 'one page: a description reworded': [], 'a shared include changed': [] };
  const notes = {};
  for (let i = 0; i < RUNS; i++) {
    const noop = build();
    samples['nothing changed'].push(noop.seconds);
    notes['nothing changed'] = noop.said;
    touch(PAGE, i);
    const page = build();
    samples['one page changed'].push(page.seconds);
    notes['one page changed'] = `${page.said}; ${page.written} files written`;
    build(); // settle, so the next no-op run starts from a stamped state
    reword(PAGE, i);
    const fact = build();
    samples['one page: a description reworded'].push(fact.seconds);
    notes['one page: a description reworded'] = `${fact.said}; ${fact.written} files written`;
    build();
    touch(INCLUDE, i);
    const inc = build();
    samples['a shared include changed'].push(inc.seconds);
    notes['a shared include changed'] = `${inc.said}; ${inc.written} files written`;
    build();
  }
  console.log(`\nincremental build (wall, Node start-up included; median of ${RUNS})`);
  for (const [k, xs] of Object.entries(samples))
    console.log(`${k.padEnd(34)} ${seconds(median(xs)).padStart(8)}   (${range(xs).map(seconds).join(' – ')})   ${notes[k]}`);
  recordResults('incremental', {
    cold: cold.seconds,
    noop: median(samples['nothing changed']),
    onePage: median(samples['one page changed']),
    onePageFact: median(samples['one page: a description reworded']),
    include: median(samples['a shared include changed']),
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}

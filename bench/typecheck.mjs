// `npm run bench` part: what the generated package costs its users' type-checker, measured side by side in one run.
// Builds the committed generated/ package (time, peak memory), then, interleaved round by round (median of N runs,
// --runs N or BENCH_RUNS, default 3):
//  - the whole output type-checked, per operation: `tsc --noEmit` over generated/ (its own strict tsconfig) beside
//    `tsc --noEmit --strict` over openapi-typescript's output for GitHub's spec (1,223 operations);
//  - one-file apps against the built package's .d.ts: an empty project, a one-method app through the main entry
//    (`createClient` + `b24.call`), the same through a namespace entry (`createCrmClient` + `crmDealGet`), and the
//    editor's cost of one type lookup, `MethodParams<'crm.deal.list'>` beside openapi-typescript's
//    `operations['issues/list-for-repo']['parameters']` (both with skipLibCheck, as an editor resolves only what is used);
// with the `tsc --extendedDiagnostics` counts of each. Measurements only.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  count,
  markdownTable,
  mebibytes,
  median,
  range,
  ratio,
  recordResults,
  ROOT,
  runCommand,
  runSample,
  runsOption,
  seconds,
  secondsRange,
} from './measure.mjs';

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const BASE_OPTIONS = { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true };

const APPS = {
  empty: { code: 'export {};\n' },
  main: {
    code: `import { createClient } from '@b24gen/bitrix24';
const b24 = createClient({ webhookUrl: 'https://example.bitrix24.com/rest/1/secret/' });
const deal = await b24.call('crm.deal.get', { id: 1 });
console.log(deal.TITLE);
`,
  },
  namespace: {
    code: `import { createCrmClient, crmDealGet } from '@b24gen/bitrix24/crm';
const crm = createCrmClient({ webhookUrl: 'https://example.bitrix24.com/rest/1/secret/' });
const deal = await crmDealGet(crm, { id: 1 });
console.log(deal.TITLE);
`,
  },
  lookup: {
    code: `import type { MethodParams } from '@b24gen/bitrix24';
export const params: MethodParams<'crm.deal.list'> = { select: ['ID', 'TITLE'], start: 0 };
`,
    options: { skipLibCheck: true },
  },
  'peer-lookup': {
    code: `import type { operations } from './github.js';
export const params: operations['issues/list-for-repo']['parameters'] = { path: { owner: 'o', repo: 'r' }, query: { state: 'open' } };
`,
    options: { skipLibCheck: true },
    peer: true,
  },
};

/** Copies generated/ into `work`, links node_modules and builds it; the package folder. */
async function buildPackage(work) {
  const pkg = join(work, 'pkg');
  await cp(join(ROOT, 'generated'), pkg, { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  const build = runCommand(process.execPath, [TSC, '-p', 'tsconfig.build.json'], pkg);
  console.log(`package build (tsc -p tsconfig.build.json): ${seconds(build.seconds)}, peak RSS ${mebibytes(build.rssMiB)}, exit ${build.status}`);
  if (!existsSync(join(pkg, 'dist/index.d.ts'))) throw new Error(`the package build wrote no dist/index.d.ts:\n${build.out.slice(0, 2000)}`);
  return pkg;
}

/** Runs openapi-typescript once into `work/peer/github.ts` beside a strict tsconfig; the folder and its operation count. */
async function peerProject(work) {
  const dir = join(work, 'peer');
  await mkdir(dir, { recursive: true });
  const { ops } = runSample('openapi-ts', ['--out', join(dir, 'github.ts')]);
  const compilerOptions = { ...BASE_OPTIONS, lib: ['ES2022', 'DOM'], types: [], skipLibCheck: true };
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
  await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['github.ts'] }));
  return { dir, ops };
}

/** Writes a one-file app folder that sees the package (and, for the peer's lookup, openapi-typescript's output as a .d.ts). */
async function writeApp(work, name, app, pkg, peerDir) {
  const dir = join(work, name);
  await mkdir(join(dir, 'node_modules/@b24gen'), { recursive: true });
  await mkdir(join(dir, 'node_modules/@types'), { recursive: true });
  await symlink(pkg, join(dir, 'node_modules/@b24gen/bitrix24'), 'dir');
  await symlink(join(ROOT, 'node_modules/zod'), join(dir, 'node_modules/zod'), 'dir');
  await symlink(join(ROOT, 'node_modules/@types/node'), join(dir, 'node_modules/@types/node'), 'dir');
  if (app.peer) await writeFile(join(dir, 'github.d.ts'), await readFile(join(peerDir, 'github.ts')));
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
  await writeFile(join(dir, 'app.ts'), app.code);
  await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...BASE_OPTIONS, types: ['node'], ...app.options }, include: ['app.ts'] }));
  return dir;
}

/** One `tsc -p . --extendedDiagnostics` run in `dir`: seconds, peak RSS and the counts it printed. */
function check(name, dir) {
  const r = runCommand(process.execPath, [TSC, '-p', 'tsconfig.json', '--noEmit', '--extendedDiagnostics'], dir);
  if (r.status !== 0) throw new Error(`${name} does not type-check:\n${r.out.slice(0, 2000)}`);
  // tsc prints counts as integers, memory in K and times in seconds (`Memory used: 199520K`, `Check time: 0.38s`).
  const pick = (label) => parseFloat(new RegExp(`^${label}:\\s+(\\S+)`, 'm').exec(r.out)?.[1] ?? 'NaN');
  const diagnostics = {
    files: pick('Files'),
    types: pick('Types'),
    instantiations: pick('Instantiations'),
    memoryMiB: pick('Memory used') / 1024,
    checkSeconds: pick('Check time'),
  };
  return { seconds: r.seconds, rssMiB: r.rssMiB, diagnostics };
}

/** Runs every project `runs` times, interleaved so a noisy moment hits each alike; the runs by project. */
function measure(projects, runs) {
  const byName = Object.fromEntries(Object.keys(projects).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, dir] of Object.entries(projects)) byName[name].push(check(name, dir));
    process.stderr.write(`  round ${i + 1}/${runs} type-checked\n`);
  }
  return byName;
}

/** The medians of one project's runs (the check time and memory of --extendedDiagnostics too; counts do not vary) and its largest peak RSS. */
function summarize(checks, ops) {
  const secs = checks.map((c) => c.seconds);
  const rss = checks.map((c) => c.rssMiB).filter((x) => x !== undefined);
  const mid = (key) => median(checks.map((c) => c.diagnostics[key]));
  const diagnostics = { ...checks[0].diagnostics, memoryMiB: mid('memoryMiB'), checkSeconds: mid('checkSeconds') };
  return {
    ops,
    seconds: median(secs),
    range: range(secs),
    perOp: ops ? median(secs) / ops : undefined,
    peakRssMiB: rss.length ? Math.max(...rss) : undefined,
    diagnostics,
  };
}

/** The whole-output table: seconds, range, per operation, peak RSS and the diagnostics counts. */
function wholeTable(s, runs) {
  const row = (label, x) => [
    label,
    count(x.ops),
    seconds(x.seconds),
    secondsRange(x.range),
    seconds(x.perOp),
    mebibytes(x.peakRssMiB),
    count(x.diagnostics.types),
    count(x.diagnostics.instantiations),
  ];
  const rows = [row('b24gen: generated/ (tsc --noEmit)', s.ours), row('openapi-typescript: GitHub (tsc --noEmit --strict)', s.theirs)];
  rows.push(['ours / theirs', '', '', '', ratio(s.ours.perOp, s.theirs.perOp), '', '', '']);
  return markdownTable(['whole output type-checked', 'operations', `median of ${runs}`, 'min – max', 'per op', 'peak RSS', 'types', 'instantiations'], rows);
}

/** The apps table: seconds against the empty project, peak RSS and the diagnostics. */
function appsTable(s, runs) {
  const base = s.empty.seconds;
  const rows = Object.keys(APPS).map((name) => {
    const x = s[name];
    const d = x.diagnostics;
    return [
      name,
      seconds(x.seconds),
      ratio(x.seconds, base),
      mebibytes(x.peakRssMiB),
      count(d.files),
      count(d.types),
      count(d.instantiations),
      mebibytes(d.memoryMiB),
      seconds(d.checkSeconds),
    ];
  });
  return markdownTable(['one-file app', `median of ${runs}`, 'of empty', 'peak RSS', 'files', 'types', 'instantiations', 'tsc memory', 'check time'], rows);
}

async function main() {
  const runs = runsOption();
  const work = await mkdtemp(join(tmpdir(), 'b24gen-bench-tc-'));
  try {
    const pkg = await buildPackage(work);
    const peer = await peerProject(work);
    const index = JSON.parse(await readFile(join(ROOT, 'specs/index.json'), 'utf8'));
    const projects = { ours: pkg, theirs: peer.dir };
    for (const [name, app] of Object.entries(APPS)) projects[name] = await writeApp(work, name, app, pkg, peer.dir);
    const byName = measure(projects, runs);
    const ops = { ours: index.methods.length, theirs: peer.ops };
    const s = Object.fromEntries(Object.entries(byName).map(([name, checks]) => [name, summarize(checks, ops[name])]));
    console.log(`\nwhole output type-checked (interleaved, ${runs} runs):\n`);
    console.log(wholeTable(s, runs));
    console.log(`\none-file apps type-checked (tsc --extendedDiagnostics, interleaved, ${runs} runs):\n`);
    console.log(appsTable(s, runs));
    recordResults('typecheck', { runs, ...s });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();

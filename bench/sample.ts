/**
 * One cold sample of the side-by-side bench (`bench/peer.mjs` runs each in a fresh process):
 *
 *   node --import tsx bench/sample.ts <full|naive|generate|openapi-ts> [--out FILE]
 *
 * Prints one JSON line: the seconds of each phase, their total, the operations done and the peak RSS.
 * The clock starts when this script starts, so every side pays the same cold costs: loading its modules
 * (imported inside the clock), reading its input files and parsing them (markdown, spec JSON or the
 * OpenAPI JSON). Node's and tsx's own start-up (the same for every side) is outside it. Cold means a fresh
 * process (no warm JIT, memo or module cache); the OS file cache is warm after the first read, for every side alike.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** What a sample reports; `phases` sum to `seconds`. */
interface Sample {
  kind: string;
  seconds: number;
  phases: Record<string, number>;
  ops: number;
  maxRssMiB: number;
}

/** Times the phases of one sample, each from the end of the previous one. */
function clock() {
  const phases: Record<string, number> = {};
  let last = performance.now();
  return {
    phases,
    lap(name: string) {
      const now = performance.now();
      phases[name] = (now - last) / 1000;
      last = now;
    },
  };
}

/** The full cold pipeline, as `b24gen build` runs it (uncached): read, parse, link, specs, emit, format, write into temp folders. */
async function full(lap: (name: string) => void): Promise<number> {
  const { buildToFolders } = await import('../generator/pipeline/run.ts');
  const { defaultPaths } = await import('../generator/pipeline/paths.mjs');
  lap('load modules');
  const paths = defaultPaths();
  const dir = await mkdtemp(join(tmpdir(), 'b24gen-bench-full-'));
  try {
    const r = await buildToFolders({ inputs: [paths.seeds, paths.corpus, paths.vibecode], specsDir: join(dir, 'specs'), outDir: join(dir, 'generated') });
    if (!r.ok) throw new Error(`build failed: ${r.problems.length} input problems`);
    lap('build');
    return r.specs;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The naive baseline: remark-parse every whole page the pipeline collects (code examples included), nothing read from the trees. */
async function naive(lap: (name: string) => void): Promise<number> {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const { collectPages } = await import('../generator/pipeline/inputs.ts');
  const { defaultPaths } = await import('../generator/pipeline/paths.mjs');
  const { silentLogger } = await import('../generator/core/log.ts');
  lap('load modules');
  const paths = defaultPaths();
  const { pages } = await collectPages([paths.seeds, paths.corpus, paths.vibecode], silentLogger);
  lap('read files');
  const processor = unified().use(remarkParse);
  for (const p of pages) processor.parse(p.page.text);
  lap('remark-parse');
  return pages.length;
}

/** Our generate stage alone: the committed specs/ read and validated, then every target emitted and formatted (nothing written). */
async function generate(lap: (name: string) => void): Promise<number> {
  const { loadSpecSet } = await import('../generator/pipeline/inputs.ts');
  const { generateFiles } = await import('../generator/pipeline/generate.ts');
  const { defaultPaths } = await import('../generator/pipeline/paths.mjs');
  lap('load modules');
  const set = await loadSpecSet(defaultPaths().specs);
  lap('read + validate specs');
  await generateFiles(set);
  lap('emit + format');
  return set.specs.length;
}

/** The peer: openapi-typescript on the GitHub REST spec (read, JSON.parse, openapiTS, astToString); `out` gets its output. */
async function openapiTs(lap: (name: string) => void, out: string | undefined): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  lap('load modules');
  const spec = JSON.parse(await readFile(GITHUB_SPEC, 'utf8'));
  lap('read + JSON.parse');
  const ast = await openapiTS(spec, { silent: true });
  lap('openapiTS');
  const text = astToString(ast);
  lap('astToString');
  if (out) await writeFile(out, text);
  return countOperations(spec);
}

/** The peer's input: GitHub's REST API description as published by @octokit/openapi (1,223 operations). */
const GITHUB_SPEC = join(import.meta.dirname, '..', 'node_modules/@octokit/openapi/generated/api.github.com.json');
const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** The operations of an OpenAPI document: one per HTTP method of each path. */
function countOperations(spec: { paths?: Record<string, Record<string, unknown>> }): number {
  return Object.values(spec.paths ?? {}).reduce((n, item) => n + Object.keys(item).filter((k) => HTTP_METHODS.has(k)).length, 0);
}

/** The full cold pipeline reading on two threads (B24GEN_THREADS=2): what a reader worker thread buys here. */
async function fullTwoThreads(lap: (name: string) => void): Promise<number> {
  process.env['B24GEN_THREADS'] = '2';
  return full(lap);
}

const KINDS = { full, 'full-2-threads': fullTwoThreads, naive, generate, 'openapi-ts': openapiTs } as const;

/** Runs the sample named on the command line and prints its JSON line. */
async function main(): Promise<void> {
  const kind = process.argv[2] as keyof typeof KINDS;
  const outArg = process.argv.indexOf('--out');
  const out = outArg > 0 ? process.argv[outArg + 1] : undefined;
  if (!(kind in KINDS)) throw new Error(`sample kind must be one of ${Object.keys(KINDS).join(', ')}`);
  const c = clock();
  const ops = await KINDS[kind](c.lap, out);
  const seconds = Object.values(c.phases).reduce((a, s) => a + s, 0);
  const sample: Sample = { kind, seconds, phases: c.phases, ops, maxRssMiB: process.resourceUsage().maxRSS / 1024 };
  console.log(JSON.stringify(sample));
}

await main();

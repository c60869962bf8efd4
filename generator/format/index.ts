/**
 * Prettier 3 with fixed options. The options live here, not in a .prettierrc, so generated code
 * never depends on the machine or the folder it is generated in (prettier.format reads no config files).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type * as prettier from 'prettier';
import type { TextMemo } from '../core/text-memo.ts';

/** The one set of options every generated TypeScript file is formatted with. */
export const PRETTIER_OPTIONS: prettier.Options = Object.freeze({
  // babel-ts formats TypeScript like the typescript parser and parses about 1.6× faster at corpus scale.
  parser: 'babel-ts',
  printWidth: 100,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: true,
  quoteProps: 'as-needed',
  trailingComma: 'all',
  bracketSpacing: true,
  arrowParens: 'always',
  endOfLine: 'lf',
  embeddedLanguageFormatting: 'off',
});

/** Format one TypeScript source text with the fixed options (throws on a syntax error: generated code must parse). */
export async function formatTypeScript(text: string): Promise<string> {
  return (await loadPrettier()).format(text, PRETTIER_OPTIONS);
}

let prettierModule: Promise<typeof prettier> | undefined;

/** Prettier, loaded on first use: a run whose files all come from the cache never pays its ~0.5 s load. */
function loadPrettier(): Promise<typeof prettier> {
  return (prettierModule ??= import('prettier'));
}

/** Below this much TypeScript, starting workers (≈0.2 s each: they load prettier) costs more than it saves. */
const PARALLEL_THRESHOLD_BYTES = 1_000_000;

/**
 * Format many files; `.ts` files go through prettier, others pass through unchanged. A file given as
 * chunks (whole top-level statements that format apart as they do together) is formatted chunk by chunk
 * and joined by '\n' (each formatted chunk ends with a newline: that is the blank line between them).
 * `cache` (unformatted text → formatted text) is owned by the caller, so an incremental run can skip
 * chunks and files whose unformatted text did not change; formatting stays a pure function of the text.
 * Large batches are split over worker threads (the output does not depend on how they are split).
 */
export async function formatFiles(
  files: ReadonlyMap<string, string | readonly string[]>,
  cache?: TextMemo,
  opts: { threads?: number } = {},
): Promise<Map<string, string>> {
  // Every piece to format, by id: `path#i` for the i-th chunk of a file (a whole file is its one chunk).
  const parts = new Map<string, string[]>();
  const done = new Map<string, string>();
  const todo: Array<[string, string]> = [];
  for (const [path, text] of files) {
    const chunks = typeof text === 'string' ? [text] : text;
    const ids = chunks.map((_, i) => `${path}#${i}`);
    parts.set(path, ids);
    chunks.forEach((chunk, i) => {
      const hit = path.endsWith('.ts') ? cache?.get(chunk) : chunk;
      if (hit !== undefined) done.set(ids[i]!, hit);
      else todo.push([ids[i]!, chunk]);
    });
  }
  const bytes = todo.reduce((a, [, t]) => a + t.length, 0);
  const threads = Math.max(1, Math.min(opts.threads ?? defaultThreads(), 8, todo.length));
  const results = threads > 1 && bytes >= PARALLEL_THRESHOLD_BYTES ? await formatParallel(todo, threads) : await formatSerial(todo);
  for (const [id, formatted] of results) done.set(id, formatted);
  if (cache) for (const [id, text] of todo) cache.set(text, done.get(id)!);
  // Keep the caller's order.
  return new Map(
    [...files.keys()].map((p) => [
      p,
      parts
        .get(p)!
        .map((id) => done.get(id)!)
        .join('\n'),
    ]),
  );
}

/**
 * Worker threads by default only on 4+ CPUs: on the 2-vCPU dev machine a second prettier thread (with
 * its own cold JIT) measured slower than one thread whenever the machine was not idle.
 */
function defaultThreads(): number {
  const cpus = availableParallelism();
  return cpus >= 4 ? Math.min(cpus - 1, 4) : 1;
}

async function formatSerial(jobs: Array<[string, string]>): Promise<Array<[string, string]>> {
  const out: Array<[string, string]> = [];
  for (const [path, text] of jobs) out.push([path, await formatTypeScript(text)]);
  return out;
}

/** Split jobs over `threads` buckets by size (largest first); the main thread formats one bucket itself. */
async function formatParallel(jobs: Array<[string, string]>, threads: number): Promise<Array<[string, string]>> {
  const buckets: Array<{ size: number; jobs: Array<[string, string]> }> = Array.from({ length: threads }, () => ({ size: 0, jobs: [] }));
  for (const job of [...jobs].sort((a, b) => b[1].length - a[1].length)) {
    const target = buckets.reduce((min, b) => (b.size < min.size ? b : min));
    target.jobs.push(job);
    target.size += job[1].length;
  }
  const [own, ...others] = buckets;
  const workers = others.filter((b) => b.jobs.length > 0).map((b) => runWorker(b.jobs));
  const mine = formatSerial(own!.jobs);
  return (await Promise.all([mine, ...workers])).flat();
}

function runWorker(jobs: Array<[string, string]>): Promise<Array<[string, string]>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), {
      workerData: { options: { ...PRETTIER_OPTIONS }, jobs },
      // Prettier allocates many short-lived objects: a larger young generation cuts GC time by about a third.
      resourceLimits: { maxYoungGenerationSizeMb: 96 },
    });
    worker.once('message', (msg: { out?: Array<[string, string]>; error?: string }) => {
      void worker.terminate();
      if (msg.error !== undefined || !msg.out) reject(new Error(`prettier worker failed: ${msg.error ?? 'no output'}`));
      else resolve(msg.out);
    });
    worker.once('error', reject);
  });
}

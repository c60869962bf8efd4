/**
 * Reading pages on two threads: the main thread reads part of the pages while a worker thread reads the
 * rest. Readings are pure functions of a page and the files it includes, so the split changes nothing in
 * the output (the determinism tests read with and without workers). Only YFM pages whose context can be
 * rebuilt in the worker (`ReadContext.shareable`) go there; Vibe pages, which pool conventions across
 * pages, and pages the memo already holds stay on the main thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { detectReader, readPage, readPages, recordingContext, type PageInput, type PageReading, type ReadingMemo } from '../sources/index.ts';
import { contextOf } from './inputs.ts';

/** What a worker is sent: each distinct context once, and the pages that use it. */
interface WorkerJob {
  contexts: Array<NonNullable<PageInput['ctx']['shareable']>>;
  pages: Array<{ path: string; text: string; ctx: number }>;
}

/** What it answers, page by page: the reading and the hashes of the files it read. */
interface WorkerAnswer {
  readings?: Array<{ reading: PageReading; deps: Array<[string, string | null]> }>;
  error?: string;
}

/** Below this many pages to read, starting a worker (≈1 s: it loads the TypeScript loader and the readers) costs more than it saves. */
const MIN_PAGES = 300;
// The worker starts late (it loads the readers first), so it is given a little less than half.
const WORKER_SHARE = 0.45;

/**
 * The number of threads to read with: B24GEN_THREADS, else 2 on 4+ CPUs, else 1. On the 2-vCPU dev
 * machine the worker did not pay (`npm run bench`, quiet machine: 68.4 s with it, 51.8 s without), as
 * with prettier's workers (format/index.ts): the two vCPUs do not run two JS heaps at full speed.
 */
export function readThreads(): number {
  const env = Number(process.env['B24GEN_THREADS']);
  return Number.isInteger(env) && env >= 1 ? env : availableParallelism() >= 4 ? 2 : 1;
}

/** `readPages`, with part of the pages read by a worker thread when that pays; same result, same order. */
export async function readPagesParallel(
  pages: readonly PageInput[],
  onProgress?: (done: number, total: number) => void,
  memo?: ReadingMemo,
  opts: { threads?: number; onSplit?: (workerPages: number) => void } = {},
): Promise<PageReading[]> {
  const offload = (opts.threads ?? readThreads()) > 1 ? workerShare(pages, memo) : new Set<number>();
  if (offload.size < MIN_PAGES / 2) {
    opts.onSplit?.(0);
    return readPages(pages, onProgress, memo);
  }
  opts.onSplit?.(offload.size);
  const job = workerJob(pages, offload);
  const answer = runWorker(job);
  const mainIdx = pages.map((_, i) => i).filter((i) => !offload.has(i));
  const mine = readPages(
    mainIdx.map((i) => pages[i]!),
    (done) => onProgress?.(done, mainIdx.length + offload.size),
    memo,
  );
  const theirs = await answer;
  onProgress?.(pages.length, pages.length);
  const out: PageReading[] = new Array<PageReading>(pages.length);
  mainIdx.forEach((i, k) => (out[i] = mine[k]!));
  [...offload].forEach((i, k) => {
    const { reading, deps } = theirs[k]!;
    const p = pages[i]!;
    memo?.put(p.page.path, p.page.text, deps, reading);
    out[i] = reading;
  });
  return out;
}

/** The pages a worker can read and the memo does not hold, up to about half of the bytes to read. */
function workerShare(pages: readonly PageInput[], memo: ReadingMemo | undefined): Set<number> {
  const todo = pages.map((p, i) => ({ p, i })).filter(({ p }) => !memo?.has(p.page.path, p.page.text, p.ctx));
  if (todo.length < MIN_PAGES) return new Set();
  const bytes = todo.reduce((a, { p }) => a + p.page.text.length, 0);
  const share = new Set<number>();
  let given = 0;
  // Every other eligible page, so both threads get a like mix of long and short pages.
  todo.forEach(({ p, i }, k) => {
    const eligible = p.ctx.shareable !== undefined && (detectReader(p.page.text) ?? p.fallback) === 'yfm-markdown';
    if (eligible && k % 2 === 0 && given < bytes * WORKER_SHARE) {
      share.add(i);
      given += p.page.text.length;
    }
  });
  return share;
}

function workerJob(pages: readonly PageInput[], offload: ReadonlySet<number>): WorkerJob {
  const contexts: WorkerJob['contexts'] = [];
  const index = new Map<object, number>();
  const out: WorkerJob['pages'] = [];
  for (const i of offload) {
    const { page, ctx } = pages[i]!;
    const shareable = ctx.shareable!;
    let k = index.get(shareable);
    if (k === undefined) index.set(shareable, (k = contexts.push(shareable) - 1));
    out.push({ path: page.path, text: page.text, ctx: k });
  }
  return { contexts, pages: out };
}

function runWorker(job: WorkerJob): Promise<NonNullable<WorkerAnswer['readings']>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./read-worker.mjs', import.meta.url), { workerData: job });
    worker.once('message', (msg: WorkerAnswer) => {
      void worker.terminate();
      if (msg.error !== undefined || !msg.readings) reject(new Error(`reader worker failed: ${msg.error ?? 'no output'}`));
      else resolve(msg.readings);
    });
    worker.once('error', reject);
  });
}

/** The worker's side: read each page of the job with a context rebuilt from its description. */
export function readInWorker(job: WorkerJob): NonNullable<WorkerAnswer['readings']> {
  const contexts = job.contexts.map(contextOf);
  return job.pages.map(({ path, text, ctx }) => {
    const { ctx: recorded, deps } = recordingContext(contexts[ctx]!);
    return { reading: readPage({ page: { path, text }, ctx: recorded, fallback: 'yfm-markdown' }), deps };
  });
}

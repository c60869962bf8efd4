// @ts-check
/**
 * The heavy commands (reading pages, linking, emitting) allocate many short-lived objects. A 32 MiB
 * semi-space instead of V8's 16 MiB halves the young-generation collections: reading the corpus, GC pauses
 * went from 4.7 s to 3.5 s (64 MiB: 2.9 s, but peak RSS 1.48 GiB against 1.45 GiB at 32 MiB, with a budget
 * of 1.5 GiB). V8 reads the size only at start-up, so such a command runs in a child Node started with it.
 * The child is tied to this process: signals are passed on, and if this process dies (even by SIGKILL) the
 * child stops within 0.1 s, so a killed run is a killed run, never an orphan still writing.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { Worker } from 'node:worker_threads';

/** The V8 flag heavy commands run with (the bench gives b24gen's in-process samples the same). */
export const YOUNG_GENERATION_FLAG = '--max-semi-space-size=32';
const CHILD_ENV = 'B24GEN_YOUNG_GENERATION_CHILD';
/** Commands that read or emit the whole corpus; the rest start faster without a second process. */
const HEAVY = new Set(['build', 'parse', 'generate', 'diff', 'openapi']);

/** Whether this process is the child `runInChild` started. @returns {boolean} */
export const isChild = () => Boolean(process.env[CHILD_ENV]);

/**
 * Whether this command should run in a child Node with the larger young generation (not when it is that
 * child already, not when the user set the size, not when B24GEN_YOUNG_GENERATION=0).
 * @param {string[]} argv
 * @returns {boolean}
 */
export function wantsChild(argv) {
  if (isChild() || process.env['B24GEN_YOUNG_GENERATION'] === '0') return false;
  const v8Flags = [...process.execArgv, ...(process.env['NODE_OPTIONS'] ?? '').split(/\s+/)];
  if (v8Flags.some((f) => f.startsWith('--max-semi-space-size'))) return false;
  const command = argv.find((a) => !a.startsWith('-'));
  return command !== undefined && HEAVY.has(command) && !argv.includes('--help') && !argv.includes('-h');
}

/**
 * Run this script again in a child Node with the larger young generation; resolves to its exit code
 * (128 + signal number when a signal ended it).
 * @param {string} script
 * @param {string[]} argv
 * @returns {Promise<number>}
 */
export function runInChild(script, argv) {
  const child = spawn(process.execPath, [YOUNG_GENERATION_FLAG, ...process.execArgv, script, ...argv], {
    stdio: 'inherit',
    env: { ...process.env, [CHILD_ENV]: String(process.pid) },
  });
  /** @type {NodeJS.Signals[]} */
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const forward = (/** @type {NodeJS.Signals} */ s) => child.kill(s);
  for (const s of signals) process.on(s, forward);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      for (const s of signals) process.off(s, forward);
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 15));
    });
  });
}

/**
 * In the child: stop at once when the parent is gone. The child's own thread may be busy for seconds in
 * synchronous work (reading every page), so a watchdog thread looks for the parent every 100 ms.
 */
export function dieWithParent() {
  if (!isChild()) return;
  const watchdog = new Worker(
    `const { parentPid } = require('node:worker_threads').workerData;
     setInterval(() => { if (process.ppid !== parentPid) process.kill(process.pid, 'SIGKILL'); }, 100);`,
    // The parent's pid as it gave it: if it died before this line, process.ppid is already another process.
    { eval: true, workerData: { parentPid: Number(process.env[CHILD_ENV]) } },
  );
  // The watchdog never keeps the child alive once its work is done.
  watchdog.unref();
}

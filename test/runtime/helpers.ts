// Shared test helpers: instant retries and a thorough "no secret anywhere" assertion.

import util from 'node:util';
import { expect } from 'vitest';
import type { Logger, RetryOptions } from '../../generator/runtime/index.ts';

/** Retries that never wait: sleep is a no-op, jitter picks 0. Records requested delays. */
export function fastRetry(extra: RetryOptions = {}): RetryOptions & { delays: number[] } {
  const delays: number[] = [];
  return { sleep: async (ms) => void delays.push(ms), random: () => 0, ...extra, delays };
}

/** A logger that keeps every line (message + JSON data). */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (level: string) => (msg: string, data?: Record<string, unknown>) => void lines.push(`${level} ${msg}${data ? ` ${JSON.stringify(data)}` : ''}`);
  return { lines, debug: push('debug'), warn: push('warn') };
}

/** Asserts none of `secrets` appears in any rendering of `err` (nor in `lines`). */
export function expectNoSecrets(err: unknown, secrets: string[], lines: string[] = []): void {
  const e = err as Error;
  const renderings = [
    String(e),
    e.message,
    e.stack ?? '',
    JSON.stringify(e),
    util.inspect(e, { depth: 10 }),
    util.inspect(e, { depth: 10, showHidden: true }),
    ...lines,
  ];
  for (const s of secrets) {
    for (const r of renderings) expect(r).not.toContain(s);
  }
}

/** Collects an async iterator. */
export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** Awaits a promise expected to reject and returns the rejection. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read any field of the error
export async function rejection(p: Promise<unknown>): Promise<any> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the promise to reject');
}

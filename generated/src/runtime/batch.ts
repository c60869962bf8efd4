// `batch`: up to 50 commands per request, each encoded as 'method?query' with PHP-style nested keys.
//
// `$result[key]` references are resolved by Bitrix inside one request only, so commands linked by
// references are kept together: linked groups are packed whole into chunks of 50 (a group larger than
// 50, a reference to an unknown key, or a reference to a later command is rejected up front with
// INVALID_BATCH). With more than 50 commands, independent groups may therefore run in a different order
// than written; commands inside one chunk keep their relative order.
//
// Outcomes are per key: `{ ok: true, result, total?, next?, time? }` or `{ ok: false, error }`. When a
// whole request fails (network, wrong webhook secret, abort… after retries), nothing in it ran and
// `batch` throws that error, as `call` would; later chunks are not sent, and the outcomes of earlier
// chunks, which did run, ride on the error as `partial`. With `halt`, Bitrix stops at the first failing
// command: the commands it skipped, and later chunks, report BATCH_HALTED naming that command. A command
// the response has neither a result nor an error for, without halt, reports BATCH_NO_RESULT.

import type { B24Error } from './errors.js';
import { ownValue, setOwn } from './own.js';
import { encodePhpQuery } from './query.js';
import type { Envelope, RestCore } from './rest-core.js';
import type { B24Time, BatchOptions } from './types.js';

/** Bitrix's maximum number of commands per batch request. */
export const BATCH_LIMIT = 50;

/** Untyped form of one command. */
export type RawCommand = readonly [method: string, params?: unknown];

/** Untyped per-key outcome. */
export type RawBatchItem = { ok: true; result: unknown; total?: number; next?: number; time?: B24Time } | { ok: false; error: B24Error };

/** What `runBatch` needs from the client. */
export interface BatchDeps {
  core: Pick<RestCore, 'send' | 'error' | 'isRead' | 'wireParams'>;
  /** Returns a VALIDATION_FAILED error when the command's result does not match its schema. */
  validate: (method: string, result: unknown) => B24Error | undefined;
}

const REF = /\$(?:result|result_error|result_total|result_next|result_time)\[([^\]]+)\]/g;

/** Validates, chunks, sends and splits a batch; throws INVALID_BATCH (bad input) or the error of a request that failed as a whole. */
export async function runBatch(commands: Readonly<Record<string, RawCommand>>, options: BatchOptions, deps: BatchDeps): Promise<Record<string, RawBatchItem>> {
  const keys = Object.keys(commands);
  const index = new Map(keys.map((k, i) => [k, i]));
  const invalid = (message: string): B24Error => deps.core.error({ code: 'INVALID_BATCH', method: 'batch', message: `batch: ${message}` });

  // Union-find over references so that linked commands share a chunk.
  const parent = keys.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const [i, key] of keys.entries()) {
    const cmd = commands[key];
    if (!Array.isArray(cmd) || typeof cmd[0] !== 'string') throw invalid(`command "${key}" must be [method, params?]`);
    if (cmd[1] !== undefined && (cmd[1] === null || typeof cmd[1] !== 'object' || Array.isArray(cmd[1]))) {
      throw invalid(`params of "${key}" must be an object`);
    }
    for (const ref of refsIn(cmd[1])) {
      const j = index.get(ref);
      if (j === undefined) throw invalid(`command "${key}" references $result[${ref}] but there is no command "${ref}"`);
      if (j >= i) throw invalid(`command "${key}" references "${ref}", which must come before it (Bitrix runs commands in order)`);
      parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, number[]>();
  keys.forEach((_, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  });

  // Pack whole groups into chunks in order of first appearance.
  const chunks: number[][] = [];
  let current: number[] = [];
  const placed = new Set<number>();
  for (let i = 0; i < keys.length; i++) {
    const root = find(i);
    if (placed.has(root)) continue;
    placed.add(root);
    const group = groups.get(root)!;
    if (group.length > BATCH_LIMIT) {
      throw invalid(`${group.length} commands are linked by $result references; at most ${BATCH_LIMIT} can share one request`);
    }
    if (current.length + group.length > BATCH_LIMIT) {
      chunks.push(current);
      current = [];
    }
    current.push(...group);
  }
  if (current.length > 0) chunks.push(current);

  const out: Record<string, RawBatchItem> = {};
  let halted: { key: string; method: string } | undefined;
  for (const [n, chunk] of chunks.entries()) {
    chunk.sort((a, b) => a - b);
    const chunkKeys = chunk.map((i) => keys[i]!);
    if (halted) {
      const by = halted;
      for (const k of chunkKeys) {
        const method = commands[k]![0];
        setOwn(out, k, {
          ok: false,
          error: deps.core.error({
            code: 'BATCH_HALTED',
            method,
            message: `${method}: not sent: command "${by.key}" (${by.method}) failed in an earlier request and halt is set`,
          }),
        });
      }
      continue;
    }
    const cmd: Record<string, string> = {};
    for (const k of chunkKeys) {
      const [method, params] = commands[k]!;
      setOwn(cmd, k, params === undefined ? method : `${method}?${encodePhpQuery(deps.core.wireParams(method, params as Record<string, unknown>))}`);
    }
    const idempotent = chunkKeys.every((k) => deps.core.isRead(commands[k]![0]));
    let env: Envelope;
    try {
      env = await deps.core.send('batch', { halt: options.halt ? 1 : 0, cmd }, { ...options, idempotent });
    } catch (err) {
      // Nothing in this request ran: throw as `call` does. Earlier requests did run; say so and keep their outcomes.
      if (n === 0) throw err;
      const e = err as B24Error;
      throw deps.core.error({
        code: e.code,
        method: 'batch',
        status: e.status,
        description: e.description,
        validation: e.validation,
        retryAfterMs: e.retryAfterMs,
        message: `batch: request ${n + 1} of ${chunks.length} failed (${e.message}); the commands of the ${n} before it ran, their outcomes are on .partial`,
        cause: err,
        partial: { ...out },
      });
    }
    halted = splitChunk(env, chunkKeys, commands, deps, out, options.halt === true);
  }
  return out;
}

/** Fills `out` for one chunk; returns the command that failed first when halt is set (what stops the batch). */
function splitChunk(
  env: Envelope,
  keys: string[],
  commands: Readonly<Record<string, RawCommand>>,
  deps: BatchDeps,
  out: Record<string, RawBatchItem>,
  halt: boolean,
): { key: string; method: string } | undefined {
  const body = (env.result ?? {}) as Record<string, unknown>;
  // PHP encodes an empty map as [] — normalise every section to an object.
  const results = asMap(body.result);
  const errors = asMap(body.result_error);
  const totals = asMap(body.result_total);
  const nexts = asMap(body.result_next);
  const times = asMap(body.result_time);
  let failed: { key: string; method: string } | undefined;
  for (const k of keys) {
    const method = commands[k]![0];
    // Command keys are the caller's (`constructor`, `__proto__` included): only own keys of the answer count.
    const e = ownValue(errors, k);
    if (e !== undefined) {
      failed ??= { key: k, method };
      const ee = (e ?? {}) as Record<string, unknown>;
      setOwn(out, k, {
        ok: false,
        error: deps.core.error({
          code: typeof ee.error === 'string' ? ee.error : 'UNKNOWN_ERROR',
          method,
          description: typeof ee.error_description === 'string' ? ee.error_description : undefined,
        }),
      });
    } else if (Object.hasOwn(results, k)) {
      const result = results[k];
      const invalid = deps.validate(method, result);
      if (invalid) {
        setOwn(out, k, { ok: false, error: invalid });
        continue;
      }
      const item: RawBatchItem = { ok: true, result };
      const total = ownValue(totals, k);
      const next = ownValue(nexts, k);
      const time = ownValue(times, k);
      if (typeof total === 'number') item.total = total;
      if (typeof next === 'number') item.next = next;
      if (time && typeof time === 'object') item.time = time as B24Time;
      setOwn(out, k, item);
    } else if (halt && failed) {
      setOwn(out, k, {
        ok: false,
        error: deps.core.error({
          code: 'BATCH_HALTED',
          method,
          message: `${method}: not run: command "${failed.key}" (${failed.method}) failed before it and halt is set`,
        }),
      });
    } else {
      // Not halt's doing (halt is off, or nothing failed before it): say only what is known.
      setOwn(out, k, {
        ok: false,
        error: deps.core.error({
          code: 'BATCH_NO_RESULT',
          method,
          message: `${method}: the batch response has neither a result nor an error for command "${k}"${halt ? '' : ' (halt was not set)'}`,
        }),
      });
    }
  }
  return halt ? failed : undefined;
}

function asMap(v: unknown): Record<string, unknown> {
  if (Array.isArray(v)) return Object.fromEntries(v.map((x, i) => [String(i), x]));
  return v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {};
}

/** Keys referenced by `$result[...]`-style strings anywhere in the params. */
function refsIn(value: unknown, depth = 0): string[] {
  if (typeof value === 'string') return [...value.matchAll(REF)].map((m) => m[1]!);
  if (value === null || typeof value !== 'object' || depth > 20) return [];
  return Object.values(value).flatMap((v) => refsIn(v, depth + 1));
}

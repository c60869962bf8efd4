// `batch`: up to 50 commands per request, each encoded as 'method?query' with PHP-style nested keys.
//
// `$result[key]` references are resolved by Bitrix inside one request only, so commands linked by
// references are kept together: linked groups are packed whole into chunks of 50 (a group larger than
// 50, a reference to an unknown key, or a reference to a later command is rejected up front with
// INVALID_BATCH). With more than 50 commands, independent groups may therefore run in a different order
// than written; commands inside one chunk keep their relative order.
//
// Outcomes are per key: `{ ok: true, result, total?, next?, time? }` or `{ ok: false, error }`. When a
// whole chunk request fails (network, auth, abort… after retries), its keys and those of every later
// chunk carry that error: the cause is the same for all, and later chunks are not sent. With `halt`,
// Bitrix stops at the first failing command; the commands it skipped, and later chunks, report
// BATCH_HALTED.

import type { B24Error } from './errors.js';
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

/** Validates, chunks, sends and splits a batch; throws only INVALID_BATCH (bad input). */
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
  let stop: B24Error | undefined;
  for (const chunk of chunks) {
    chunk.sort((a, b) => a - b);
    const chunkKeys = chunk.map((i) => keys[i]!);
    if (stop) {
      for (const k of chunkKeys) out[k] = { ok: false, error: stop };
      continue;
    }
    const cmd: Record<string, string> = {};
    for (const k of chunkKeys) {
      const [method, params] = commands[k]!;
      cmd[k] = params === undefined ? method : `${method}?${encodePhpQuery(deps.core.wireParams(method, params as Record<string, unknown>))}`;
    }
    const idempotent = chunkKeys.every((k) => deps.core.isRead(commands[k]![0]));
    let env: Envelope;
    try {
      env = await deps.core.send('batch', { halt: options.halt ? 1 : 0, cmd }, { ...options, idempotent });
    } catch (err) {
      stop = err as B24Error;
      for (const k of chunkKeys) out[k] = { ok: false, error: stop };
      continue;
    }
    const halted = splitChunk(env, chunkKeys, commands, deps, out);
    if (halted && options.halt) {
      stop = deps.core.error({ code: 'BATCH_HALTED', method: 'batch', message: 'batch: not run because an earlier command failed and halt is set' });
    }
  }
  return out;
}

/** Fills `out` for one chunk; returns true when any command in it failed. */
function splitChunk(
  env: Envelope,
  keys: string[],
  commands: Readonly<Record<string, RawCommand>>,
  deps: BatchDeps,
  out: Record<string, RawBatchItem>,
): boolean {
  const body = (env.result ?? {}) as Record<string, unknown>;
  // PHP encodes an empty map as [] — normalise every section to an object.
  const results = asMap(body.result);
  const errors = asMap(body.result_error);
  const totals = asMap(body.result_total);
  const nexts = asMap(body.result_next);
  const times = asMap(body.result_time);
  let failed = false;
  for (const k of keys) {
    const method = commands[k]![0];
    const e = errors[k];
    if (e !== undefined) {
      failed = true;
      const ee = (e ?? {}) as Record<string, unknown>;
      out[k] = {
        ok: false,
        error: deps.core.error({
          code: typeof ee.error === 'string' ? ee.error : 'UNKNOWN_ERROR',
          method,
          description: typeof ee.error_description === 'string' ? ee.error_description : undefined,
        }),
      };
    } else if (Object.prototype.hasOwnProperty.call(results, k)) {
      const result = results[k];
      const invalid = deps.validate(method, result);
      if (invalid) {
        out[k] = { ok: false, error: invalid };
        continue;
      }
      const item: RawBatchItem = { ok: true, result };
      if (typeof totals[k] === 'number') item.total = totals[k] as number;
      if (typeof nexts[k] === 'number') item.next = nexts[k] as number;
      if (times[k] && typeof times[k] === 'object') item.time = times[k] as B24Time;
      out[k] = item;
    } else {
      failed = true;
      out[k] = {
        ok: false,
        error: deps.core.error({ code: 'BATCH_HALTED', method, message: `${method}: not run (an earlier command in the batch failed and halt is set)` }),
      };
    }
  }
  return failed;
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

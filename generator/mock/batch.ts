/**
 * REST 1 `batch` (settings/how-to-call-rest-api/batch.md): `cmd` maps keys to `method?query` commands run
 * in order, a command's query may refer to an earlier result as `$result[key][field]…`, `halt: 1` stops at
 * the first failing command, and the answer gathers `result`, `result_error`, `result_total`,
 * `result_next` and `result_time` by key — each `[]` when empty, as PHP encodes an empty map.
 */
import type { Answer } from './errors.ts';
import { parsePhpQuery } from './php-query.ts';
import { isRecord } from './synth.ts';

/** batch.md:24, 44, 508: at most 50 commands; more is ERROR_BATCH_LENGTH_EXCEEDED (400). */
export const MAX_BATCH_COMMANDS = 50;

/** Runs one command: the REST 1 envelope it would answer (`{ result, total?, next?, time }` or `{ error, error_description }`). */
export type RunCommand = (method: string, params: Record<string, unknown>) => Answer;

/** Answer a batch call's params by running each command through `run`. */
export function runBatch(params: Record<string, unknown>, run: RunCommand): Answer {
  const cmdRaw = params['cmd'] ?? params['CMD'];
  const cmd = isRecord(cmdRaw) ? cmdRaw : Array.isArray(cmdRaw) ? Object.fromEntries(cmdRaw.map((c, i) => [String(i), c])) : undefined;
  if (!cmd) return { status: 400, body: { error: 'ERROR_ARGUMENT', error_description: "Argument 'cmd' is null or empty" } };
  if (Object.keys(cmd).length > MAX_BATCH_COMMANDS)
    return { status: 400, body: { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' } };
  const halt = ['1', 'true', 'Y'].includes(String(params['halt'] ?? params['HALT'] ?? '0'));
  // Any string is a command key, `__proto__` included: the maps have no prototype to collide with.
  const [result, errors, totals, nexts, times] = Array.from({ length: 5 }, () => Object.create(null) as Record<string, unknown>) as [
    Record<string, unknown>,
    Record<string, unknown>,
    Record<string, unknown>,
    Record<string, unknown>,
    Record<string, unknown>,
  ];
  for (const [key, line] of Object.entries(cmd)) {
    const text = String(line);
    const q = text.indexOf('?');
    const method = q === -1 ? text : text.slice(0, q);
    const cmdParams = resolveRefs(q === -1 ? {} : parsePhpQuery(text.slice(q + 1)), result) as Record<string, unknown>;
    const body = run(method, cmdParams).body as Record<string, unknown>;
    if ('error' in body) {
      errors[key] = { error: body['error'], error_description: body['error_description'] };
      if (halt) break;
      continue;
    }
    result[key] = body['result'];
    if (body['total'] !== undefined) totals[key] = body['total'];
    if (body['next'] !== undefined) nexts[key] = body['next'];
    times[key] = body['time'];
  }
  const phpMap = (o: Record<string, unknown>): unknown => (Object.keys(o).length === 0 ? [] : o);
  return {
    status: 200,
    body: {
      result: { result: phpMap(result), result_error: phpMap(errors), result_total: phpMap(totals), result_next: phpMap(nexts), result_time: phpMap(times) },
    },
  };
}

/** Replace `$result[key][a][b]` values by what that earlier command returned ("" when it has no such value). */
function resolveRefs(v: unknown, results: Record<string, unknown>): unknown {
  if (typeof v === 'string') {
    const m = /^\$result\[([^\]]+)\]((?:\[[^\]]*\])*)$/.exec(v);
    if (!m) return v;
    let cur: unknown = results[m[1]!];
    for (const seg of [...m[2]!.matchAll(/\[([^\]]*)\]/g)].map((x) => x[1]!))
      cur = isRecord(cur) || Array.isArray(cur) ? (cur as Record<string, unknown>)[seg] : undefined;
    return cur === undefined || cur === null ? '' : typeof cur === 'object' ? cur : String(cur);
  }
  if (Array.isArray(v)) return v.map((x) => resolveRefs(x, results));
  if (isRecord(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolveRefs(x, results)]));
  return v;
}

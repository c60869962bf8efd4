/** Documented errors: error tables (HTTP status + code), "returns 400 CODE" prose, and error-response examples. */
import type { ErrorEntry } from '../../spec/schema.ts';
import { errorId } from '../../spec/ids.ts';
import { compareStrings } from '../../spec/serialize.ts';
import { isCutRow, prov, warn, type PageContext } from './context.ts';
import type { Line } from './page-lines.ts';
import { cellOf, hasRoles, type VibeTable } from './tables.ts';

const CODE = /^[A-Z][A-Z0-9_]{2,}$/;
// "returns 400 INVALID_MULTIFIELD_SHAPE", "(429 RATE_LIMITED)": a status right before an UPPER_SNAKE code.
const PROSE_ERROR = /\b([1-5]\d\d)\s+([A-Z][A-Z0-9]*_[A-Z0-9_]+)\b/g;

/** Whether a table lists error codes with HTTP statuses. */
export function isErrorTable(table: VibeTable): boolean {
  return hasRoles(table, 'code', 'status') || (hasRoles(table, 'status') && table.rows.some((r) => CODE.test(cellOf(table, r, 'code'))));
}

/** Error entries from an error table; a row cut by the page's end keeps what was read and is reported. */
export function errorsFromTable(ctx: PageContext, table: VibeTable): ErrorEntry[] {
  const out: ErrorEntry[] = [];
  for (const row of table.rows) {
    const code = cellOf(table, row, 'code').trim();
    if (!CODE.test(code) || isCutRow(ctx, table, row)) continue;
    const statusText = cellOf(table, row, 'status').trim();
    const status = /^[1-5]\d\d$/.test(statusText) ? Number(statusText) : null;
    const description = cellOf(table, row, 'description').trim();
    if (status === null) warn(ctx, 'incomplete-row', `error ${code} has no HTTP status`, row.line);
    out.push({
      id: errorId(code, null),
      code,
      status,
      message: null,
      ...(description ? { description } : {}),
      source: prov(ctx, row.line, 'read', 'table'),
    });
  }
  return out;
}

/** Errors named in prose as "<status> <CODE>". */
export function errorsFromProse(ctx: PageContext, lines: Line[]): ErrorEntry[] {
  const out: ErrorEntry[] = [];
  for (const line of lines) {
    for (const m of line.text.matchAll(PROSE_ERROR)) {
      out.push({ id: errorId(m[2]!, null), code: m[2]!, status: Number(m[1]), message: null, source: prov(ctx, line.no, 'read', 'prose') });
    }
  }
  return out;
}

/** The error an error-response example shows (`{success:false, error:{code, message}}`). */
export function errorFromExample(ctx: PageContext, json: unknown, status: number | undefined, line: number): ErrorEntry | null {
  const error = (json as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (!error || typeof error !== 'object' || typeof error.code !== 'string' || !CODE.test(error.code)) return null;
  return {
    id: errorId(error.code, null),
    code: error.code,
    status: status ?? null,
    message: typeof error.message === 'string' ? error.message : null,
    source: prov(ctx, line, 'read', 'error-example'),
  };
}

/** Merge error lists by id, first mention first; later mentions fill a missing status, message or description. */
export function mergeErrors(...lists: ErrorEntry[][]): ErrorEntry[] {
  const byId = new Map<string, ErrorEntry>();
  for (const e of lists.flat()) {
    const prev = byId.get(e.id);
    if (!prev) {
      byId.set(e.id, e);
      continue;
    }
    byId.set(e.id, {
      ...prev,
      status: prev.status ?? e.status,
      message: prev.message ?? e.message,
      ...((prev.description ?? e.description) ? { description: prev.description ?? e.description } : {}),
    });
  }
  return [...byId.values()];
}

/** Errors in a stable order for shared catalogues (by code). */
export function sortErrors(errors: ErrorEntry[]): ErrorEntry[] {
  return [...errors].sort((a, b) => compareStrings(a.id, b.id));
}

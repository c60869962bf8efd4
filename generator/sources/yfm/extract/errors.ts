/**
 * Errors (§6): column roles chosen by header names, placeholders → `code: null` keyed by message,
 * HTTP statuses misplaced in the Code column → status, REST 3.0 `Error Code:` paragraphs with
 * Field / Description / Fix tables, and the system-errors include → `systemErrors: 'rest'`.
 */
import { errorId } from '../../../spec/ids.ts';
import type { ErrorEntry } from '../../../spec/schema.ts';
import { REST_SYSTEM_ERRORS } from '../../common/rest-system-errors.ts';
import { parseLooseJson } from './examples.ts';
import { cellsOf, fileOf, flattenBlocks, includeName, kids, lineOf, squash, textOf, type FlatBlock } from './md.ts';
import type { AnyNode, YfmInclude, YfmTable } from './nodes.ts';
import { proseOf } from './prose.ts';
import { rowLine, viewTable } from './table.ts';

export type ErrorColumn = 'status' | 'code' | 'message' | 'description' | 'field' | 'ignore';

/** Assign a role to each column of an error table from its header names (not positions). */
export function errorColumnRoles(header: readonly string[]): ErrorColumn[] {
  const h = header.map((x) => squash(x).toLowerCase().replace(/[*:]/g, '').trim());
  const hasExplanation = h.some((x) => /^(value|when it occurs|additional information|how to fix|fix)$/.test(x));
  const hasMessage = h.some((x) => /^(error message|message|error text|error)$/.test(x));
  const hasCode = h.some((x) => /^code$/.test(x));
  return h.map((x) => {
    if (/^(status|http status)$/.test(x)) return 'status';
    if (/^code$/.test(x)) return 'code';
    if (/^field$/.test(x)) return 'field';
    if (/^(error message|message|error text|error)$/.test(x)) return 'message';
    if (/^(value|when it occurs|additional information|how to fix|fix)$/.test(x)) return 'description';
    if (/^(error description|description)$/.test(x)) {
      // "Code | Description | Value": Description is the error_description text; "Code | Description": explanation;
      // "Description | Value" (no code): message · explanation; "Code | Error Message | Description": explanation.
      if (hasMessage) return 'description';
      if (hasExplanation) return 'message';
      if (!hasCode) return 'message';
      return 'description';
    }
    return 'ignore';
  });
}

const PLACEHOLDER = /^(0|-|—|–|empty value|empty string|empty|no code|none|""|'')?$/i;

/**
 * The HTTP error statuses a REST portal answers with. A Code cell holding one of them is a status put in the
 * wrong column; any other number (`510`, `100`) is the method's own error code.
 */
const HTTP_ERROR_STATUSES = new Set([400, 401, 403, 404, 405, 409, 422, 429, 500, 502, 503, 504]);

/** A code cell value: null for placeholders; an HTTP error status is returned as status instead. */
export function normalizeCode(raw: string): { code: string | null; status: number | null } {
  const t = squash(raw)
    .replace(/^`+|`+$/g, '')
    .trim();
  if (PLACEHOLDER.test(t)) return { code: null, status: null };
  if (/^\d{3}$/.test(t) && HTTP_ERROR_STATUSES.has(Number(t))) return { code: null, status: Number(t) };
  return { code: t, status: null };
}

/** The codes of a cell that lists several ("`200240400001`, `200240400002`"); one code otherwise. */
export function splitCodes(raw: string): string[] {
  const parts = raw.split(/\s*,\s*/);
  return parts.length >= 2 && parts.every((p) => /^`?[A-Za-z0-9_.-]+`?$/.test(p.trim())) ? parts.map((p) => p.trim()) : [raw];
}

function cellText(node: unknown): string {
  return squash(proseOf(kids(node))).replace(/^`([^`]*)`$/, '$1');
}

/** Split a code cell that also carries the message on its second line ("`CODE`⏎Error message"). */
function codeCell(node: unknown): { code: string; message: string | null } {
  const paras = kids(node);
  const firstText = paras.length ? textOf(paras[0]) : '';
  const lines = firstText
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length >= 2) return { code: lines[0] ?? '', message: squash(lines.slice(1).join(' ')) || null };
  const rest = paras.slice(1).map(textOf).join(' ');
  return { code: lines[0] ?? '', message: squash(rest) || null };
}

/** Read one error table with known column roles. */
export function readErrorTable(table: YfmTable, pagePath: string, v3Code: string | null): ErrorEntry[] {
  const view = viewTable(table);
  if (!view.header) return [];
  const roles = errorColumnRoles(view.header);
  if (!roles.some((r) => r === 'code' || r === 'message' || r === 'field')) return [];
  const out: ErrorEntry[] = [];
  for (const row of view.rows) {
    const cells = cellsOf(row);
    let codes: Array<string | null> = [null];
    let status: number | null = null;
    let message: string | null = null;
    let description: string | undefined;
    let field: string | null = null;
    roles.forEach((role, i) => {
      const cell = cells[i];
      if (!cell) return;
      switch (role) {
        case 'status': {
          const m = /\d{3}/.exec(textOf(cell));
          if (m) status = Number(m[0]);
          break;
        }
        case 'code': {
          const c = codeCell(cell);
          const read = splitCodes(c.code).map(normalizeCode);
          codes = read.map((n) => n.code);
          const misplaced = read[0]?.status ?? null;
          if (misplaced !== null && status === null) status = misplaced;
          if (c.message && !roles.includes('message')) message = c.message;
          break;
        }
        case 'message':
          message = cellText(cell) || null;
          break;
        case 'description':
          description = cellText(cell) || undefined;
          break;
        case 'field':
          field = squash(textOf(cell)).replace(/`/g, '') || null;
          break;
      }
    });
    if (v3Code && codes.length === 1 && codes[0] === null) codes = [v3Code];
    if (message !== null && PLACEHOLDER.test(message)) message = null;
    if (field) description = `${description ?? ''}${description ? ' ' : ''}(field: ${field})`.trim();
    const line = rowLine(row);
    for (const code of codes) {
      if (code === null && message === null && !description) continue;
      out.push({
        id: errorId(code, message, code === null && message === null ? description : (message ?? undefined)),
        code,
        status,
        message,
        ...(description ? { description } : {}),
        source: { file: fileOf(cells[0], pagePath), ...(line ? { line } : {}), how: 'read', evidence: 'table' },
      });
    }
  }
  return out;
}

/** The HTTP statuses a paragraph states ("HTTP status: **400**", "HTTP Status: **400**, **403**"); `40x` is no status. */
export function statedStatuses(text: string): number[] {
  const m = /HTTP\s+(?:status(?:es)?|code):\s*((?:\*{0,2}`?\d{3}`?\*{0,2}\s*,?\s*)+)/i.exec(text);
  return m?.[1] ? [...m[1].matchAll(/\d{3}/g)].map((x) => Number(x[0])) : [];
}

/** What a page says of its errors: the entries, whether the system errors apply, and where a status came from prose. */
export interface ErrorsRead {
  errors: ErrorEntry[];
  systemErrors: boolean;
  duplicateIds: string[];
  /** Error id → the line of the "HTTP status: **N**" statement that gave its status. */
  statusLines: Map<string, number | undefined>;
}

/**
 * Read a page's errors: tables in the errors section (and any "Possible Error Codes" elsewhere), de-duplicated
 * by id. When the section states exactly one HTTP error status in prose and its tables give none, every
 * table error gets that status (the page says the errors come back with it).
 */
export function readErrors(nodes: readonly AnyNode[], pagePath: string): ErrorsRead {
  const flat = flattenBlocks(nodes);
  let systemErrors = false;
  const errors: ErrorEntry[] = [];
  const stated = new Map<number, number | undefined>();
  // "HTTP status: **200**, **403**" says errors come back with either: no one status to give every error.
  let several = false;
  let v3Code: string | null = null;
  // The status the last paragraph stated ("HTTP status: **400**" above an error example), and its line.
  let lastStatus: { status: number; line: number | undefined } | null = null;
  const examples: ExampleError[] = [];
  for (const b of flat) {
    if (b.node.type === 'code' && !b.include) {
      const got = exampleError((b.node as { value?: string }).value ?? '');
      const line = lineOf(b.node);
      if (got) examples.push({ ...got, file: fileOf(b.node, pagePath), line, stated: lastStatus });
      continue;
    }
    if (b.node.type === 'yfmInclude') {
      const name = includeName(b.node as YfmInclude);
      if (name === 'system-errors.md') systemErrors = true;
      continue;
    }
    if (b.include) continue; // tables of included files are shared (system errors, error-info)
    if (b.node.type === 'heading') v3Code = null;
    if (b.node.type === 'paragraph') {
      const text = textOf(b.node);
      // REST 3.0 pages write "Error Code:" and "Error code:" above each validation table.
      const m = /Error\s+[Cc]ode:\s*`?([A-Z][A-Z0-9_]+)`?/.exec(text);
      if (m?.[1]) v3Code = m[1];
      const statuses = statedStatuses(text);
      for (const status of statuses) if (status >= 400 && !stated.has(status)) stated.set(status, lineOf(b.node));
      if (statuses.length > 1) several = true;
      // The status stated right above an error example is that response's status, whatever it is: biconnector
      // pages state **200** above every error example. Only an error status (>= 400) speaks for a whole table.
      if (statuses.length > 0) lastStatus = statuses.length === 1 ? { status: statuses[0]!, line: lineOf(b.node) } : null;
      continue;
    }
    if (b.node.type === 'yfmTable') errors.push(...readErrorTable(b.node as YfmTable, pagePath, v3Code));
  }
  const deduped = dedupeErrors(errors);
  const statusLines = new Map<string, number | undefined>();
  const [only] = stated.size === 1 && !several ? [...stated] : [];
  if (only && deduped.errors.every((e) => e.status === null)) {
    deduped.errors = deduped.errors.map((e) => {
      statusLines.set(e.id, only[1]);
      return { ...e, status: only[0] };
    });
  }
  // A code only the error example shows (`"error": "NOT_FOUND"`) is an error of the method too; the system
  // errors the page includes are the shared catalogue's, not this method's own.
  // A table code the example shows takes the status stated above the example when its row gives none.
  for (const x of examples) {
    if (!x.stated) continue;
    deduped.errors = deduped.errors.map((e) => {
      if (e.code !== x.code || e.status !== null) return e;
      statusLines.set(e.id, x.stated?.line);
      return { ...e, status: x.stated?.status ?? null };
    });
  }
  const known = new Set(deduped.errors.map((e) => e.code));
  const system = new Set(systemErrors ? REST_SYSTEM_ERRORS.errors.map((e) => e.code) : []);
  for (const x of examples) {
    if (known.has(x.code) || system.has(x.code)) continue;
    known.add(x.code);
    const id = errorId(x.code, x.message);
    deduped.errors.push({
      id,
      code: x.code,
      status: x.stated?.status ?? null,
      message: x.message,
      source: { file: x.file, ...(x.line ? { line: x.line } : {}), how: 'read', evidence: 'error-example' },
    });
    if (x.stated) statusLines.set(id, x.stated.line);
  }
  return { ...deduped, systemErrors, statusLines };
}

interface ExampleError {
  code: string;
  message: string | null;
  file: string;
  line: number | undefined;
  stated: { status: number; line: number | undefined } | null;
}

/** Words an example writes where a real response has its code ("error": "ERROR_CODE"), and no code at all. */
const EXAMPLE_PLACEHOLDER = /^(?:error_?code|code|error)$/i;

/**
 * The code and message of an error example's JSON (`{"error": "NOT_FOUND", "error_description": "…"}`, or
 * REST 3.0's `{"error": {"code": …, "message": …}}`). A code is a single word: a sentence in `error`
 * ("Status is not found.") is a message, and `0`, `400` or "" are placeholders.
 */
export function exampleError(text: string): { code: string; message: string | null } | null {
  const parsed = parseLooseJson(text);
  if (!parsed.ok || !parsed.value || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) return null;
  const body = parsed.value as Record<string, unknown>;
  const err = body['error'];
  const nested = err && typeof err === 'object' && !Array.isArray(err) ? (err as Record<string, unknown>) : null;
  const code = nested ? nested['code'] : err;
  const message = nested ? nested['message'] : body['error_description'];
  if (typeof code !== 'string') return null;
  const c = code.trim();
  if (!/^[A-Za-z][A-Za-z0-9_.]*$/.test(c) || EXAMPLE_PLACEHOLDER.test(c) || PLACEHOLDER.test(c)) return null;
  return { code: c, message: typeof message === 'string' && message.trim() ? squash(message) : null };
}

function dedupeErrors(errors: ErrorEntry[]): { errors: ErrorEntry[]; duplicateIds: string[] } {
  const seen = new Map<string, ErrorEntry>();
  const dups: string[] = [];
  for (const e of errors) {
    let id = e.id;
    if (seen.has(id)) {
      const prev = seen.get(id) as ErrorEntry;
      // Same code with another message (REST 3.0 validation rows, "100" with different texts): keep both, keyed apart.
      if (prev.message === e.message && prev.description === e.description) continue;
      id = `${e.id}:${errorIdSuffix(e)}`;
      let k = 2;
      while (seen.has(id)) id = `${e.id}:${errorIdSuffix(e)}-${k++}`;
      dups.push(e.id);
    }
    seen.set(id, { ...e, id });
  }
  return { errors: [...seen.values()], duplicateIds: dups };
}

function errorIdSuffix(e: ErrorEntry): string {
  return errorId(null, e.message ?? e.description ?? '').replace(/^error:msg:/, '');
}

/** Read `_includes/system-errors.md` (already parsed) into the shared REST system-error entries. */
export function readSystemErrorTable(nodes: readonly AnyNode[], file: string): ErrorEntry[] {
  const out: ErrorEntry[] = [];
  for (const b of flattenBlocks(nodes) as FlatBlock[]) {
    if (b.node.type !== 'yfmTable') continue;
    const view = viewTable(b.node as YfmTable);
    if (!view.header) continue;
    for (const row of view.rows) {
      const cells = cellsOf(row);
      const status = /\d{3}/.exec(textOf(cells[0]))?.[0];
      const c = codeCell(cells[1]);
      const code = normalizeCode(c.code).code;
      const description = cells[2] ? cellText(cells[2]) : undefined;
      const line = rowLine(row) ?? lineOf(row);
      if (!code) continue;
      out.push({
        id: errorId(code, c.message),
        code,
        status: status ? Number(status) : null,
        message: c.message,
        ...(description ? { description } : {}),
        source: { file, ...(line ? { line } : {}), how: 'read', evidence: 'table' },
      });
    }
  }
  return out;
}

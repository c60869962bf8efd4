/**
 * Tables of a scraped Vibe page, in both forms the scraper produces: pipe rows whose cells spill over
 * several lines ("id (path) |" ⏎ "number | yes | Contact ID |"), and space-separated rows under a
 * header line ("Parameter Type Required Description"). Columns are identified by their header words.
 */
import { isHeadingLine, type Line } from './page-lines.ts';
import { isTypeWord } from './type-map.ts';

export type ColumnRole =
  | 'name'
  | 'bitrixName'
  | 'type'
  | 'required'
  | 'default'
  | 'readOnly'
  | 'description'
  | 'status'
  | 'code'
  | 'verb'
  | 'path'
  | 'bitrixMethod'
  | 'operator'
  | 'example'
  | 'relation'
  | 'entity'
  | 'relType'
  | 'foreignKey'
  | 'other';

export interface TableRow {
  line: number;
  cells: string[];
}

export interface VibeTable {
  line: number;
  /** Last line the table took (a row or a continuation). */
  endLine: number;
  style: 'pipe' | 'plain';
  header: string[];
  roles: ColumnRole[];
  rows: TableRow[];
}

const VERB = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/;
const STATUS = /^[1-5]\d\d$/;
const CODE = /^[A-Z][A-Z0-9_]{2,}$/;
const NAME = /^[A-Za-z_$@][\w$.[\]*:@-]*$/;
const FLAG = /^(yes|no|true|false|required|optional|y|n|✓|✔|✗|—|–|-|\*)$/i;
const DEFAULT = /^(-?\d+(\.\d+)?|—|–|-|true|false|null|"[^"]*"|'[^']*'|\[\]|\{\})$/;
const BITRIX_METHOD = /^[a-z][\w]*(\.[\w]+)+$/i;
const LOCATION = /^\((path|query|body|header)\)$/i;
const SEPARATOR = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;
const TEXT_ROLES = new Set<ColumnRole>(['description', 'example', 'other']);

/** Header words of the plain form, longest first so "Bitrix24 Method" wins over "Method". */
const PHRASES = [
  'bitrix24 method',
  'bitrix24 name',
  'when it occurs',
  'default value',
  'foreign key',
  'error code',
  'http status',
  'read-only',
  'read only',
  'api name',
  'parameter',
  'description',
  'readonly',
  'required',
  'operator',
  'relation',
  'endpoint',
  'meaning',
  'example',
  'default',
  'prefix',
  'status',
  'method',
  'entity',
  'field',
  'param',
  'name',
  'type',
  'req.',
  'http',
  'code',
  'path',
  'req',
  'ro',
].sort((a, b) => b.length - a.length);

const KEY_ROLES = new Set<ColumnRole>(['name', 'status', 'code', 'verb', 'operator', 'relation']);
const ANCHOR_ROLES = new Set<ColumnRole>(['type', 'status', 'code', 'path', 'operator', 'relation', 'bitrixName']);

/** Every table in a run of lines, in page order. */
export function readTables(lines: Line[]): VibeTable[] {
  const tables: VibeTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const found = readPipeTable(lines, i) ?? readPlainTable(lines, i);
    if (found) {
      tables.push(found.table);
      i = Math.max(found.next, i + 1);
    } else i++;
  }
  return tables;
}

/** The cell of a row in the column with `role` ('' when the table has no such column). */
export function cellOf(table: VibeTable, row: TableRow, role: ColumnRole): string {
  const i = table.roles.indexOf(role);
  return i < 0 ? '' : (row.cells[i] ?? '');
}

/** Whether a row lacks a cell its table cannot do without (type, status, code, path): a row cut short. */
export function isIncompleteRow(table: VibeTable, row: TableRow): boolean {
  const keys: ColumnRole[] = ['type', 'status', 'code', 'path'];
  return keys.some((role) => table.roles.includes(role) && cellOf(table, row, role).trim() === '');
}

/** Whether the table has a column with each of the roles. */
export function hasRoles(table: VibeTable, ...roles: ColumnRole[]): boolean {
  return roles.every((r) => table.roles.includes(r));
}

/** Column roles from header words; the same word means different things in different tables. */
export function rolesFor(header: string[]): ColumnRole[] {
  const words = header.map((h) => h.toLowerCase().replace(/[*:]/g, '').replace(/\s+/g, ' ').trim());
  const hasPath = words.includes('path') || words.includes('endpoint');
  const hasRelation = words.includes('relation');
  return words.map((w): ColumnRole => {
    switch (w) {
      case 'parameter':
      case 'param':
      case 'field':
      case 'name':
      case 'api name':
      case 'key':
        return 'name';
      case 'bitrix24 name':
        return 'bitrixName';
      case 'type':
        return hasRelation ? 'relType' : 'type';
      case 'required':
      case 'req.':
      case 'req':
        return 'required';
      case 'default':
      case 'default value':
        return 'default';
      case 'ro':
      case 'readonly':
      case 'read-only':
      case 'read only':
        return 'readOnly';
      case 'description':
      case 'when it occurs':
      case 'meaning':
        return 'description';
      case 'http':
      case 'http status':
      case 'status':
        return 'status';
      case 'code':
      case 'error code':
        return 'code';
      case 'method':
        return hasPath ? 'verb' : 'name';
      case 'path':
      case 'endpoint':
        return 'path';
      case 'bitrix24 method':
        return 'bitrixMethod';
      case 'operator':
      case 'prefix':
        return 'operator';
      case 'example':
        return 'example';
      case 'relation':
        return 'relation';
      case 'entity':
        return hasRelation ? 'entity' : 'name';
      case 'foreign key':
        return 'foreignKey';
      default:
        return 'other';
    }
  });
}

// ---- pipe form -------------------------------------------------------------------------------

function splitPipeLine(text: string): { cells: string[]; closed: boolean } {
  let s = text.trim();
  const closed = s.endsWith('|');
  if (s.startsWith('|')) s = s.slice(1);
  if (closed && s.endsWith('|')) s = s.slice(0, -1);
  return { cells: s.split('|').map((c) => c.trim()), closed };
}

function readPipeTable(lines: Line[], start: number): { table: VibeTable; next: number } | null {
  const head = lines[start]?.text.trim() ?? '';
  const sep = lines[start + 1]?.text.trim() ?? '';
  if (!head.startsWith('|') || !head.endsWith('|') || !SEPARATOR.test(sep)) return null;
  const header = splitPipeLine(head).cells;
  if (header.length < 2) return null;
  const roles = rolesFor(header);
  const n = header.length;
  const rows: TableRow[] = [];
  // `open`: the previous line ended inside a cell, so this line's first piece continues that cell.
  let open = false;
  let i = start + 2;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    if (t === '' || isHeadingLine(t)) break;
    const current = rows[rows.length - 1];
    const complete = !current || current.cells.length >= n;
    if (!t.includes('|') && complete && !open) break; // prose after the table
    const { cells, closed } = splitPipeLine(t);
    const onlyPipes = /^\|+$/.test(t);
    if (current && (open || !complete || onlyPipes)) {
      if (open && cells.length > 0) {
        const last = current.cells.length - 1;
        current.cells[last] = joinText(current.cells[last] ?? '', cells.shift() ?? '');
      }
      current.cells.push(...cells);
    } else {
      rows.push({ line: line.no, cells });
    }
    open = !closed;
  }
  const endLine = lines[i - 1]?.no ?? lines[start]!.no;
  return { table: { line: lines[start]!.no, endLine, style: 'pipe', header, roles, rows: rows.map((r) => normalizeRow(r, roles)) }, next: i };
}

function joinText(a: string, b: string): string {
  return a && b ? `${a} ${b}` : a || b;
}

function isTypeExpr(cell: string): boolean {
  const parts = cell.split(/\s*[|/]\s*/).filter(Boolean);
  return parts.length > 0 && parts.every(isTypeWord);
}

/** Fit a pipe row to the header: bare `|` inside union types and prose split cells, empty cells vanish. */
function normalizeRow(row: TableRow, roles: ColumnRole[]): TableRow {
  const n = roles.length;
  let c = [...row.cells];
  const t = roles.indexOf('type');
  if (t >= 0) {
    while (c.length > n && c[t + 1] !== undefined && isTypeExpr(c[t + 1]!)) {
      c[t] = `${c[t]} | ${c[t + 1]}`;
      c.splice(t + 1, 1);
    }
  }
  if (c.length > n)
    c = [
      ...c.slice(0, n - 1),
      c
        .slice(n - 1)
        .filter((x) => x !== '')
        .join(' | '),
    ];
  while (c.length < n) c.push('');
  // The scrape drops empty cells and pads at the end: prose in a yes/no column belongs to the description.
  const d = roles.lastIndexOf('description');
  roles.forEach((role, i) => {
    if ((role === 'readOnly' || role === 'required') && c[i] && !FLAG.test(c[i]!) && d > i) {
      c[d] = [c[i]!, c[d]!].filter(Boolean).join(' | ');
      c[i] = '';
    }
  });
  return { line: row.line, cells: c };
}

// ---- plain form ------------------------------------------------------------------------------

/** The header cells when the line is made only of known header words (at least one decisive column). */
export function matchPlainHeader(text: string): string[] | null {
  let rest = text.trim().toLowerCase();
  const original = text.trim();
  const header: string[] = [];
  let offset = 0;
  while (rest.length > 0) {
    const phrase = PHRASES.find((p) => rest.startsWith(p) && (rest.length === p.length || rest[p.length] === ' '));
    if (!phrase) return null;
    header.push(original.slice(offset, offset + phrase.length));
    const skip = phrase.length + (rest.slice(phrase.length).match(/^\s*/)?.[0].length ?? 0);
    rest = rest.slice(skip);
    offset += skip;
  }
  if (header.length < 2) return null;
  const roles = rolesFor(header);
  if (!KEY_ROLES.has(roles[0]!) || !roles.some((r) => ANCHOR_ROLES.has(r))) return null;
  return header;
}

function readPlainTable(lines: Line[], start: number): { table: VibeTable; next: number } | null {
  const header = matchPlainHeader(lines[start]?.text ?? '');
  if (!header) return null;
  const roles = rolesFor(header);
  const rows: TableRow[] = [];
  let textCol = -1;
  roles.forEach((r, i) => {
    if (TEXT_ROLES.has(r)) textCol = i;
  });
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    if (t === '' || isHeadingLine(t) || matchPlainHeader(t)) break;
    const cells = splitPlainRow(t, roles);
    if (cells) {
      rows.push({ line: line.no, cells });
      continue;
    }
    const last = rows[rows.length - 1];
    if (!last) break;
    // A line that is not a row continues the previous row's description (a wrapped cell).
    const col = textCol >= 0 ? textCol : last.cells.length - 1;
    last.cells[col] = joinText(last.cells[col] ?? '', t);
  }
  if (rows.length === 0) return null;
  const endLine = lines[i - 1]?.no ?? lines[start]!.no;
  return { table: { line: lines[start]!.no, endLine, style: 'plain', header, roles, rows }, next: i };
}

/** Split a space-separated row by the columns' roles; null when the line cannot be a row. */
function splitPlainRow(text: string, roles: ColumnRole[]): string[] | null {
  const tokens = text.split(/\s+/).filter(Boolean);
  const out = roles.map(() => '');
  const textIdx = roles.flatMap((r, i) => (TEXT_ROLES.has(r) ? [i] : []));
  const firstText = textIdx[0] ?? roles.length;
  const lastText = textIdx[textIdx.length - 1] ?? roles.length;
  let lo = 0;
  let hi = tokens.length;
  for (let c = 0; c < firstText; c++) {
    const taken = takeLeft(tokens, lo, hi, roles[c]!, c === 0);
    if (!taken) return null;
    out[c] = taken.value;
    lo = taken.next;
  }
  for (let c = roles.length - 1; c > lastText; c--) {
    const tok = tokens[hi - 1];
    if (hi > lo && tok !== undefined && (roles[c] !== 'bitrixMethod' || BITRIX_METHOD.test(tok))) {
      out[c] = tok;
      hi--;
    }
  }
  const rest = tokens.slice(lo, hi);
  if (textIdx.length === 1) out[textIdx[0]!] = rest.join(' ');
  else if (textIdx.length > 1) {
    // "Meaning Example": the example starts at the first JSON-looking token.
    const at = rest.findIndex((tok) => /^[{["'`]/.test(tok));
    const cut = at < 0 ? rest.length : at;
    out[textIdx[0]!] = rest.slice(0, cut).join(' ');
    out[textIdx[textIdx.length - 1]!] = rest.slice(cut).join(' ');
  } else if (rest.length > 0) {
    out[roles.length - 1] = joinText(out[roles.length - 1] ?? '', rest.join(' '));
  }
  return out;
}

function takeLeft(tokens: string[], lo: number, hi: number, role: ColumnRole, first: boolean): { value: string; next: number } | null {
  const tok = lo < hi ? tokens[lo] : undefined;
  if (tok === undefined) return first ? null : { value: '', next: lo };
  const one = (ok: boolean) => (ok ? { value: tok, next: lo + 1 } : first ? null : { value: '', next: lo });
  switch (role) {
    case 'name': {
      if (first && !NAME.test(tok)) return null;
      const loc = tokens[lo + 1];
      if (lo + 1 < hi && loc !== undefined && LOCATION.test(loc)) return { value: `${tok} ${loc}`, next: lo + 2 };
      return { value: tok, next: lo + 1 };
    }
    case 'type': {
      if (!isTypeExpr(tok)) return null;
      let value = tok;
      let j = lo + 1;
      while (j + 1 < hi && /^(\||\/|or)$/.test(tokens[j]!) && isTypeExpr(tokens[j + 1]!)) {
        value = `${value} ${tokens[j]} ${tokens[j + 1]}`;
        j += 2;
      }
      return { value, next: j };
    }
    case 'required':
    case 'readOnly':
      return one(FLAG.test(tok));
    case 'default':
      return one(DEFAULT.test(tok));
    case 'status':
      return one(STATUS.test(tok));
    case 'code':
      return one(CODE.test(tok));
    case 'verb':
      return one(VERB.test(tok));
    case 'path':
      return one(tok.startsWith('/'));
    default:
      return { value: tok, next: lo + 1 };
  }
}

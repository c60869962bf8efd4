/**
 * Errors. The method's own errors come from the Possible Error Codes table (whose code and message
 * cells the scrape mostly emptied, so they are keyed by what text is left) and from the error JSON
 * example. The standard system-error block is recognised by its wording and referenced, not copied.
 */
import type { ErrorEntry } from '../../spec/schema.ts';
import { errorId } from '../../spec/ids.ts';
import { matchSystemError } from '../common/rest-system-errors.ts';
import { blockValue, jsonBlockIn, type JsonBlock } from './examples.ts';
import type { PageText } from './lines.ts';
import type { Notes } from './notes.ts';
import { findLine, SUB_HEADINGS, type Section } from './sections.ts';
import { columnIndex, readTables, type FlatTable } from './tables.ts';

export interface ErrorsRead {
  errors: ErrorEntry[];
  /** The error JSON example, if the section shows one. */
  example: JsonBlock | undefined;
  /** Line of the system-error block, when the page has it. */
  systemBlockLine: number | undefined;
}

/** Cells that hold no code: the docs' placeholders for "this error has no code". */
const NO_CODE = /^(?:0|empty (?:value|string)|-|—|–|none|n\/a)?$/i;

/** Read the errors section (and a system block that sits in the range [from, to)). */
export function readErrors(page: PageText, section: Section | undefined, notes: Notes): ErrorsRead {
  if (!section) return { errors: [], example: undefined, systemBlockLine: undefined };
  const possibleHeading = SUB_HEADINGS.possibleErrors.test(section.heading)
    ? section.line
    : findLine(page, section.start, section.end, SUB_HEADINGS.possibleErrors);
  const systemLine = findLine(page, section.start, section.end, SUB_HEADINGS.systemErrors);
  const firstTableLimit = possibleHeading ?? systemLine ?? section.end;
  const example = jsonBlockIn(page, section.start, firstTableLimit, notes);

  const methodFrom = possibleHeading !== undefined ? possibleHeading + 1 : (example?.endLine ?? section.start - 1) + 1;
  const methodTo = systemLine ?? section.end;
  const methodTables = readTables(page, methodFrom, methodTo, notes);
  const systemTables = systemLine !== undefined ? readTables(page, systemLine + 1, section.end, notes) : [];

  const errors: ErrorEntry[] = [];
  let systemBlockLine = systemLine;
  for (const table of methodTables) {
    if (isErrorInfoTable(table)) continue;
    if (systemLine === undefined && isSystemTable(table)) {
      // A page without the heading but with the table: same block, same treatment.
      systemBlockLine = table.start;
      systemTables.push(table);
      continue;
    }
    for (const entry of errorRows(table, notes)) addError(errors, entry, notes);
  }
  if (example) {
    const entry = exampleError(example, notes);
    if (entry) addError(errors, entry, notes);
  }
  for (const table of systemTables) checkSystemRows(table, notes);
  return { errors, example, systemBlockLine };
}

/** The `error` / `error_description` table that explains the error envelope, not an error. */
function isErrorInfoTable(table: FlatTable): boolean {
  const names = table.rows.map((r) => r.cells[0]?.text.toLowerCase() ?? '');
  return names.includes('error') && names.includes('error_description');
}

/** A Status/Code/Description table whose rows read like the system errors. */
function isSystemTable(table: FlatTable): boolean {
  if (table.rows.length < 5) return false;
  const matched = table.rows.filter((r) => matchSystemError(lastCell(r.cells)) !== undefined).length;
  return matched * 2 >= table.rows.length;
}

function lastCell(cells: { text: string }[]): string {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]!.text.length > 0) return cells[i]!.text;
  return '';
}

/** Column roles by header names: "Description" is the message when a Value column explains it. */
function columnRoles(table: FlatTable): { code: number; status: number; message: number; explanation: number } {
  const width = table.header?.length ?? table.rows[0]?.cells.length ?? 0;
  if (!table.header) {
    return width >= 3 ? { code: 0, status: -1, message: 1, explanation: 2 } : { code: 0, status: -1, message: -1, explanation: 1 };
  }
  const code = columnIndex(table, /^(?:code|error code|error)$/i);
  const status = columnIndex(table, /^(?:status|http status)$/i);
  let message = columnIndex(table, /^(?:error message|message|error text|error description)$/i);
  let explanation = columnIndex(table, /^(?:value|when it occurs|additional information)$/i);
  const description = columnIndex(table, /^description$/i);
  if (description >= 0) {
    if (explanation >= 0 && message < 0) message = description;
    else if (explanation < 0) explanation = description;
  }
  return { code, status, message, explanation };
}

/** Error entries from one method error table. */
function errorRows(table: FlatTable, notes: Notes): ErrorEntry[] {
  const roles = columnRoles(table);
  const out: ErrorEntry[] = [];
  for (const row of table.rows) {
    const cell = (i: number) => (i >= 0 ? (row.cells[i]?.text ?? '') : '');
    let code: string | null = NO_CODE.test(cell(roles.code).trim()) ? null : cell(roles.code).trim();
    let status: number | null = /^\d{3}$/.test(cell(roles.status).trim()) ? Number(cell(roles.status).trim()) : null;
    // An HTTP status written in the Code column (crm.deal.userfield.get) is a status, not a code.
    if (code && /^[45]\d\d$/.test(code) && roles.status < 0) {
      status = Number(code);
      code = null;
    }
    const message = cell(roles.message).trim() || null;
    const description = cell(roles.explanation).trim();
    if (!code && !message && !description) {
      notes.warn('empty-error-row', 'Error row lost all its text in the scrape', row.line);
      continue;
    }
    if (!code && !message && description.split(/\s+/).length <= 3) {
      notes.warn('truncated-error-row', `Error row keeps only "${description}" (its code and message were inline code)`, row.line);
    }
    out.push({
      id: errorId(code, message, description || undefined),
      code,
      status,
      message,
      ...(description ? { description } : {}),
      source: notes.at(row.line, 'read', 'error-table'),
    });
  }
  return out;
}

/** The error the JSON example shows: `{"error": "", "error_description": "…"}`. */
function exampleError(block: JsonBlock, notes: Notes): ErrorEntry | undefined {
  const v = blockValue(block);
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  const rawCode = typeof o['error'] === 'string' ? o['error'].trim() : '';
  const code = NO_CODE.test(rawCode) ? null : rawCode;
  const message = typeof o['error_description'] === 'string' && o['error_description'].trim() ? o['error_description'].trim() : null;
  if (!code && !message) return undefined;
  return {
    id: errorId(code, message),
    code,
    status: block.status ?? null,
    message,
    source: notes.at(block.line, 'read', 'error-example'),
  };
}

/** Add an entry; the same id again is the same error (merge what is new), never a second entry. */
function addError(errors: ErrorEntry[], entry: ErrorEntry, notes: Notes): void {
  // The example's error_description is often a table row's message: the same error, told twice.
  const prev =
    errors.find((e) => e.id === entry.id) ?? (entry.source.evidence === 'error-example' ? errors.find((e) => sameText(e.message, entry.message)) : undefined);
  if (!prev) {
    errors.push(entry);
    return;
  }
  if (prev.status === null && entry.status !== null) prev.status = entry.status;
  if (!prev.description && entry.description) prev.description = entry.description;
  if (entry.source.evidence === 'error-table') {
    notes.warn(
      'duplicate-error-row',
      `Error "${entry.message ?? entry.description ?? entry.code ?? ''}" is listed twice (what told the rows apart was lost)`,
      entry.source.line,
    );
  }
}

function sameText(a: string | null, b: string | null): boolean {
  const norm = (s: string) =>
    s
      .trim()
      .replace(/[.!]+$/, '')
      .toLowerCase();
  return a !== null && b !== null && norm(a) === norm(b);
}

/** Every row of the system block should be one of the catalogue's; say which are not. */
function checkSystemRows(table: FlatTable, notes: Notes): void {
  for (const row of table.rows) {
    const text = lastCell(row.cells);
    if (text.length === 0) continue;
    if (!matchSystemError(text)) {
      notes.warn('unknown-system-error', `System-error row matches no REST system error: "${text.slice(0, 80)}"`, row.line);
    }
  }
}

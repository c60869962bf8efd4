/** What every Vibe page reader carries: the page, its truncation verdict, provenance and warning helpers. */
import { sha256 } from '../../core/hash.ts';
import type { Provenance, SourceFile, Warning } from '../../spec/schema.ts';
import type { VibeDoc } from './page-lines.ts';
import { isIncompleteRow, type TableRow, type VibeTable } from './tables.ts';
import { detectTruncation, type Truncation } from './truncation.ts';

export type VibeReaderName = 'vibe-page' | 'vibe-entity-page';

export interface PageContext {
  doc: VibeDoc;
  reader: VibeReaderName;
  truncation: Truncation;
  /** Warnings gathered while reading, in the order they arose. */
  warnings: Warning[];
  /** Keys of the warnings already recorded (a big page can repeat one problem thousands of times). */
  seen: Set<string>;
}

/** A fresh context for a page; a cut page gets its `truncated-page` warning at once. */
export function pageContext(doc: VibeDoc, reader: VibeReaderName): PageContext {
  const ctx: PageContext = { doc, reader, truncation: detectTruncation(doc), warnings: [], seen: new Set() };
  if (ctx.truncation.truncated) {
    warn(ctx, 'truncated-page', `page is cut short: ${ctx.truncation.reason}; only what precedes the cut was read`, ctx.truncation.line);
  }
  return ctx;
}

/** Provenance of a fact on this page. */
export function prov(ctx: PageContext, line: number | undefined, how: Provenance['how'], evidence: string): Provenance {
  return { file: ctx.doc.path, ...(line && line > 0 ? { line: Math.floor(line) } : {}), how, evidence };
}

/** Record a warning (deduplicated: the same problem on the same line is reported once). */
export function warn(ctx: PageContext, code: string, message: string, line?: number): void {
  const w: Warning = { code, message, file: ctx.doc.path, ...(line && line > 0 ? { line: Math.floor(line) } : {}) };
  const key = `${w.code}\u0000${w.line ?? 0}\u0000${w.message}`;
  if (ctx.seen.has(key)) return;
  ctx.seen.add(key);
  ctx.warnings.push(w);
}

/** The `sources` entry of every spec read from this page. */
export function sourceFile(ctx: PageContext): SourceFile {
  return { path: ctx.doc.path, reader: ctx.reader, sha256: sha256(ctx.doc.raw), truncated: ctx.truncation.truncated };
}

/**
 * Whether a row is the last of a table the page's cut runs through and lacks a key cell: its text may
 * stop mid-word ("storageI"), so it is dropped (with a warning) rather than read as a fact.
 */
export function isCutRow(ctx: PageContext, table: VibeTable, row: TableRow): boolean {
  if (!ctx.truncation.truncated || table.endLine < ctx.truncation.line) return false;
  if (table.rows[table.rows.length - 1] !== row || !isIncompleteRow(table, row)) return false;
  warn(ctx, 'cut-row', `table row "${row.cells.filter(Boolean).join(' | ').slice(0, 60)}" is cut by the page end; not read`, row.line);
  return true;
}

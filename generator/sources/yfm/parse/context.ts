/**
 * Per-file parse state shared by the scanners: where warnings go, the scan budget that keeps hostile
 * input linear, the limits that keep recursion bounded, and the queue of regions waiting for markdown.
 */
import type { Options as FromMarkdownOptions } from 'mdast-util-from-markdown';
import type { RootContent } from 'mdast';
import type { Warning } from '../../../spec/schema.ts';
import type { Line } from './lines.ts';

/** Hard limits; each one, when hit, degrades to plain text plus a warning rather than failing. */
export const LIMITS = {
  /** Nesting of regions (cell in table in note in tab …). */
  regionDepth: 24,
  /** Nesting of includes. */
  includeDepth: 8,
  /** Directive nesting followed when looking for a closer. */
  closerDepth: 16,
  /** Line splits at directives with trailing text, per region. */
  splits: 1000,
  /** Table-scanner steps per input character (plus a constant), for the whole file. */
  scanPerChar: 32,
  scanBase: 1_000_000,
  /** Markup and container-prefix characters per file (bounds.ts): the corpus's most is 26,634 (pay-system/sale-pay-system-handler-add.md). */
  markupChars: 100_000,
  /** Lines per file (bounds.ts): the corpus's longest page has 2,271 (crm/universal/crm-item-add.md). */
  lines: 20_000,
  /** Characters of a line's container prefix (bounds.ts): the corpus's longest is 56. */
  prefixChars: 64,
  /** Active `*` / `_` delimiters per paragraph (bounds.ts): the corpus's most is 384 (imopenlines/openlines/imopenlines-config-get.md). */
  emphasisPerParagraph: 1000,
  /** Warnings of one kind per file before the rest are summarised. */
  warningsPerCode: 50,
} as const;

/** Syntax and tree extensions handed to mdast-util-from-markdown (e.g. from other remark plugins). */
export type MarkdownOptions = Pick<FromMarkdownOptions, 'extensions' | 'mdastExtensions'>;

/** A region of source lines waiting to be parsed into block content. */
export interface PendingRegion {
  lines: Line[];
  /** The region is a table cell: its first line follows the `|` directly (see region.ts). */
  cell: boolean;
  depth: number;
  /** Receives the parsed block content. */
  fill: (nodes: RootContent[]) => void;
}

export interface IncludeRequest {
  target: string;
  notitle: boolean;
  /** The directive line, for positions and warnings. */
  line: Line;
}

export interface FileCtx {
  /** Corpus-relative path of the file being parsed. */
  file: string;
  warnings: Warning[];
  /** Warnings issued per code, for the per-kind cap. */
  warned: Map<string, number>;
  /** Remaining table-scanner steps. */
  budget: number;
  budgetWarned: boolean;
  depthWarned: boolean;
  /** Next placeholder id. */
  nextId: number;
  queue: PendingRegion[];
  markdown: MarkdownOptions;
  /** Whether parse results may be memoised (default markdown options only). */
  cacheable: boolean;
  /** Resolves and parses an include (implemented by includes.ts, bound to the include stack). */
  include: (req: IncludeRequest) => RootContent;
}

/** Record a warning at a 1-based line of the current file. */
export function warn(ctx: FileCtx, code: string, message: string, line?: number): void {
  const n = (ctx.warned.get(code) ?? 0) + 1;
  ctx.warned.set(code, n);
  // Hostile input (100k stray closers) must not turn into 100k warnings.
  if (n > LIMITS.warningsPerCode) return;
  const w: Warning = { code, message, file: ctx.file };
  if (n === LIMITS.warningsPerCode) w.message += `; further "${code}" warnings in this file are suppressed`;
  if (line !== undefined && line > 0) w.line = line;
  ctx.warnings.push(w);
}

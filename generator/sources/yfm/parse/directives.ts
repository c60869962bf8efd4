/**
 * The `{% name args %}` block directives of YFM: reading one tag, and the argument syntax of each kind
 * (note, cut, list tabs, include). Pure string functions; the region parser decides what the tags mean.
 */

export interface DirectiveTag {
  /** Lower-cased directive name: note, endnote, cut, endcut, list, endlist, include, … */
  name: string;
  /** Everything between the name and `%}`, untrimmed. */
  args: string;
  /** Index just after the closing `%}`. */
  end: number;
}

const TAG = /\{%-?[ \t]*([A-Za-z]+)\b([^\n]*?)-?%\}/y;

/** Read the directive tag that starts exactly at `text[from]`, if there is one. */
export function readDirective(text: string, from: number): DirectiveTag | null {
  if (text.charCodeAt(from) !== 123 || text.charCodeAt(from + 1) !== 37) return null;
  TAG.lastIndex = from;
  const m = TAG.exec(text);
  if (!m) return null;
  return { name: (m[1] ?? '').toLowerCase(), args: m[2] ?? '', end: from + m[0].length };
}

/** The closing directive for each block directive. */
export const CLOSERS: Readonly<Record<string, string>> = { note: 'endnote', cut: 'endcut', list: 'endlist' };

/** Note types diplodoc renders; others still parse, with a warning. */
export const NOTE_TYPES: ReadonlySet<string> = new Set(['info', 'tip', 'warning', 'alert']);

/** `{% note TYPE "title" %}`: the type and the title (null when there is no quoted title). */
export function parseNoteArgs(args: string): { noteType: string; title: string | null } | null {
  const m = /^\s*([A-Za-z][\w-]*)\s*(?:"([^"]*)"|'([^']*)')?\s*$/.exec(args);
  if (!m) return null;
  const title = m[2] ?? m[3];
  return { noteType: (m[1] ?? '').toLowerCase(), title: title === undefined ? null : title };
}

/** `{% cut "title" %}`: the title (quotes optional). */
export function parseCutArgs(args: string): string {
  const a = args.trim();
  const m = /^"([^"]*)"$|^'([^']*)'$/.exec(a);
  return m ? (m[1] ?? m[2] ?? '') : a;
}

/** `{% list tabs [variant] %}`: whether this is a tabs list (the only list kind YFM has in this corpus). */
export function isTabsList(args: string): boolean {
  return /^\s*tabs\b/.test(args);
}

/** `{% include [text](path) %}` / `{% include notitle [text](path) %}`. */
export function parseIncludeArgs(args: string): { notitle: boolean; text: string; target: string } | null {
  const m = /^\s*(notitle\s*)?\[([^\]\n]*)\]\(\s*([^)\s]+)(?:\s+"[^"]*")?\s*\)\s*$/.exec(args);
  if (!m) return null;
  return { notitle: m[1] !== undefined, text: m[2] ?? '', target: m[3] ?? '' };
}

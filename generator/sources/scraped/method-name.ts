/**
 * The method a page documents. The H1 holds the dotted name as one of its tokens (not always the last:
 * "Pin a Chat at the Top of the im.recent List"), and the code examples call it; the two are checked
 * against each other because either can be wrong on a real page.
 */
import { lineOf, lineText, sliceLines, type PageText } from './lines.ts';
import type { Notes } from './notes.ts';

/** A dotted REST method name as written in titles and examples. */
export const METHOD_TOKEN = /(?<![\w.$/-])[a-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+(?![\w-]|\.[A-Za-z0-9_])/g;

/** True for a string that is exactly one dotted method name. */
export function isMethodName(s: string): boolean {
  return /^[a-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+$/.test(s) && !/\.(?:php|js|ts|md|html|json|com|ru|tech)$/i.test(s);
}

/** Dotted method names in a line, in order. File names and host names are not method names. */
export function methodTokens(line: string): string[] {
  return [...line.matchAll(METHOD_TOKEN)].map((m) => m[0]).filter(isMethodName);
}

export interface TitleLine {
  /** 1-based line of the title (the first non-empty line). */
  line: number;
  text: string;
}

/** The first non-empty line, which the scrape keeps as the H1. */
export function titleLine(page: PageText): TitleLine | undefined {
  for (let n = 1; n <= Math.min(page.lines.length, 5); n++) {
    const t = lineText(page, n);
    if (t.length > 0) return { line: n, text: t };
  }
  return undefined;
}

export interface ExampleCall {
  name: string;
  line: number;
}

/** Method names the code examples call: REST URLs, `callMethod('x'`, `method: 'x'`, `call('x'`. */
export function exampleCalls(page: PageText, from: number, to: number): ExampleCall[] {
  const { text, offset } = sliceLines(page, from, to);
  const patterns = [
    /\/rest\/(?:[^\s'"]*\/)?([A-Za-z][\w]*(?:\.[\w]+)+?)(?:\.json)?(?=[\s'"?]|$)/g,
    /(?:callMethod|call|callBatch|callListMethod)\s*\(\s*['"]([A-Za-z][\w]*(?:\.[\w]+)+)['"]/g,
    /\bmethod['"]?\s*(?::|=>)\s*['"]([A-Za-z][\w]*(?:\.[\w]+)+)['"]/g,
  ];
  const calls: ExampleCall[] = [];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const name = m[1];
      if (name && isMethodName(name)) calls.push({ name, line: lineOf(page, offset + (m.index ?? 0)) });
    }
  }
  return calls.sort((a, b) => a.line - b.line);
}

export interface MethodName {
  name: string;
  line: number;
  how: 'read' | 'inferred';
  evidence: string;
  /** The title with the name (and its brackets) taken out. */
  title: string;
}

/** Choose the documented name: an H1 token the examples confirm, else the H1's, else the examples'. */
export function resolveMethodName(title: TitleLine | undefined, calls: ExampleCall[], notes: Notes): MethodName | undefined {
  const candidates = title ? methodTokens(title.text) : [];
  const called = new Map<string, ExampleCall>();
  for (const c of calls) if (!called.has(c.name.toLowerCase())) called.set(c.name.toLowerCase(), c);
  const confirmed = candidates.find((c) => called.has(c.toLowerCase()));
  if (title && confirmed) return { name: confirmed, line: title.line, how: 'read', evidence: 'title', title: stripName(title.text, confirmed) };
  if (title && candidates.length > 0) {
    // The title names a prefix of what the examples call ("im.recent" vs "im.recent.pin").
    const extended = [...called.values()].find((c) => candidates.some((t) => c.name.toLowerCase().startsWith(`${t.toLowerCase()}.`)));
    if (extended) {
      notes.warn('method-name-mismatch', `Title names ${candidates.join(', ')} but the examples call ${extended.name}; using ${extended.name}`, title.line);
      return { name: extended.name, line: extended.line, how: 'inferred', evidence: 'example-call', title: title.text };
    }
    const chosen = candidates[candidates.length - 1]!;
    if (called.size > 0) {
      notes.warn('method-name-mismatch', `Title names ${chosen} but the examples call ${[...called.values()].map((c) => c.name).join(', ')}`, title.line);
    }
    return { name: chosen, line: title.line, how: 'read', evidence: 'title', title: stripName(title.text, chosen) };
  }
  const first = calls[0];
  if (first) {
    notes.warn('method-name-from-examples', `The title holds no method name; using ${first.name}, which the examples call`, title?.line ?? first.line);
    return { name: first.name, line: first.line, how: 'inferred', evidence: 'example-call', title: title?.text ?? first.name };
  }
  return undefined;
}

/** The title without the method token: "Get Contact by Id crm.contact.get" → "Get Contact by Id". */
function stripName(text: string, name: string): string {
  const i = text.indexOf(name);
  if (i < 0) return text;
  let before = text.slice(0, i);
  let after = text.slice(i + name.length);
  // "(sale.basketitem.getFields)", "…: lists.get"
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) {
    before = before.replace(/\(\s*$/, '');
    after = after.replace(/^\s*\)/, '');
  }
  let joined = `${before.trim()} ${after.trim()}`.trim();
  // A trailing colon goes; sliced, not /\s*:$/: that regex retries from every space of a run that does not end the title (quadratic).
  if (joined.endsWith(':')) joined = joined.slice(0, -1).trim();
  return joined.length > 0 ? joined : name;
}

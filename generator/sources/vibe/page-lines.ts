/** A Vibe page as numbered lines and heading-delimited sections, so every fact can cite a 1-based line. */
import type { SourcePage } from '../types.ts';

/** One line of the page; `no` is 1-based, `text` has trailing whitespace removed. */
export interface Line {
  no: number;
  text: string;
}

/** A `#Heading` and the lines up to the next heading (the scrape keeps no heading levels). */
export interface Section {
  title: string;
  line: number;
  body: Line[];
}

/** The page split up for the readers. */
export interface VibeDoc {
  path: string;
  /** The text as handed in (hashed for `sources`). */
  raw: string;
  /** The text as the scraper saved it: a BOM and CR line breaks (transport artefacts) folded, as every line is. */
  text: string;
  /** Set when the page has more than MAX_LINES lines: how many it has (only the first MAX_LINES are read). */
  cut?: number;
  lines: Line[];
  /** Lines before the first heading (pages whose title lost its `#`). */
  preamble: Line[];
  sections: Section[];
}

/** Lines of a page the readers read: the longest Vibe page has 106. */
export const MAX_LINES = 20_000;

// "#Get contact" is a heading; "# comment" inside a shell example and "#!/bin/sh" are not.
const HEADING = /^#{1,6}(?=[^\s#!])/;

/** Whether a line is a scraped `#Heading`. */
export function isHeadingLine(text: string): boolean {
  return HEADING.test(text);
}

/** The heading's words without the `#` marks. */
export function headingTitle(text: string): string {
  return text.replace(/^#+/, '').trim();
}

/** Split a page into numbered lines and sections; tolerant of any string (junk becomes one preamble). */
export function toVibeDoc(page: SourcePage): VibeDoc {
  const raw = typeof page?.text === 'string' ? page.text : '';
  const path = typeof page?.path === 'string' && page.path ? page.path : '(unnamed page)';
  const all = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  // Every line costs several passes of the readers (~5 µs): a page is read up to MAX_LINES (see VibeDoc.cut).
  const kept = all.length > MAX_LINES ? all.slice(0, MAX_LINES) : all;
  const text = kept === all ? all.join('\n') : kept.join('\n');
  const lines = kept.map((t, i) => ({ no: i + 1, text: t.trimEnd() }));
  const preamble: Line[] = [];
  const sections: Section[] = [];
  for (const line of lines) {
    if (isHeadingLine(line.text)) {
      sections.push({ title: headingTitle(line.text), line: line.no, body: [] });
      continue;
    }
    const current = sections[sections.length - 1];
    if (current) current.body.push(line);
    else preamble.push(line);
  }
  return { path, raw, text, lines, preamble, sections, ...(kept === all ? {} : { cut: all.length }) };
}

/** Non-empty lines of a list, trimmed. */
export function nonEmpty(lines: Line[]): Line[] {
  return lines.filter((l) => l.text.trim() !== '').map((l) => ({ no: l.no, text: l.text.trim() }));
}

/** The page's first non-empty line (its title when the scrape kept one). */
export function firstLine(doc: VibeDoc): Line | null {
  return nonEmpty(doc.lines)[0] ?? null;
}

/**
 * Deprecation notes. The scrape turns `{% note warning "DEPRECATED" %}` into a "DEPRECATED" line
 * followed by its body ("… Please use crm.item.get."); the successor is the method the body points to.
 */
import type { Deprecation } from '../../spec/schema.ts';
import { lineText, type PageText } from './lines.ts';
import { methodTokens } from './method-name.ts';
import type { Notes } from './notes.ts';

export interface DeprecationRead {
  deprecated: Deprecation;
  /** Lines of the note, which are not intro prose. */
  lines: number[];
}

const USE_SUCCESSOR =
  /\b(?:use|replaced by|superseded by|instead(?: of it)?,? use)\s+(?:the\s+)?(?:new\s+)?(?:method\s+|methods\s+)?([a-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+)/i;

/** Find the DEPRECATED note in the header lines [from, to), or a deprecation said in the title. */
export function readDeprecation(page: PageText, from: number, to: number, title: string, titleLine: number, notes: Notes): DeprecationRead {
  for (let n = from; n < to; n++) {
    if (!/^deprecated:?$/i.test(lineText(page, n))) continue;
    const bodyLine = nextNonEmpty(page, n + 1, to);
    const note = bodyLine === undefined ? '' : lineText(page, bodyLine);
    const successor = successorIn(note);
    if (successor === null) notes.warn('deprecated-no-successor', 'The DEPRECATED note names no successor method', n);
    return {
      deprecated: { successor, ...(note ? { note } : {}), source: notes.at(n, 'read', 'deprecated-note') },
      lines: bodyLine === undefined ? [n] : [n, bodyLine],
    };
  }
  if (/\bdeprecated\b|development (?:of this method )?has been (?:discontinued|halted)/i.test(title)) {
    return { deprecated: { successor: null, note: title, source: notes.at(titleLine, 'read', 'title') }, lines: [] };
  }
  return { deprecated: false, lines: [] };
}

/** The method a deprecation note points to: the one after "use", else the only one it names. */
export function successorIn(note: string): string | null {
  const use = USE_SUCCESSOR.exec(note);
  if (use?.[1]) return use[1];
  const tokens = methodTokens(note);
  return tokens.length === 1 ? tokens[0]! : null;
}

function nextNonEmpty(page: PageText, from: number, to: number): number | undefined {
  for (let n = from; n < to; n++) if (lineText(page, n).length > 0) return n;
  return undefined;
}

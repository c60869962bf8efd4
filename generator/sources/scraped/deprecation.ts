/**
 * Deprecation notes. The scrape turns `{% note warning "DEPRECATED" %}` into a "DEPRECATED" line
 * followed by its body ("… Please use crm.item.get."); renders of other dates title the note "Method
 * Development Stopped" or "Method Development Halted" and say "The method X continues to function, but
 * there is a more relevant alternative Y". The wordings are common/deprecation-wording.ts, shared with the
 * YFM reader; the successor is the method the body points to.
 */
import type { Deprecation } from '../../spec/schema.ts';
import { DEPRECATION_BODY, DEPRECATION_TITLE, successorAfterLead } from '../common/deprecation-wording.ts';
import { lineText, type PageText } from './lines.ts';
import { methodTokens } from './method-name.ts';
import type { Notes } from './notes.ts';

export interface DeprecationRead {
  deprecated: Deprecation;
  /** Lines of the note, which are not intro prose. */
  lines: number[];
}

/** A line that is a note's title: a deprecation wording on a short line of its own, not a sentence. */
function isNoteTitle(text: string): boolean {
  return /^deprecated:?$/i.test(text) || (text.length <= 120 && !/[.!?]$/.test(text) && DEPRECATION_TITLE.test(text));
}

/** Find the deprecation note in the header lines [from, to), a deprecation sentence there, or a deprecation said in the title. */
export function readDeprecation(page: PageText, from: number, to: number, title: string, titleLine: number, notes: Notes): DeprecationRead {
  for (let n = from; n < to; n++) {
    if (!isNoteTitle(lineText(page, n))) continue;
    const bodyLine = nextNonEmpty(page, n + 1, to);
    const note = bodyLine === undefined ? '' : lineText(page, bodyLine);
    const successor = successorIn(note);
    if (successor === null) notes.warn('deprecated-no-successor', 'The deprecation note names no successor method', n);
    return {
      deprecated: { successor, ...(note ? { note } : {}), source: notes.at(n, 'read', 'deprecated-note') },
      lines: bodyLine === undefined ? [n] : [n, bodyLine],
    };
  }
  // A note whose title the render dropped: its body sentence alone ("The development of this method has been halted.").
  for (let n = from; n < to; n++) {
    const text = lineText(page, n);
    if (!DEPRECATION_BODY.test(text)) continue;
    const successor = successorIn(text);
    if (successor === null) notes.warn('deprecated-no-successor', 'The deprecation note names no successor method', n);
    return { deprecated: { successor, note: text, source: notes.at(n, 'read', 'deprecation-prose') }, lines: [n] };
  }
  if (/\bdeprecated\b|development (?:of this method )?has been (?:discontinued|halted)/i.test(title)) {
    return { deprecated: { successor: null, note: title, source: notes.at(titleLine, 'read', 'title') }, lines: [] };
  }
  return { deprecated: false, lines: [] };
}

/** The method a deprecation note points to: the one after "use" or "a more relevant alternative", else the only one it names. */
export function successorIn(note: string): string | null {
  const led = successorAfterLead(note);
  if (led) return led;
  const tokens = methodTokens(note);
  return tokens.length === 1 ? tokens[0]! : null;
}

function nextNonEmpty(page: PageText, from: number, to: number): number | undefined {
  for (let n = from; n < to; n++) if (lineText(page, n).length > 0) return n;
  return undefined;
}

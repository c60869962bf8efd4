/**
 * Whether a scraped page was cut short. The scraper stops at a byte budget (~2,000 bytes), so a cut page
 * is about that size and ends mid-sentence, mid-table or mid-JSON; an empty closing section is cut too.
 */
import { isHeadingLine, type VibeDoc } from './page-lines.ts';
import { isIncompleteRow, readTables } from './tables.ts';

/** The scraper's budget, in UTF-8 bytes of text. */
export const SCRAPE_CUT_BYTES = 2000;
// How far short of the budget the kept text may end (the cut can fall just after some spaces).
const CUT_SLACK = 16;

export interface Truncation {
  truncated: boolean;
  /** 1-based line where the page stops. */
  line: number;
  reason: string;
}

/** Detect a cut page from its content alone. */
export function detectTruncation(doc: VibeDoc): Truncation {
  const kept = doc.lines.filter((l) => l.text.trim() !== '');
  const last = kept[kept.length - 1];
  if (!last) return { truncated: false, line: 1, reason: '' };
  const line = last.no;
  const lastText = last.text.trim();

  if (isHeadingLine(lastText)) return { truncated: true, line, reason: `the page ends with the empty section "${lastText}"` };

  const lastTable = readTables(doc.lines).find((t) => t.endLine === line);
  const lastRow = lastTable?.rows[lastTable.rows.length - 1];
  if (lastTable && lastRow && isIncompleteRow(lastTable, lastRow)) {
    return { truncated: true, line, reason: `the page ends inside a table row (line ${lastRow.line})` };
  }

  const tail = trailingSection(doc);
  const open = unclosed(tail);
  if (open) return { truncated: true, line, reason: `the page ends inside ${open}` };

  // Measured on the text as saved: a CRLF or BOM copy of a cut page is the same cut page (not 2,050 bytes).
  // trimEnd, not /\s+$/: that regex retries from every space of a run that does not end the text (quadratic).
  const bytes = Buffer.byteLength(doc.text.trimEnd(), 'utf8');
  const atBudget = bytes >= SCRAPE_CUT_BYTES - CUT_SLACK && bytes <= SCRAPE_CUT_BYTES + CUT_SLACK;
  if (atBudget && !endsCleanly(lastText)) {
    return { truncated: true, line, reason: `the page stops at ${bytes} bytes, the scraper's cut size, mid-sentence ("…${lastText.slice(-30)}")` };
  }
  if (doc.text.trimEnd().endsWith('\uFFFD')) return { truncated: true, line, reason: 'the page ends inside a character' };
  return { truncated: false, line, reason: '' };
}

/** Text of the last section, where an unfinished example would be. */
function trailingSection(doc: VibeDoc): string {
  const section = doc.sections[doc.sections.length - 1];
  const lines = section ? section.body : doc.preamble;
  return lines.map((l) => l.text).join('\n');
}

/** What is left open at the end: JSON brackets, or a double-quoted string on the last line. */
function unclosed(text: string): string | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      // Strings never span lines, so a stray prose quote cannot swallow the rest of the page.
      else if (ch === '"' || ch === '\n') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if ((ch === '}' || ch === ']') && depth > 0) depth--;
  }
  if (inString) return 'a quoted string';
  return depth > 0 ? 'an unfinished JSON or code block' : null;
}

function endsCleanly(text: string): boolean {
  return /[.!?;:)\]}'"`>»…]$/.test(text);
}

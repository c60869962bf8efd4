/**
 * Input bounds applied to a file's text before any scanning. mdast-util-from-markdown (micromark) is
 * super-linear on some hostile input, so a file must never hand it any of these unbounded:
 *   - deep container nesting: a list nested N levels by indentation costs ~N³ (600 levels: 20 s), every line
 *     inside it ~30 µs per level, and thousands of `>` on one line overflow the stack (the page was lost);
 *   - emphasis delimiters in one paragraph: matching `*`/`_` openers against closers is quadratic (5,000 nested
 *     `*a` … `b*`: 44 s);
 *   - markup as a whole: every `[`, `` ` ``, `|`, … is a construct to resolve (~10–100 µs each), and every
 *     table cell becomes ~4 KB of tree (a 10 MB line of `x |` cells needed > 4 GB);
 *   - lines: each costs ~2–5 KB while parsed (2 million lines of one word: out of memory at 4 GB).
 * Each limit is several times what any page of the corpus needs; text beyond it degrades with a warning
 * naming the line, as every other parser limit does (context.ts). Line numbers never change.
 */
import type { Warning } from '../../../spec/schema.ts';
import { LIMITS } from './context.ts';

/** A line's container prefix: indentation, `>` markers and list markers (each followed by a space or tab). */
const CONTAINER_PREFIX = /^(?:[ \t>]|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/;
/** Characters micromark and the YFM scanners treat as markup (each may open or close a construct). */
const MARKUP = /[*_[\]()!`<>\\&|{}~]/g;
const WORD = /[\p{L}\p{N}]/u;

/** Clip long container prefixes, escape emphasis delimiters past the per-paragraph cap, cut the file where its line or markup budget runs out. */
export function boundText(text: string, file: string, warnings: Warning[]): string {
  const lines = text.split(/\r\n|\r|\n/);
  const warned = new Map<string, number>();
  const note = (code: string, message: string, line: number) => {
    const n = (warned.get(code) ?? 0) + 1;
    warned.set(code, n);
    if (n <= LIMITS.warningsPerCode) warnings.push({ code, message, file, line });
  };
  let budget = 0;
  let emphasis = 0;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    const prefix = CONTAINER_PREFIX.exec(line)?.[0].length ?? 0;
    if (prefix > LIMITS.prefixChars) {
      line = line.slice(0, LIMITS.prefixChars) + line.slice(prefix);
      changed = true;
      note('yfm-nesting-limit', `A container prefix (indentation, \`>\`, list markers) longer than ${LIMITS.prefixChars} characters is clipped`, i + 1);
    }
    // Each line re-enters every container its prefix opens: the prefix is work too.
    budget += Math.min(prefix, LIMITS.prefixChars) + (line.match(MARKUP)?.length ?? 0);
    const over = i >= LIMITS.lines ? `${LIMITS.lines} lines` : budget > LIMITS.markupChars ? `${LIMITS.markupChars} markup characters` : null;
    if (over) {
      note('yfm-file-limit', `More than ${over}; the file is read up to line ${i} and the rest is left out`, i + 1);
      lines.length = i;
      changed = true;
      break;
    }
    // A blank line ends every paragraph: the emphasis count starts again.
    if (line.trim() === '') emphasis = 0;
    else if (line.includes('*') || line.includes('_')) {
      const escaped = escapeEmphasis(line, emphasis);
      emphasis = escaped.count;
      if (escaped.text !== line) {
        line = escaped.text;
        changed = true;
        note('yfm-emphasis-limit', `More than ${LIMITS.emphasisPerParagraph} emphasis delimiters in one paragraph; the rest are kept as text`, i + 1);
      }
    }
    lines[i] = line;
  }
  return changed ? lines.join('\n') : text;
}

/** Count a line's active `*` / `_` (an intraword `_` never delimits), backslash-escaping those past the cap. */
function escapeEmphasis(line: string, before: number): { text: string; count: number } {
  let count = before;
  let out = '';
  let from = 0;
  let slashes = 0;
  for (let k = 0; k < line.length; k++) {
    const c = line[k] as string;
    if (c === '\\') {
      slashes++;
      continue;
    }
    const active = slashes % 2 === 0 && (c === '*' || (c === '_' && !(WORD.test(line[k - 1] ?? '') && WORD.test(line[k + 1] ?? ''))));
    slashes = 0;
    if (!active) continue;
    if (++count > LIMITS.emphasisPerParagraph) {
      out += line.slice(from, k) + '\\';
      from = k;
    }
  }
  return { text: from === 0 ? line : out + line.slice(from), count };
}

/**
 * Fenced code blocks, built straight into mdast `code` nodes. More than half of the corpus bytes are
 * code examples; keeping them away from micromark is the single biggest saving of the parser.
 * The opening/closing rules are CommonMark's, except that the fence may sit at any indentation:
 * fences inside list items and tabs are indented, and the YFM table scanner does not care either.
 */
import type { Code } from 'mdast';
import { endOf, indentWidth, isBlank, pointAt, wsEnd, type Line } from './lines.ts';

export interface FenceOpen {
  /** '`' or '~'. */
  char: string;
  /** Number of fence characters. */
  size: number;
  /** Visual indentation of the opening fence (that much is stripped from content lines). */
  indent: number;
  lang: string | null;
  meta: string | null;
}

/** Recognise an opening fence line (``` or ~~~, info string without backticks for ``` fences). */
export function fenceOpen(text: string): FenceOpen | null {
  const s = wsEnd(text);
  const ch = text[s];
  if (ch !== '`' && ch !== '~') return null;
  let e = s;
  while (text[e] === ch) e++;
  const size = e - s;
  if (size < 3) return null;
  const info = text.slice(e).trim();
  // CommonMark: a backtick fence's info string may not contain backticks (```object|array``` is inline code).
  if (ch === '`' && info.includes('`')) return null;
  let lang: string | null = null;
  let meta: string | null = null;
  if (info) {
    const sp = info.search(/[ \t]/);
    lang = unescapeInfo(sp < 0 ? info : info.slice(0, sp));
    meta = sp < 0 ? null : unescapeInfo(info.slice(sp).trim()) || null;
  }
  return { char: ch, size, indent: indentWidth(text), lang, meta };
}

function unescapeInfo(s: string): string {
  return s.includes('\\') ? s.replace(/\\([!-/:-@[-`{-~])/g, '$1') : s;
}

/** Whether a line closes the given fence: same character, at least as long, nothing after it. */
export function fenceCloses(text: string, open: FenceOpen): boolean {
  const s = wsEnd(text);
  let e = s;
  while (text[e] === open.char) e++;
  return e - s >= open.size && isBlank(text.slice(e));
}

/** Index of the line closing the fence opened at `start`, or -1 when it runs to the end of the region. */
export function findFenceEnd(lines: readonly Line[], start: number, open: FenceOpen): number {
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l && fenceCloses(l.text, open)) return i;
  }
  return -1;
}

/** Strip up to `width` columns of indentation from a content line, as CommonMark does for fenced code. */
function stripIndent(text: string, width: number): string {
  if (width === 0) return text;
  let w = 0;
  let i = 0;
  while (i < text.length && w < width) {
    const c = text.charCodeAt(i);
    if (c === 32) w++;
    else if (c === 9) {
      const tw = 4 - (w % 4);
      if (w + tw > width) return ' '.repeat(w + tw - width) + text.slice(i + 1);
      w += tw;
    } else break;
    i++;
  }
  return text.slice(i);
}

/** Build the `code` node for lines[start..end] (end = closing fence line, or the last content line when unclosed). */
export function buildCode(lines: readonly Line[], start: number, end: number, open: FenceOpen, closed: boolean): Code {
  const first = lines[start] as Line;
  const last = (lines[end] ?? first) as Line;
  const contentEnd = closed ? end : end + 1;
  const parts: string[] = [];
  for (let i = start + 1; i < contentEnd; i++) parts.push(stripIndent((lines[i] as Line).text, open.indent));
  return {
    type: 'code',
    lang: open.lang,
    meta: open.meta,
    value: parts.join('\n'),
    position: { start: pointAt(first, wsEnd(first.text)), end: endOf(last) },
  };
}

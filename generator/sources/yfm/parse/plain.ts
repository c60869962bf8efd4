/**
 * Plain one-line regions, built without micromark. Most single-paragraph regions of the corpus (table
 * cells such as "Identifier of the deal", "see `crm.deal.get`", "[`integer`](../data-types.md)") hold no
 * inline syntax but code spans and plain inline links; for them the parser's answer is known: one
 * paragraph holding text, `inlineCode` and `link` nodes, the line's leading spaces outside all of them and
 * its trailing spaces outside the last. Building that directly skips the tokenizer's set-up and a place in
 * an inline group (about 1.2 s of the corpus's 7.6 s in micromark went to such lines). Only default
 * markdown options qualify (`inlineLines` checks that), anything else goes to the parser, and the property
 * tests in test/sources/yfm/parse/plain.test.ts check the nodes equal mdast-util-from-markdown's.
 */
import type { InlineCode, Link, Paragraph, Text } from 'mdast';
import type { SkelLine } from './plan.ts';

/**
 * Characters that may start inline syntax (escapes, code spans, emphasis, links and images, autolinks and
 * raw HTML, character references), every control character (NUL becomes U+FFFD, tabs expand), and DEL.
 */
const NOT_PLAIN = /[\\`*_[\]<>&\u0000-\u001f\u007f]/;
/** Inside a code span everything is literal but controls (NUL becomes U+FFFD, tabs expand) and DEL. */
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * The paragraph micromark gives for a region whose only non-blank skeleton line is `line` (at 0-based index
 * `index` of the skeleton; `inlineLines` has already ruled out block starts), in skeleton coordinates (line =
 * skeleton line, column = skeleton column) — or null when the line holds anything but plain text, code
 * spans of single backticks and plain inline links.
 */
export function plainParagraph(line: SkelLine, index: number): Paragraph | null {
  const text = line.text;
  const plain = !NOT_PLAIN.test(text);
  if (!plain && (!/[`[]/.test(text) || CONTROL.test(text))) return null;
  let from = 0;
  while (text.charCodeAt(from) === 32) from++;
  let to = text.length;
  while (to > from && text.charCodeAt(to - 1) === 32) to--;
  if (from === to || from > 3) return null;
  const at = (column: number) => ({ line: index + 1, column, offset: column - 1 });
  const children = plain ? [textNode(text, from, to, at)] : withLinks(text, from, to, at);
  if (!children) return null;
  return { type: 'paragraph', children, position: { start: at(from + 1), end: at(text.length + 1) } };
}

type At = (column: number) => { line: number; column: number; offset: number };

/**
 * An inline link whose label is plain text and code spans (no brackets, emphasis, escapes, entities or
 * HTML) and whose destination has no space, quote, parenthesis, bracket, backslash, ampersand or backtick:
 * the destination is then the URL as written, and there is no title.
 */
const LINK = /\[((?:[^\\`*_[\]<>&\u0000-\u001f\u007f]|`[^`\u0000-\u001f\u007f]+`)+)\]\(([^\s()<>\\&"'`[\]\u0000-\u001f\u007f]+)\)/g;

/**
 * Text, code spans and links of `text[from, to)`, or null when anything else is there. Code spans bind
 * before link brackets: a link is taken only when the backticks before it, in its label and after it
 * each pair up on their own (then they pair up the same way along the whole line).
 */
function withLinks(text: string, from: number, to: number, at: At): Array<Text | InlineCode | Link> | null {
  const out: Array<Text | InlineCode | Link> = [];
  let start = from;
  LINK.lastIndex = from;
  for (let m = LINK.exec(text); m && m.index < to; m = LINK.exec(text)) {
    const open = m.index;
    const end = open + m[0].length;
    // `![…](…)` is an image.
    if (text[open - 1] === '!') return null;
    const before = withCodeSpans(text, start, open, at);
    const children = withCodeSpans(text, open + 1, open + 1 + m[1]!.length, at);
    if (!before || !children) return null;
    out.push(...before, { type: 'link', title: null, url: m[2]!, children, position: { start: at(open + 1), end: at(end + 1) } });
    start = end;
  }
  const rest = withCodeSpans(text, start, to, at);
  return rest ? [...out, ...rest] : null;
}

function textNode(text: string, from: number, to: number, at: At): Text {
  return { type: 'text', value: text.slice(from, to), position: { start: at(from + 1), end: at(to + 1) } };
}

/**
 * Text and code spans of `text[from, to)` (which holds no control character: checked by the caller), or
 * null unless every backtick is a run of one that pairs with the next (longer runs and an unpaired
 * backtick, which CommonMark reads differently, go to the parser) and the text between the spans is plain.
 * A span whose content starts and ends with a space, and is not all spaces, loses one space at each end.
 */
function withCodeSpans(text: string, from: number, to: number, at: At): Array<Text | InlineCode> | null {
  const out: Array<Text | InlineCode> = [];
  let start = from;
  for (;;) {
    const open = text.indexOf('`', start);
    if (open < 0 || open >= to) break;
    const close = text.indexOf('`', open + 1);
    if (close < 0 || close >= to || text[open + 1] === '`' || text[close + 1] === '`') return null;
    if (open > start) out.push(textNode(text, start, open, at));
    if (NOT_PLAIN.test(text.slice(start, open))) return null;
    let value = text.slice(open + 1, close);
    if (value.startsWith(' ') && value.endsWith(' ') && /[^ ]/.test(value)) value = value.slice(1, -1);
    out.push({ type: 'inlineCode', value, position: { start: at(open + 1), end: at(close + 2) } });
    start = close + 1;
  }
  if (start < to) out.push(textNode(text, start, to, at));
  return NOT_PLAIN.test(text.slice(start, to)) ? null : out;
}

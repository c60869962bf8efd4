/**
 * Single-paragraph regions built without micromark. Most of the corpus's table cells and many short
 * paragraphs ("Identifier of the deal", "see `crm.deal.get`", "[`integer`](../data-types.md)", a
 * parameter-name cell "**domain***" over its type link) hold no inline syntax but code spans, plain inline
 * links and plain strong emphasis; for them the parser's answer is known: one paragraph holding text,
 * `inlineCode`, `link` and `strong` nodes, the first line's leading spaces outside all of them, the last
 * line's trailing spaces outside the last, line breaks as "\n" in text nodes. Building that directly skips
 * the tokenizer's set-up and a place in an inline group. Only default markdown options qualify
 * (`inlineLines` checks that), anything else goes to the parser, and the property tests in
 * test/sources/yfm/parse/plain.test.ts check the nodes equal mdast-util-from-markdown's.
 */
import type { Paragraph, PhrasingContent, Strong, Text } from 'mdast';
import type { SkelLine } from './plan.ts';

/**
 * Characters that may start inline syntax (escapes, code spans, emphasis, links and images, autolinks and
 * raw HTML, character references), every control character (NUL becomes U+FFFD, tabs expand), and DEL.
 */
const NOT_PLAIN = /[\\`*_[\]<>&\u0000-\u001f\u007f]/;
/** Control characters and DEL (NUL becomes U+FFFD, tabs expand): a line holding one, even in a code span, goes to the parser. */
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * The paragraph micromark gives for a region whose non-blank skeleton lines are `lines` (consecutive, the
 * first at 0-based index `index` of the skeleton; `inlineLines` has already ruled out block starts), in
 * skeleton coordinates (line = skeleton line, column = skeleton column) — or null when a line holds anything
 * but plain text, code spans of single backticks, plain inline links and plain strong emphasis, or when
 * the lines join in a way CommonMark reads with more care (an indented continuation line, spaces before a
 * line break).
 */
export function plainParagraph(lines: SkelLine | readonly SkelLine[], index: number): Paragraph | null {
  const all = 'text' in lines ? [lines] : lines;
  const children: PhrasingContent[] = [];
  let offset = 0;
  let end: ReturnType<At> | undefined;
  let start: ReturnType<At> | undefined;
  for (const [k, line] of all.entries()) {
    const text = line.text;
    const plain = !NOT_PLAIN.test(text);
    if (!plain && (!/[`[*]/.test(text) || CONTROL.test(text))) return null;
    let from = 0;
    while (text.charCodeAt(from) === 32) from++;
    let to = text.length;
    const last = k === all.length - 1;
    while (last && to > from && text.charCodeAt(to - 1) === 32) to--;
    if (from === to || from > (k === 0 ? 3 : 0) || (!last && text.endsWith(' '))) return null;
    const lineOffset = offset;
    const at: At = (column) => ({ line: index + k + 1, column, offset: lineOffset + column - 1 });
    const nodes = plain ? [textNode(text, from, to, at)] : withLinks(text, from, to, at);
    if (!nodes) return null;
    if (k === 0) start = at(from + 1);
    else joinLines(children, nodes, end!, at(1));
    children.push(...nodes);
    end = at(text.length + 1);
    offset += text.length + 1;
  }
  return start && end ? { type: 'paragraph', children, position: { start, end } } : null;
}

/**
 * Join a line's nodes to the paragraph so far as micromark does: the line break is a "\n" in the text
 * node on either side of it (merged into one when both sides are text), or a text node of its own.
 * `next`'s first node may be changed in place; the caller then appends `next`.
 */
function joinLines(children: PhrasingContent[], next: PhrasingContent[], lineEnd: ReturnType<At>, lineStart: ReturnType<At>): void {
  const prev = children[children.length - 1];
  const first = next[0];
  if (prev?.type === 'text' && first?.type === 'text') {
    prev.value += `\n${first.value}`;
    prev.position = { start: prev.position!.start, end: first.position!.end };
    next.shift();
  } else if (prev?.type === 'text') {
    prev.value += '\n';
    prev.position = { start: prev.position!.start, end: lineStart };
  } else if (first?.type === 'text') {
    first.value = `\n${first.value}`;
    first.position = { start: lineEnd, end: first.position!.end };
  } else next.unshift({ type: 'text', value: '\n', position: { start: lineEnd, end: lineStart } });
}

type At = (column: number) => { line: number; column: number; offset: number };

/**
 * An inline link whose label is plain text and code spans (no brackets, emphasis, escapes, entities or
 * HTML) and whose destination has no space, quote, parenthesis, bracket, backslash, ampersand or backtick:
 * the destination is then the URL as written, and there is no title.
 */
const LINK = /\[((?:[^\\`*_[\]<>&\u0000-\u001f\u007f]|`[^`\u0000-\u001f\u007f]+`)+)\]\(([^\s()<>\\&"'`[\]\u0000-\u001f\u007f]+)\)/g;

/**
 * Text, strong emphasis, code spans and links of `text[from, to)`, or null when anything else is there.
 * Code spans bind before link brackets: a link is taken only when the backticks before it, in its label
 * and after it each pair up on their own (then they pair up the same way along the whole line).
 */
function withLinks(text: string, from: number, to: number, at: At): PhrasingContent[] | null {
  const out: PhrasingContent[] = [];
  let start = from;
  LINK.lastIndex = from;
  for (let m = LINK.exec(text); m && m.index < to; m = LINK.exec(text)) {
    const open = m.index;
    const end = open + m[0].length;
    // `![…](…)` is an image.
    if (text[open - 1] === '!') return null;
    const before = withCodeSpans(text, start, open, at, from, to);
    const children = withCodeSpans(text, open + 1, open + 1 + m[1]!.length, at, from, to);
    if (!before || !children) return null;
    out.push(...before, { type: 'link', title: null, url: m[2]!, children, position: { start: at(open + 1), end: at(end + 1) } });
    start = end;
  }
  const rest = withCodeSpans(text, start, to, at, from, to);
  return rest ? [...out, ...rest] : null;
}

function textNode(text: string, from: number, to: number, at: At): Text {
  return { type: 'text', value: text.slice(from, to), position: { start: at(from + 1), end: at(to + 1) } };
}

/**
 * Text, strong emphasis and code spans of `text[from, to)` (which holds no control character: checked by
 * the caller), or null unless every backtick is a run of one that pairs with the next (longer runs and an
 * unpaired backtick, which CommonMark reads differently, go to the parser) and the text between the spans
 * is plain but for strong emphasis (`plainRun`). A span whose content starts and ends with a space, and is
 * not all spaces, loses one space at each end. `lineFrom` and `lineTo` bound the line's content.
 */
function withCodeSpans(text: string, from: number, to: number, at: At, lineFrom: number, lineTo: number): PhrasingContent[] | null {
  const out: PhrasingContent[] = [];
  let start = from;
  for (;;) {
    const open = text.indexOf('`', start);
    if (open < 0 || open >= to) break;
    const close = text.indexOf('`', open + 1);
    if (close < 0 || close >= to || text[open + 1] === '`' || text[close + 1] === '`') return null;
    const before = plainRun(text, start, open, at, lineFrom, lineTo);
    if (!before) return null;
    let value = text.slice(open + 1, close);
    if (value.startsWith(' ') && value.endsWith(' ') && /[^ ]/.test(value)) value = value.slice(1, -1);
    out.push(...before, { type: 'inlineCode', value, position: { start: at(open + 1), end: at(close + 2) } });
    start = close + 1;
  }
  const rest = plainRun(text, start, to, at, lineFrom, lineTo);
  return rest ? [...out, ...rest] : null;
}

/**
 * `**text**` whose delimiters only open and only close: the text starts with a letter or digit and ends
 * with one or a full stop, holds no other inline syntax, and stands after the start of the line or a space
 * and before the end of the line, a space or `,.:;`. (`**name***`, the docs' required-parameter mark, is
 * such a pair and a literal `*` when it ends the line.)
 */
const STRONG = /\*\*([\p{L}\p{N}](?:[^\\`*_[\]<>&\u0000-\u001f\u007f]*[\p{L}\p{N}.])?)\*\*/gu;

/** Plain text and strong emphasis of `text[from, to)` (no code span in it), or null when anything else is there. */
function plainRun(text: string, from: number, to: number, at: At, lineFrom: number, lineTo: number): PhrasingContent[] | null {
  const out: PhrasingContent[] = [];
  let start = from;
  STRONG.lastIndex = from;
  for (let m = STRONG.exec(text); m && m.index < to; m = STRONG.exec(text)) {
    const open = m.index;
    let end = open + m[0].length;
    if (end > to || (open > lineFrom && text[open - 1] !== ' ')) return null;
    const after = end === lineTo ? '' : text[end];
    const marked = after === '*' && end + 1 === lineTo;
    if (!marked && after !== '' && !' ,.:;'.includes(after!)) return null;
    if (NOT_PLAIN.test(text.slice(start, open))) return null;
    if (open > start) out.push(textNode(text, start, open, at));
    const inner = textNode(text, open + 2, end - 2, at);
    out.push({ type: 'strong', children: [inner], position: { start: at(open + 1), end: at(end + 1) } } satisfies Strong);
    if (marked) {
      out.push(textNode(text, end, end + 1, at));
      end++;
    }
    start = end;
  }
  if (NOT_PLAIN.test(text.slice(start, to))) return null;
  if (start < to) out.push(textNode(text, start, to, at));
  return out;
}

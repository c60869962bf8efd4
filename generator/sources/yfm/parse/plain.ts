/**
 * Plain one-line regions, built without micromark. A third of the single-paragraph regions of the corpus
 * (table cells such as "Identifier of the deal") contain none of CommonMark's inline syntax; for them the
 * parser's answer is known: one paragraph holding one text node, the line's leading spaces outside both and
 * its trailing spaces outside the text. Building that node directly skips the tokenizer's set-up and a
 * place in an inline group. Only default markdown options qualify (`inlineLines` checks that), and the
 * property test in test/sources/yfm/parse/plain.test.ts checks the nodes equal mdast-util-from-markdown's.
 */
import type { Paragraph } from 'mdast';
import type { SkelLine } from './plan.ts';

/**
 * Characters that may start inline syntax (escapes, code spans, emphasis, links and images, autolinks and
 * raw HTML, character references), every control character (NUL becomes U+FFFD, tabs expand), and DEL.
 */
const NOT_PLAIN = /[\\`*_[\]<>&\u0000-\u001f\u007f]/;

/**
 * The paragraph micromark gives for a region whose only non-blank skeleton line is `line` (at 0-based index
 * `index` of the skeleton; `inlineLines` has already ruled out block starts), in skeleton coordinates (line =
 * skeleton line, column = skeleton column) — or null when the line holds anything but plain text.
 */
export function plainParagraph(line: SkelLine, index: number): Paragraph | null {
  const text = line.text;
  if (NOT_PLAIN.test(text)) return null;
  let from = 0;
  while (text.charCodeAt(from) === 32) from++;
  let to = text.length;
  while (to > from && text.charCodeAt(to - 1) === 32) to--;
  if (from === to || from > 3) return null;
  const at = (column: number) => ({ line: index + 1, column, offset: column - 1 });
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: text.slice(from, to), position: { start: at(from + 1), end: at(to + 1) } }],
    position: { start: at(from + 1), end: at(text.length + 1) },
  };
}

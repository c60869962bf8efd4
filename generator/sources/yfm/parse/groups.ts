/**
 * Inline groups. A region that is a single paragraph (most table cells) costs micromark a paragraph set-up
 * dearer than its text, so such regions are parsed as the lines of ONE paragraph, separated by a line holding
 * only U+001F. Delimiter flanking at a separator is the same as at a paragraph edge, so the result equals
 * separate parses unless an inline construct (emphasis, code span, link, raw HTML) spans a separator — which
 * leaves fewer top-level separators than members, is detected, and sends the group back to separate parses.
 */
import type { Paragraph, PhrasingContent, RootContent, Text } from 'mdast';
import type { FileCtx } from './context.ts';
import { indentWidth, isBlank, type Point } from './lines.ts';
import type { RegionPlan, SkelLine } from './plan.ts';

/** Separates the members of a group; scrubbed from the input (parse.ts). */
export const GROUP_SEPARATOR = '\u001F';

/** Lines that would start or interrupt something other than paragraph text. */
const NOT_INLINE =
  /^[ \t]*(?:#{1,6}(?:[ \t]|$)|>|```|~~~|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$|(?:\*[ \t]*){3,}$|(?:_[ \t]*){3,}$|<|\[[^\]]*\]:)/;

/** The skeleton lines of a region that is exactly one paragraph of inline content, or null. */
export function inlineLines(p: RegionPlan, ctx: FileCtx): SkelLine[] | null {
  // Syntax extensions (GFM tables…) could turn paragraph lines into other blocks: no grouping with them.
  if (p.blocks.size > 0 || !ctx.cacheable) return null;
  const sk = p.skeleton;
  let a = 0;
  let b = sk.length;
  while (a < b && isBlank((sk[a] as SkelLine).text)) a++;
  while (b > a && isBlank((sk[b - 1] as SkelLine).text)) b--;
  if (a === b || b - a > 40 || indentWidth((sk[a] as SkelLine).text) >= 4) return null;
  for (let k = a; k < b; k++) {
    const t = (sk[k] as SkelLine).text;
    if (isBlank(t) || NOT_INLINE.test(t) || t.includes(GROUP_SEPARATOR)) return null;
  }
  // A trailing backslash or double space would become a hard break before the separator.
  if (endsInHardBreak((sk[b - 1] as SkelLine).text)) return null;
  return sk.slice(a, b);
}

/**
 * Whether a line ends with `\` or two spaces, then only spaces and tabs. A scan from the end: the regex
 * /(?:\\| {2})[ \t]*$/ retries from every space of a long run that does not end the line (quadratic).
 */
function endsInHardBreak(text: string): boolean {
  let i = text.length;
  let spaces = 0;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 32) {
      if (++spaces >= 2) return true;
    } else if (c === 9) spaces = 0;
    else return c === 92;
    i--;
  }
  return false;
}

export interface GroupMember {
  plan: RegionPlan;
  lines: SkelLine[];
  key: string | null;
  /** Batch line (1-based) of the member's first line. */
  first: number;
  last: number;
}

/** Split the group's paragraph back into one paragraph per member; null if a construct spans a separator. */
export function splitGroup(nodes: RootContent[], members: readonly GroupMember[], texts: readonly string[]): Paragraph[] | null {
  const para = nodes.length === 1 ? nodes[0] : undefined;
  if (para?.type !== 'paragraph') return null;
  const pieces: PhrasingContent[][] = [[]];
  let sep = 0;
  for (const c of para.children) {
    if (c.type !== 'text' || !c.value.includes(GROUP_SEPARATOR)) {
      if (containsSeparator(c)) return null;
      (pieces[pieces.length - 1] as PhrasingContent[]).push(c);
      continue;
    }
    const parts = c.value.split(`\n${GROUP_SEPARATOR}\n`);
    if (parts.some((x) => x.includes(GROUP_SEPARATOR))) return null;
    parts.forEach((value, j) => {
      if (j > 0) {
        pieces.push([]);
        sep++;
      }
      if (value === '') return;
      const prev = members[sep - 1];
      const here = members[sep];
      const start = j === 0 ? c.position?.start : prev && here ? lineStart(here.first, texts) : undefined;
      const end = j === parts.length - 1 ? c.position?.end : here ? lineEnd(here.last, texts) : undefined;
      const t: Text = { type: 'text', value };
      if (start && end) t.position = { start, end };
      (pieces[pieces.length - 1] as PhrasingContent[]).push(t);
    });
  }
  if (pieces.length !== members.length) return null;
  return pieces.map((children, k) => {
    const m = members[k] as GroupMember;
    // micromark ends a paragraph after trailing whitespace, but its last text before it.
    return { type: 'paragraph', children, position: { start: lineStart(m.first, texts), end: lineEnd(m.last, texts, true) } };
  });
}

function containsSeparator(n: PhrasingContent): boolean {
  if ('value' in n && typeof n.value === 'string') return n.value.includes(GROUP_SEPARATOR);
  if ('children' in n) return (n.children as PhrasingContent[]).some(containsSeparator);
  return false;
}

function lineStart(line: number, texts: readonly string[]): Point {
  const t = texts[line - 1] ?? '';
  const s = t.length - t.trimStart().length;
  return { line, column: s + 1, offset: 0 };
}

function lineEnd(line: number, texts: readonly string[], withTrailingSpace = false): Point {
  const t = texts[line - 1] ?? '';
  return { line, column: (withTrailingSpace ? t.length : t.trimEnd().length) + 1, offset: 0 };
}

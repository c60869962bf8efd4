/**
 * A response section that documents no result of its own but sends the reader to another method's: "The
 * method will return a result similar to the call of the method [`rpa.item.get`](./rpa-item-get.md)",
 * "Returns a response similar to the [rpa.type.get](…)". The link stage types the result from that method.
 */
import { flattenBlocks, lineOf, textOf } from './md.ts';
import type { AnyNode } from './nodes.ts';

/** Evidence prefix of a result the page says is like another method's (`result-like:rpa.item.get`). */
export const RESULT_LIKE = 'result-like:';

/** The method whose result a response paragraph says this one's is like, or null when it names none. */
export function resultLikeMethod(text: string): string | null {
  const m =
    /\b(?:returns?|result|response)\b[^.|]{0,60}?\b(?:similar\s+to|the\s+same\s+as|identical\s+to|analogous\s+to)\s+(?:that\s+of\s+)?(?:the\s+)?(?:call\s+of\s+)?(?:the\s+)?(?:method\s+|request\s+)?`?([a-z][\w]*(?:\.\w+)+)`?/i.exec(
      text,
    );
  return m?.[1] ?? null;
}

/** The first paragraph of a response section that says its result is like another method's, with its line. */
export function resultLikeOf(blocks: readonly AnyNode[]): { method: string; line: number | undefined } | null {
  for (const b of flattenBlocks(blocks)) {
    if (b.node.type !== 'paragraph' || b.include) continue;
    const method = resultLikeMethod(textOf(b.node));
    if (method) return { method, line: lineOf(b.node) };
  }
  return null;
}

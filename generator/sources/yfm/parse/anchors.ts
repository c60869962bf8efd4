/**
 * Heading ids for a whole page, as diplodoc's anchors plugin assigns them after includes are unfolded:
 * in document order (included headings and headings inside cells count), an explicit `{#anchor}` wins,
 * otherwise the slug of the heading text; a repeated id gets the repeat count appended ("fields1").
 */
import type { Heading, Nodes, Root } from 'mdast';
import { diplodocSlug } from './slug.ts';

/** The text diplodoc slugs: text and inline-code content, in order (markdown-it `headingInfo`). */
export function headingTitle(n: Nodes): string {
  if (n.type === 'text' || n.type === 'inlineCode') return n.value;
  if (n.type === 'html' || n.type === 'image' || n.type === 'break') return '';
  if ('children' in n) return (n.children as Nodes[]).map(headingTitle).join('');
  return '';
}

/** Set `data.slug` and `data.id` on every heading of the page tree. */
export function assignHeadingIds(tree: Root): void {
  const seen = new Map<string, number>();
  const visit = (n: Nodes): void => {
    if (n.type === 'heading') {
      setIds(n, seen);
      return;
    }
    if ('children' in n) for (const c of n.children as Nodes[]) visit(c);
  };
  visit(tree);
}

function setIds(h: Heading, seen: Map<string, number>): void {
  const data = (h.data ??= {});
  const slug = diplodocSlug(headingTitle(h));
  data.slug = slug;
  let id = data.anchor ?? slug;
  const count = seen.get(id);
  if (count) {
    seen.set(id, count + 1);
    id = id + count;
    if (data.anchor === undefined) data.slug = id;
  } else seen.set(id, 1);
  data.id = id;
}

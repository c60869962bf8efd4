/**
 * Deprecation in every wording (generator/sources/common/deprecation-wording.ts): `{% note warning "DEPRECATED" %}`,
 * "Method Development Stopped" and the other titles, and bodies saying development "has been halted" or that the
 * method "continues to function, but there is a more relevant alternative". The successor is the first method
 * link (or code/bold method name) in the note.
 */
import type { Deprecation } from '../../../spec/schema.ts';
import { fileOf, kids, lineOf, squash, textOf } from './md.ts';
import type { AnyNode, YfmNote } from './nodes.ts';
import { linksOf, proseOf } from './prose.ts';
import { DEPRECATION_BODY, isDeprecationWording } from '../../common/deprecation-wording.ts';

/** True when a note or paragraph text announces deprecation. */
export function isDeprecationText(title: string | null, body: string): boolean {
  return isDeprecationWording(title, body);
}

const METHOD_NAME = /^[a-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+$/;

/**
 * The first method named in a note: a link whose text is a method name, else a code/bold method name;
 * never the page's own method (`self`), which a note often names first ("The method `x` is deprecated").
 */
export function successorOf(nodes: readonly unknown[], self: readonly string[] = []): string | null {
  const own = new Set(self.map((n) => n.toLowerCase()));
  const other = (t: string) => METHOD_NAME.test(t) && !own.has(t.toLowerCase());
  for (const l of linksOf(nodes)) {
    const t = l.text.replace(/[`*]/g, '').trim();
    if (other(t)) return t;
  }
  let found: string | null = null;
  const visit = (node: unknown) => {
    if (found) return;
    const n = node as { type?: string };
    if (n.type === 'inlineCode' || n.type === 'strong') {
      const t = squash(textOf(n));
      if (other(t)) {
        found = t;
        return;
      }
    }
    for (const c of kids(node)) visit(c);
  };
  for (const n of nodes) visit(n);
  return found;
}

/** Deprecation of a method from the nodes before its first section (and the H1), or false. */
export function readDeprecation(input: { intro: readonly AnyNode[]; title: string; pagePath: string; h1Line?: number; self?: readonly string[] }): Deprecation {
  for (const node of input.intro) {
    if (node.type !== 'yfmNote') continue;
    const note = node as YfmNote;
    const body = textOf(note);
    if (!isDeprecationText(note.title, body)) continue;
    const line = lineOf(note);
    const successor = successorOf(kids(note), input.self);
    return {
      successor,
      note: squash(proseOf(kids(note))).slice(0, 1000),
      source: { file: fileOf(note, input.pagePath), ...(line ? { line } : {}), how: 'read', evidence: 'deprecation-note' },
    };
  }
  // A "Deprecated method" title, or a plain paragraph in the intro.
  if (/\bdeprecated\b|development has been discontinued/i.test(input.title)) {
    return {
      successor: null,
      note: input.title,
      source: { file: input.pagePath, ...(input.h1Line ? { line: input.h1Line } : {}), how: 'read', evidence: 'title' },
    };
  }
  for (const node of input.intro) {
    if (node.type !== 'paragraph') continue;
    const body = textOf(node);
    if (!DEPRECATION_BODY.test(body)) continue;
    const line = lineOf(node);
    return {
      successor: successorOf([node], input.self),
      note: squash(proseOf([node])).slice(0, 1000),
      source: { file: fileOf(node, input.pagePath), ...(line ? { line } : {}), how: 'read', evidence: 'prose' },
    };
  }
  return false;
}

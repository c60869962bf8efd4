/** Helpers for the YFM parser tests: parse a text, walk the tree, and print nodes as compact markdown to assert on. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes } from 'mdast';
import { parseYfm, type ParseYfmResult, type YfmRow, type YfmTable } from '../../generator/sources/yfm/parse/index.ts';

const FIX = join(import.meta.dirname, '../fixtures/yfm');

/** A fixture page of test/fixtures/yfm/. */
export const fixture = (name: string): string => readFileSync(join(FIX, name), 'utf8');

/** Reads an include from the fixture corpus test/fixtures/yfm/corpus/ (undefined when the file is missing). */
export const fixtureReader = (p: string): string | undefined => {
  try {
    return readFileSync(join(FIX, 'corpus', p), 'utf8');
  } catch {
    return undefined;
  }
};

/** Loose view of any node, for assertions. */
export type AnyNode = { type: string; children?: unknown[]; value?: string; position?: Nodes['position']; data?: Record<string, unknown> };

/** Parses a text as the page `path`, resolving includes through `readInclude` when given. */
export function parse(text: string, path = 'api/page.md', readInclude?: (p: string) => string | undefined): ParseYfmResult {
  return parseYfm(text, readInclude ? { path, readInclude } : { path });
}

/** Every node of a type under `node` (itself included), in document order; `intoIncludes` false stops at included files. */
export function all<T extends { type: string }>(node: unknown, type: string, out: T[] = [], intoIncludes = true): T[] {
  const n = node as { type: string; children?: unknown[] };
  if (n.type === type) out.push(n as unknown as T);
  if (!intoIncludes && n.type === 'yfmInclude') return out;
  for (const c of n.children ?? []) all(c, type, out, intoIncludes);
  return out;
}

/** The first node of a type under `node`; throws when there is none. */
export function first<T extends { type: string }>(node: unknown, type: string): T {
  const found = all<T>(node, type)[0];
  if (!found) throw new Error(`no ${type}`);
  return found;
}

/** Canonical inline markdown of a node, to assert on cell content compactly. */
export function md(node: unknown): string {
  const n = node as AnyNode & { url?: string; lang?: string | null };
  const kids = (n.children ?? []) as unknown[];
  switch (n.type) {
    case 'text':
      return n.value ?? '';
    case 'inlineCode':
      return `\`${n.value}\``;
    case 'strong':
      return `**${kids.map(md).join('')}**`;
    case 'emphasis':
      return `*${kids.map(md).join('')}*`;
    case 'link':
      return `[${kids.map(md).join('')}](${n.url})`;
    case 'code':
      return `\`\`\`${n.lang ?? ''}\n${n.value}\n\`\`\``;
    case 'list':
    case 'listItem':
      return kids.map(md).join('\n');
    case 'yfmTable':
      return `<table ${kids.length}>`;
    case 'yfmNote':
      return `<note>`;
    default:
      return kids.map(md).join(n.type === 'yfmCell' || n.type === 'root' ? '\n\n' : '');
  }
}

/** Inline markdown of a container's children, blocks separated by blank lines. */
export const body = (n: { children: unknown[] }): string => n.children.map(md).join('\n\n');
/** The rows of a table. */
export const rows = (t: YfmTable): YfmRow[] => t.children;
/** The inline markdown of each cell of a row. */
export const cellsMd = (r: YfmRow): string[] => r.children.map((c) => md(c));
/** The 1-based line of the first line of `text` holding `needle` (0 when none does). */
export const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

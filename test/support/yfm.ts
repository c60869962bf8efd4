/** Helpers for the YFM extractor tests: a page's top-level nodes and tables, parsed by the project's YFM parser or by remark. */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parsePage } from '../../generator/sources/yfm/extract/parser.ts';
import { inlineMd } from '../../generator/sources/yfm/extract/md.ts';
import type { AnyNode, YfmTable } from '../../generator/sources/yfm/extract/nodes.ts';

/** The top-level nodes of a page written in YFM markdown (no includes). */
export const nodesOf = (text: string): AnyNode[] => parsePage(text, 'p.md', () => undefined).tree.children as unknown as AnyNode[];

/** The first YFM table of a page. */
export function tableOf(text: string): YfmTable {
  const t = nodesOf(text).find((n) => n.type === 'yfmTable');
  if (!t) throw new Error('no table');
  return t as unknown as YfmTable;
}

/** The top-level nodes of plain markdown, parsed by remark (no YFM rules). */
export const markdownNodes = (s: string): AnyNode[] => unified().use(remarkParse).parse(s).children as unknown as AnyNode[];

/** Canonical inline markdown of a cell written in markdown (as the YFM parser would hand it over). */
export const markdownCell = (s: string): string => inlineMd(markdownNodes(s).flatMap((b) => [b, { type: 'text', value: '\n' }]));

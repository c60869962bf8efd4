/** The YFM node types of the parser contract (NODES.md), as the parser declares them, plus the parse result shape. */
import type { Heading, Nodes, Root } from 'mdast';
import type { YfmCell, YfmCut, YfmInclude, YfmNode, YfmNote, YfmRow, YfmTab, YfmTable, YfmTabs } from '../parse/types.ts';

export type { Heading, Root, YfmCell, YfmCut, YfmInclude, YfmNode, YfmNote, YfmRow, YfmTab, YfmTable, YfmTabs };

/** Any node the extractor may meet: standard mdast plus the YFM extensions (registered in mdast's maps). */
export type AnyNode = Nodes | YfmNode;

/** The parser's output for one page. */
export interface ParsedPage {
  tree: Root;
  warnings: Array<{ code: string; message: string; file: string; line?: number }>;
}

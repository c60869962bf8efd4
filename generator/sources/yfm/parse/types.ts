/**
 * The YFM node types of the parser contract (../NODES.md). They are registered in mdast's content maps
 * (the same way mdast-util-gfm-table registers `table`) so a tree holding them is still an mdast `Root`.
 */
import type { BlockContent, Data, Parent, RootContent } from 'mdast';

/** Where a node came from when it was included from another file. */
export interface YfmData extends Data {
  /** Corpus-relative path of the include file the node came from (absent for the page's own nodes). */
  file?: string;
}

export interface YfmTable extends Parent {
  type: 'yfmTable';
  children: YfmRow[];
  data?: YfmData;
}
export interface YfmRow extends Parent {
  type: 'yfmRow';
  children: YfmCell[];
  data?: YfmData;
}
export interface YfmCell extends Parent {
  type: 'yfmCell';
  children: Array<BlockContent | YfmBlock>;
  /** A `>` cell: merged into the cell on its left (diplodoc colspan). */
  colspan?: true;
  /** A `^` cell: merged into the cell above (diplodoc rowspan). */
  rowspan?: true;
  data?: YfmData;
}
export interface YfmNote extends Parent {
  type: 'yfmNote';
  noteType: string;
  /** `null` when the directive has no title argument; `""` for `{% note tip "" %}`. */
  title: string | null;
  children: Array<BlockContent | YfmBlock>;
  data?: YfmData;
}
export interface YfmTabs extends Parent {
  type: 'yfmTabs';
  children: YfmTab[];
  data?: YfmData;
}
export interface YfmTab extends Parent {
  type: 'yfmTab';
  label: string;
  children: Array<BlockContent | YfmBlock>;
  data?: YfmData;
}
export interface YfmCut extends Parent {
  type: 'yfmCut';
  title: string;
  children: Array<BlockContent | YfmBlock>;
  data?: YfmData;
}
export interface YfmInclude extends Parent {
  type: 'yfmInclude';
  /** The path as written in the directive. */
  target: string;
  /** Corpus-relative path that was read, or null when it could not be resolved (a warning says why). */
  resolvedPath: string | null;
  notitle: boolean;
  children: RootContent[];
  data?: YfmData;
}

/** YFM nodes that may stand where a block may. */
export type YfmBlock = YfmTable | YfmNote | YfmTabs | YfmCut | YfmInclude;
/** Every YFM node type. */
export type YfmNode = YfmBlock | YfmRow | YfmCell | YfmTab;

declare module 'mdast' {
  interface BlockContentMap {
    yfmTable: YfmTable;
    yfmNote: YfmNote;
    yfmTabs: YfmTabs;
    yfmCut: YfmCut;
    yfmInclude: YfmInclude;
  }
  interface RootContentMap {
    yfmTable: YfmTable;
    yfmRow: YfmRow;
    yfmCell: YfmCell;
    yfmNote: YfmNote;
    yfmTabs: YfmTabs;
    yfmTab: YfmTab;
    yfmCut: YfmCut;
    yfmInclude: YfmInclude;
  }
  interface HeadingData {
    /** The explicit `{#anchor}` written after the heading text. */
    anchor?: string;
    /** diplodoc's auto-slug of the heading text (de-duplicated in page order). */
    slug?: string;
    /** The id diplodoc gives the heading: the anchor if any, else the slug (de-duplicated in page order). */
    id?: string;
    file?: string;
  }
  interface LinkData {
    /** `[{#T}](path)`: the link text is the target page's title. */
    titleFromTarget?: true;
    file?: string;
  }
  interface ParagraphData {
    /** Classes from a trailing `{.class}` attribute block (e.g. `b24-info`). */
    classes?: string[];
    /** An `{#id}` in a trailing attribute block. */
    anchor?: string;
    file?: string;
  }
  interface Data {
    file?: string;
  }
}

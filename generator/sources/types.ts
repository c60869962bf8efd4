/** The contract every source reader fulfils: one input page in, specs and warnings out, never a throw. */
import type { ErrorCatalogue, MethodSpec, NamedType, TypeCatalogue, Warning } from '../spec/schema.ts';

/** One input page as the pipeline hands it to a reader; `path` is what specs and warnings cite. */
export interface SourcePage {
  path: string;
  text: string;
}

/** What a reader yields for a page. Pages that document no method yield no specs and say why in `skipped`. */
export interface ReaderOutput {
  specs: MethodSpec[];
  warnings: Warning[];
  /** Shared knowledge a page contributes (Vibe guide pages, the REST system-error include, data-types pages). */
  errorCatalogues?: ErrorCatalogue[];
  typeCatalogues?: TypeCatalogue[];
  /** The structures the page's headings document, for links from other pages to it (never emitted itself). */
  fieldPage?: FieldPage;
  /** Set when the page is not a method page: a short reason for the report ("event page", "guide"). */
  skipped?: string;
}

export type ReaderName = 'scraped-text' | 'yfm-markdown' | 'vibe-page' | 'vibe-entity-page';

/** One page's reading: which reader read it and what it yielded. */
export interface PageReading {
  path: string;
  reader: ReaderName | null;
  output: ReaderOutput;
}

/**
 * What a link to a page means for a structure: the named types its headings document, which heading
 * anchor (lower-cased) names which type, and the type the page as a whole documents (a link with no anchor).
 */
export interface FieldPage {
  path: string;
  types: NamedType[];
  anchors: Record<string, string>;
  root: string | null;
}

/** The contract every source reader fulfils: one input page in, specs and warnings out, never a throw. */
import type { ErrorCatalogue, MethodSpec, TypeCatalogue, Warning } from '../spec/schema.ts';

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

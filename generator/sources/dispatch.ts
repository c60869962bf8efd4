/**
 * Which reader a page needs, decided from its content (never its name), and the corpus-level passes
 * that need every page at once: Vibe entity knowledge, list-entity links, duplicate merging.
 */
import type { ReaderName, ReaderOutput, SourcePage } from './types.ts';
import { looksLikeScrapedPage, readScrapedPage } from './scraped/index.ts';
import { enrichVibeOutputs, looksLikeVibePage, readVibeConventions, readVibePage, type VibeConventions } from './vibe/index.ts';
import { linkListEntities, readYfmCorpus, readYfmPage } from './yfm/extract/index.ts';
import { REST_SYSTEM_ERRORS } from './common/rest-system-errors.ts';
import { assembleSpecSet, type PageReading } from './assemble.ts';
import type { SpecSet } from '../spec/spec-set.ts';

/** What a page is, from its content: YFM markdown, a Vibe page, scraped apidocs text, or none of these. */
export function detectReader(text: string): 'yfm-markdown' | 'vibe' | 'scraped-text' | null {
  // Vibe first: its pages carry `#Heading` lines that would otherwise pass for markdown.
  if (looksLikeVibePage(text)) return 'vibe';
  if (looksLikeScrapedPage(text)) return 'scraped-text';
  if (/^# \S/m.test(text) || /^\s*#\|/m.test(text) || /\{%\s*(note|include|list|cut)\b/.test(text)) return 'yfm-markdown';
  return null;
}

export interface ReadContext {
  /** Reads a file relative to the page's corpus root (for YFM includes). */
  readFile: (path: string) => string | undefined;
}

/** Read pages with the reader each one's content calls for; Vibe pages first pool their guides' conventions. */
export function readPages(pages: Array<{ page: SourcePage; ctx: ReadContext }>): PageReading[] {
  const kinds = pages.map((p) => detectReader(p.page.text));
  const vibePages = pages.filter((_, i) => kinds[i] === 'vibe').map((p) => p.page);
  const conventions = vibePages.length ? readVibeConventions(vibePages) : undefined;
  return pages.map((p, i) => readPage(p.page, p.ctx, conventions, kinds[i]));
}

/** Read one page with the reader its content calls for (detected unless the caller already did); never throws. */
export function readPage(
  page: SourcePage,
  ctx: ReadContext,
  conventions?: VibeConventions,
  kind: ReturnType<typeof detectReader> = detectReader(page.text),
): PageReading {
  let output: ReaderOutput;
  let reader: ReaderName | null = null;
  try {
    if (kind === 'vibe') {
      output = readVibePage(page, conventions ? { conventions } : {});
      reader = output.specs[0]?.sources[0]?.reader ?? 'vibe-page';
    } else if (kind === 'scraped-text') {
      output = readScrapedPage(page);
      reader = 'scraped-text';
    } else if (kind === 'yfm-markdown') {
      output = readYfmPage(page, ctx);
      reader = 'yfm-markdown';
    } else {
      output = { specs: [], warnings: [] };
    }
  } catch (err) {
    // Readers promise not to throw; if one does, the page is reported, not the run lost.
    output = {
      specs: [],
      warnings: [{ code: 'reader-error', message: `the reader failed: ${(err as Error).message}`, file: page.path }],
      skipped: 'reader error',
    };
  }
  return { path: page.path, reader, output };
}

/** Read a whole YFM corpus folder into one reading per page. */
export function readCorpus(root: string, onProgress?: (done: number, total: number) => void): PageReading[] {
  const corpus = readYfmCorpus(root, onProgress ? { onProgress } : {});
  const specsByPage = new Map<string, ReaderOutput['specs']>();
  for (const spec of corpus.specs) {
    const path = spec.sources[0]?.path ?? '';
    specsByPage.set(path, [...(specsByPage.get(path) ?? []), spec]);
  }
  const warningsByPage = new Map<string, ReaderOutput['warnings']>();
  for (const w of corpus.warnings) warningsByPage.set(w.file, [...(warningsByPage.get(w.file) ?? []), w]);
  return corpus.pages.map((p, i) => ({
    path: p.path,
    reader: 'yfm-markdown' as const,
    output: {
      specs: specsByPage.get(p.path) ?? [],
      warnings: warningsByPage.get(p.path) ?? [],
      ...(p.skipped ? { skipped: p.skipped } : {}),
      // Corpus-wide catalogues ride on the first page so the assembler sees them once.
      ...(i === 0 ? { errorCatalogues: corpus.errorCatalogues, typeCatalogues: corpus.typeCatalogues } : {}),
    },
  }));
}

/** Every reading → the spec set: Vibe pages share entity knowledge, list methods get their entity linked. */
export function buildSpecSet(readings: PageReading[]): SpecSet {
  const vibe = readings.filter((r) => r.reader === 'vibe-page' || r.reader === 'vibe-entity-page' || isVibeGuide(r));
  const enriched = enrichVibeOutputs(vibe.map((r) => r.output));
  const byPath = new Map(vibe.map((r, i) => [r.path, enriched[i]!]));
  const merged = readings.map((r) => (byPath.has(r.path) ? { ...r, output: byPath.get(r.path)! } : r));
  const set = assembleSpecSet(merged, { errorCatalogues: [REST_SYSTEM_ERRORS] });
  return { ...set, specs: linkListEntities(set.specs) };
}

function isVibeGuide(r: PageReading): boolean {
  return (r.output.errorCatalogues ?? []).some((c) => c.api === 'vibe');
}

/**
 * The readers' public API. Pure: a page's text in, its reading out; no file is read here (the pipeline
 * hands every page and an include reader in). Which reader a page needs is decided once, from its
 * content (never its name). Everything that needs more than one page is the link stage's.
 */
import type { PageReading, ReaderName, ReaderOutput, SourcePage } from './types.ts';
import { looksLikeScrapedPage, readScrapedPage } from './scraped/index.ts';
import { looksLikeVibePage, readVibeConventions, readVibePage, type VibeConventions } from './vibe/index.ts';
import { CATALOGUE_PAGES, readYfmPage, SYSTEM_ERRORS_INCLUDE } from './yfm/extract/index.ts';
import type { ReadingMemo } from './reading-memo.ts';
import { sha256 } from '../core/hash.ts';

export { ReadingMemo, recordingContext } from './reading-memo.ts';
export type { FieldPage, PageReading, ReaderName, ReaderOutput, SourcePage } from './types.ts';
export { FIELD_PAGE_ROOT } from './yfm/types/field-page.ts';
export { CATALOGUE_PAGES } from './yfm/extract/index.ts';
export { REST_SYSTEM_ERRORS } from './common/rest-system-errors.ts';
// What the link stage applies across pages: each reader's own vocabulary, through its public entry.
export { customFieldPattern, isListMethodName, mapTypeName } from './yfm/extract/index.ts';
export { describeOperation, entityTypeName, inputTypeName, sortErrors, VIBE_ERROR_CATALOGUE } from './vibe/index.ts';

/** Corpus pages other pages rely on without naming them (the system-error include, the data-types pages), corpus-relative. */
export const CONTEXT_PAGES: readonly string[] = [SYSTEM_ERRORS_INCLUDE, ...Object.keys(CATALOGUE_PAGES)];

/** What a page is, from its content: YFM markdown, a Vibe page, scraped apidocs text, or none of these. */
export function detectReader(text: string): 'yfm-markdown' | 'vibe' | 'scraped-text' | null {
  // Vibe first: its pages carry `#Heading` lines that would otherwise pass for markdown.
  if (looksLikeVibePage(text)) return 'vibe';
  if (looksLikeScrapedPage(text)) return 'scraped-text';
  if (/^# \S/m.test(text) || /^\s*#\|/m.test(text) || /\{%\s*(note|include|list|cut)\b/.test(text)) return 'yfm-markdown';
  return null;
}

/** What a reader may ask of the world: the text of another file of the page's corpus (YFM includes). */
export interface ReadContext {
  /** Reads a file relative to the page's corpus root; undefined when absent. */
  readFile: (path: string) => string | undefined;
  /** What a worker thread needs to rebuild this context: the files it serves from memory, or the folder it reads. */
  shareable?: { files: ReadonlyMap<string, string> } | { root: string };
}

/** One page to read, with its context. */
export interface PageInput {
  page: SourcePage;
  ctx: ReadContext;
  /** The reader for a page whose content says nothing either way (a fragment of a YFM corpus has no heading). */
  fallback?: 'yfm-markdown';
}

/** Read pages with the reader each one's content calls for; Vibe pages first pool their guides' conventions. */
export function readPages(pages: readonly PageInput[], onProgress?: (done: number, total: number) => void, memo?: ReadingMemo): PageReading[] {
  const kinds = pages.map((p) => detectReader(p.page.text) ?? p.fallback ?? null);
  const vibePages = pages.filter((_, i) => kinds[i] === 'vibe').map((p) => p.page);
  // Pooled only when a Vibe page is read, not when every one comes from the memo.
  let pooled: { conventions: VibeConventions | undefined } | undefined;
  const conventions = () => (pooled ??= { conventions: vibePages.length ? readVibeConventions(vibePages) : undefined }).conventions;
  // A Vibe reading depends on conventions pooled from every Vibe page: it is memoised under all their texts.
  const vibeSet = memo && vibePages.length ? `\0vibe:${sha256(JSON.stringify(vibePages.map((p) => [p.path, p.text])))}` : '';
  return pages.map((p, i) => {
    onProgress?.(i + 1, pages.length);
    const kind = kinds[i] ?? null;
    if (!memo) return readDetected(p, kind, conventions);
    const key = kind === 'vibe' ? `${p.page.text}${vibeSet}` : p.page.text;
    const hit = memo.lookup(p.page.path, key, p.ctx);
    if (hit) return hit;
    const { ctx, store } = memo.recording(p.page.path, key, p.ctx);
    const reading = readDetected({ ...p, ctx }, kind, conventions);
    store(reading);
    return reading;
  });
}

/** Read one page whose reader was already detected (the readers guard themselves: this never throws). */
function readDetected(p: PageInput, kind: ReturnType<typeof detectReader>, conventions: () => VibeConventions | undefined): PageReading {
  const { page, ctx } = p;
  let output: ReaderOutput = { specs: [], warnings: [] };
  let reader: ReaderName | null = null;
  if (kind === 'vibe') {
    const pooled = conventions();
    output = readVibePage(page, pooled ? { conventions: pooled } : {});
    reader = output.specs[0]?.sources[0]?.reader ?? 'vibe-page';
  } else if (kind === 'scraped-text') {
    output = readScrapedPage(page);
    reader = 'scraped-text';
  } else if (kind === 'yfm-markdown') {
    output = readYfmPage(page, ctx);
    reader = 'yfm-markdown';
  }
  return { path: page.path, reader, output };
}

/** Read one page on its own (no Vibe conventions pooled from other pages). */
export function readPage(input: PageInput): PageReading {
  return readPages([input])[0]!;
}

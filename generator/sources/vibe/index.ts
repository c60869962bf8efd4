/** The Vibe REST API reader: scraped Vibe doc pages → one MethodSpec per operation, plus shared conventions. */
import type { ReaderOutput, SourcePage } from '../types.ts';
import { guardReader } from '../common/guard.ts';
import type { VibeConventions } from './conventions.ts';
import { classifyVibePage } from './detect.ts';
import { readEntityPage } from './entity-page.ts';
import { readGuidePage } from './guide-page.ts';
import { readMethodPage } from './method-page.ts';
import { MAX_LINES, toVibeDoc } from './page-lines.ts';

export { looksLikeVibePage } from './detect.ts';
export { readVibeConventions, type VibeConventions, type VibeFact, type FilterOperatorDoc } from './conventions.ts';
export { describeOperation, entityTypeName, inputTypeName } from './operation-name.ts';
export { sortErrors } from './errors.ts';
export { summarizeVibePage, type VibePageSummary } from './summary.ts';
export { VIBE_ERROR_CATALOGUE } from './guide-page.ts';

export interface ReadVibeOptions {
  /** Shared conventions (from `readVibeConventions`): list paging, filter operators, list params. */
  conventions?: VibeConventions;
}

/** Read one Vibe page (method, entity or guide page, told apart by content); never throws. */
export function readVibePage(page: SourcePage, options: ReadVibeOptions = {}): ReaderOutput {
  const file = typeof page?.path === 'string' && page.path ? page.path : '(unnamed page)';
  return guardReader('Vibe', file, () => {
    const doc = toVibeDoc(page);
    if (doc.lines.every((l) => l.text.trim() === '')) {
      return { specs: [], warnings: [{ code: 'empty-page', message: 'the page has no text', file, line: 1 }], skipped: 'empty page' };
    }
    const kind = classifyVibePage(doc);
    const read =
      kind.kind === 'method'
        ? readMethodPage(doc, kind, options.conventions)
        : kind.kind === 'entity'
          ? readEntityPage(doc, kind, options.conventions)
          : readGuidePage(doc);
    const out = doc.cut
      ? {
          ...read,
          warnings: [
            ...read.warnings,
            { code: 'page-limit', message: `the page has ${doc.cut} lines; only the first ${MAX_LINES} are read`, file, line: MAX_LINES + 1 },
          ],
        }
      : read;
    return out.specs.length === 0 && !out.skipped ? { ...out, skipped: 'no operation could be read' } : out;
  });
}

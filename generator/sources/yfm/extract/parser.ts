/**
 * The one place the extractor obtains a parsed tree. It uses the interim parser until
 * `generator/sources/yfm/parse/index.ts` (`parseYfm`, NODES.md) lands; then this import changes to
 * `import { parseYfm } from '../parse/index.ts'` and interim-parse.ts is deleted.
 */
import { interimParseYfm } from './interim-parse.ts';
import type { ParsedPage } from './nodes.ts';

/** Parse a page's text into the NODES.md tree; includes are read through `readInclude` (corpus-relative paths). */
export function parsePage(text: string, path: string, readInclude: (path: string) => string | undefined): ParsedPage {
  return interimParseYfm(text, { path, readInclude });
}

/** The one place the extractor obtains a parsed tree: the YFM parser of generator/sources/yfm/parse (NODES.md). */
import { parseYfm } from '../parse/index.ts';
import type { ParsedPage } from './nodes.ts';

/** Parse a page's text into the NODES.md tree; includes are read through `readInclude` (corpus-relative paths). */
export function parsePage(text: string, path: string, readInclude: (path: string) => string | undefined): ParsedPage {
  return parseYfm(text, { path, readInclude });
}

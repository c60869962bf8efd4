/**
 * YFM (Diplodoc) markdown → mdast with the YFM node types of ../NODES.md.
 *
 * `parseYfm(text, { path, readInclude })` is the direct API; `remarkYfm` is the same parser as a unified
 * plugin: `unified().use(remarkParse).use(remarkYfm, { readInclude })` — it replaces remark-parse's parser
 * with one that cuts the YFM blocks out and hands the ordinary markdown (and every cell, note and tab body)
 * to mdast-util-from-markdown with the processor's micromark/mdast extensions, so other syntax plugins
 * registered before it (remark-gfm, …) still apply to the markdown parts.
 */
import type { Root } from 'mdast';
import type { Parser, Plugin, Processor } from 'unified';
// remark-parse registers the `micromarkExtensions` / `fromMarkdownExtensions` keys of processor data.
import type {} from 'remark-parse';
import type { Warning } from '../../../spec/schema.ts';
import { assignHeadingIds } from './anchors.ts';
import type { MarkdownOptions } from './context.ts';
import { parseFile } from './parse.ts';

export type { YfmBlock, YfmCell, YfmCut, YfmData, YfmInclude, YfmNode, YfmNote, YfmRow, YfmTab, YfmTable, YfmTabs } from './types.ts';
export { diplodocSlug } from './slug.ts';
export { includeCandidates } from './include-path.ts';

export interface ParseYfmOptions {
  /** The page's path relative to the corpus root; warnings, `data.file` and include resolution use it. */
  path: string;
  /** Returns the text of a corpus-relative file, or undefined when there is none. The parser's only I/O. */
  readInclude?: (corpusRelativePath: string) => string | undefined;
  /** micromark / mdast-util-from-markdown extensions for the markdown parts (remarkYfm passes the processor's). */
  markdown?: MarkdownOptions;
}

export interface ParseYfmResult {
  tree: Root;
  warnings: Warning[];
}

/** Parse a YFM page into an mdast tree with YFM nodes; never throws (problems become warnings). */
export function parseYfm(text: string, opts: ParseYfmOptions): ParseYfmResult {
  const path = opts.path;
  const input = typeof text === 'string' ? text : String(text ?? '');
  const markdown = opts.markdown ?? {};
  const cacheable = !(markdown.extensions?.length || markdown.mdastExtensions?.length);
  try {
    const { nodes, warnings } = parseFile(input, path, [path], { readInclude: opts.readInclude, markdown, cacheable });
    const tree: Root = { type: 'root', children: nodes, position: docPosition(input) };
    assignHeadingIds(tree);
    return { tree, warnings };
  } catch (e) {
    // Last resort: the scanners are written not to throw, but a page must never take the build down.
    const message = e instanceof Error ? e.message : String(e);
    return {
      tree: { type: 'root', children: [], position: docPosition(input) },
      warnings: [{ code: 'yfm-internal-error', message: `Parser failure, page left empty: ${message}`, file: path }],
    };
  }
}

function docPosition(text: string): Root['position'] {
  let line = 1;
  let lastStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lastStart = i + 1;
    }
  }
  return { start: { line: 1, column: 1, offset: 0 }, end: { line, column: text.length - lastStart + 1, offset: text.length } };
}

export interface RemarkYfmOptions {
  readInclude?: (corpusRelativePath: string) => string | undefined;
  /** Page path when the VFile has none (else `file.path` is used). */
  path?: string;
}

/**
 * unified plugin: use after remark-parse. Warnings become VFile messages (`ruleId` = warning code,
 * `source` = "yfm") and are also left on `file.data.yfmWarnings`.
 */
export const remarkYfm: Plugin<[RemarkYfmOptions?], string, Root> = function (this: Processor, options?: RemarkYfmOptions) {
  const self = this;
  const parser: Parser<Root> = (doc, file) => {
    const path = options?.path ?? file.path ?? '';
    const { tree, warnings } = parseYfm(doc, {
      path,
      ...(options?.readInclude ? { readInclude: options.readInclude } : {}),
      markdown: { extensions: self.data('micromarkExtensions') ?? [], mdastExtensions: self.data('fromMarkdownExtensions') ?? [] },
    });
    (file.data as { yfmWarnings?: Warning[] }).yfmWarnings = warnings;
    for (const w of warnings) {
      const msg = file.message(w.message, { ruleId: w.code, source: 'yfm', ...(w.line ? { place: { line: w.line, column: 1 } } : {}) });
      msg.file = w.file;
    }
    return tree;
  };
  (self as unknown as { parser: typeof parser }).parser = parser;
};

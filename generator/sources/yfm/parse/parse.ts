/**
 * Parse one file (a page or an included fragment) into block content: conditions → lines → region plans
 * (YFM constructs cut out, sub-regions queued) → one remark parse of all skeletons → placeholders spliced
 * → inline YFM rules → `data.file` on nodes of included files.
 */
import type { Nodes, RootContent } from 'mdast';
import type { Warning } from '../../../spec/schema.ts';
import { boundText } from './bounds.ts';
import { applyConditions } from './conditions.ts';
import { LIMITS, type FileCtx, type MarkdownOptions, type PendingRegion } from './context.ts';
import { resolveInclude } from './includes.ts';
import { normalizeInline } from './inline.ts';
import { splitLines } from './lines.ts';
import { fillPlans } from './markdown.ts';
import type { RegionPlan } from './plan.ts';
import { planRegion } from './region.ts';

export interface FileOptions {
  readInclude: ((corpusRelativePath: string) => string | undefined) | undefined;
  markdown: MarkdownOptions;
  /** False when custom markdown extensions are in use (include results are then not memoised). */
  cacheable: boolean;
}

/** Characters the parser uses as separators (markdown.ts); any in the input become U+FFFD. */
const SENTINELS = /\u001F/g;

/** Parse a file's text; `stack` lists the files being parsed, outermost first, ending with `file`. */
export function parseFile(input: string, file: string, stack: readonly string[], opts: FileOptions): { nodes: RootContent[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  let text = input;
  if (text.includes('\u001F')) {
    warnings.push({ code: 'yfm-reserved-char', message: 'Control character U+001F replaced by U+FFFD', file });
    text = text.replace(SENTINELS, '\uFFFD');
  }
  // A BOM is not content; blanking it keeps every offset and column.
  if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1);
  text = boundText(text, file, warnings);
  text = applyConditions(text, file, warnings);

  const ctx: FileCtx = {
    file,
    warnings,
    warned: new Map(),
    budget: LIMITS.scanBase + LIMITS.scanPerChar * text.length,
    budgetWarned: false,
    depthWarned: false,
    nextId: 0,
    queue: [],
    markdown: opts.markdown,
    cacheable: opts.cacheable,
    include: (req) =>
      resolveInclude(
        req,
        {
          readInclude: opts.readInclude,
          stack,
          cacheable: opts.cacheable,
          parseFile: (t, f, s) => parseFile(t, f, s, opts),
        },
        ctx,
      ),
  };

  let top: RootContent[] = [];
  ctx.queue.push({ lines: splitLines(text), cell: false, depth: 0, fill: (nodes) => (top = nodes) });

  // Plan every region (planning one queues its sub-regions), then parse all skeletons in one go.
  const plans: RegionPlan[] = [];
  for (let q = 0; q < ctx.queue.length; q++) plans.push(planRegion(ctx.queue[q] as PendingRegion, ctx));
  ctx.queue.length = 0;

  fillPlans(plans, ctx);

  normalizeInline(top);
  if (stack.length > 1) for (const n of top) markFile(n, file);
  return { nodes: top, warnings };
}

/** Tag every node of an included file with the file (nodes of deeper includes already carry theirs). */
function markFile(n: Nodes, file: string): void {
  const data = (n.data ??= {}) as { file?: string };
  if (data.file !== undefined) return;
  data.file = file;
  if ('children' in n) for (const c of n.children as Nodes[]) markFile(c, file);
}

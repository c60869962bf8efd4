/** Read a Vibe guide page: no operations, but shared errors (code + HTTP status) for the `vibe-errors` catalogue. */
import { SPEC_VERSION, type ErrorEntry } from '../../spec/schema.ts';
import type { ReaderOutput } from '../types.ts';
import { pageContext, type PageContext } from './context.ts';
import { errorFromExample, errorsFromProse, errorsFromTable, isErrorTable, mergeErrors, sortErrors } from './errors.ts';
import { jsonFromLines } from './examples.ts';
import { headingTitle, nonEmpty, type Line, type VibeDoc } from './page-lines.ts';
import { pageScope } from './detect.ts';
import { readTables } from './tables.ts';

/** Id of the catalogue of errors every Vibe operation may return. */
export const VIBE_ERROR_CATALOGUE = 'vibe-errors';

/** A guide page's contribution: the shared errors it documents, and why it yields no operation. */
export function readGuidePage(doc: VibeDoc): ReaderOutput {
  const ctx = pageContext(doc, 'vibe-page');
  const title = nonEmpty(doc.lines)[0]?.text ?? '';
  // Junk input must not leak control characters or broken surrogates into the report.
  const name =
    headingTitle(title)
      .replace(/[\u0000-\u001f\u007f-\u009f\ud800-\udfff\ufffd]/g, '')
      .slice(0, 80)
      .trim() || '(untitled)';
  const scope = pageScope(doc);
  // A section overview with its own scope (bots: imbot) documents domain errors, not shared ones.
  if (scope && scope.scope.length > 0) {
    return { specs: [], warnings: ctx.warnings, skipped: `guide page "${name}" (section overview, scope ${scope.scope.join(', ')}): no operation table` };
  }
  const errors = sortErrors(guideErrors(ctx, doc));
  return {
    specs: [],
    warnings: ctx.warnings,
    ...(errors.length > 0 ? { errorCatalogues: [{ specVersion: SPEC_VERSION, id: VIBE_ERROR_CATALOGUE, api: 'vibe' as const, errors }] } : {}),
    skipped: `guide page "${name}": shared conventions, no operation`,
  };
}

function guideErrors(ctx: PageContext, doc: VibeDoc): ErrorEntry[] {
  const tables = readTables(doc.lines)
    .filter(isErrorTable)
    .flatMap((t) => errorsFromTable(ctx, t));
  const examples = [doc.preamble, ...doc.sections.map((s) => s.body)].flatMap((lines) => exampleErrors(ctx, lines));
  return mergeErrors(tables, examples, errorsFromProse(ctx, doc.lines));
}

/** Error-response examples with a status in the lead line ("Example response (429 RATE_LIMITED):"). */
function exampleErrors(ctx: PageContext, lines: Line[]): ErrorEntry[] {
  const out: ErrorEntry[] = [];
  lines.forEach((line, i) => {
    if (!/^\{/.test(line.text.trim())) return;
    const block = jsonFromLines(lines.slice(i));
    if (!block?.ok) return;
    const lead = nonEmpty(lines.slice(Math.max(0, i - 3), i))
      .reverse()
      .find((l) => /\b[1-5]\d\d\b/.test(l.text));
    const status = lead ? Number(/\b([1-5]\d\d)\b/.exec(lead.text)![1]) : undefined;
    // Without a status the example only illustrates the format; the code is documented elsewhere.
    if (status === undefined) return;
    const e = errorFromExample(ctx, block.json, status, block.line);
    if (e) out.push(e);
  });
  return out;
}

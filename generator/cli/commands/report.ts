/** `b24gen report`: the coverage report of a specs folder. */
import type { Logger } from '../../core/log.ts';
import { loadSpecSet } from '../../pipeline/inputs.ts';
import { computeCoverage } from '../../report/coverage.ts';
import { renderJson, renderMarkdown, renderTable } from '../../report/render.ts';

/** Print the report to stdout; returns the exit code. */
export async function runReport(opts: { specs: string; format: 'table' | 'json' | 'markdown'; listWarnings: boolean; log: Logger }): Promise<number> {
  const report = computeCoverage(await loadSpecSet(opts.specs));
  const text =
    opts.format === 'json'
      ? renderJson(report)
      : opts.format === 'markdown'
        ? renderMarkdown(report, opts.listWarnings)
        : renderTable(report, opts.listWarnings);
  process.stdout.write(text);
  return 0;
}

/** `b24gen conformance`: type-check the docs' request examples against the generated client and report the mismatches. */
import type { Logger } from '../../core/log.ts';
import { runConformance } from '../../conformance/run.ts';
import { renderJson, renderMarkdown, renderText } from '../../conformance/render.ts';

/** Print the report to stdout; exit 0 even with mismatches (it is a report, not a gate). */
export async function runConformanceCommand(opts: {
  specs: string;
  generated: string;
  format: 'text' | 'json' | 'markdown';
  caseSensitive: boolean;
  log: Logger;
}): Promise<number> {
  opts.log.info(`checking the request examples of ${opts.specs} against ${opts.generated}…`);
  const { report, timing } = await runConformance({
    specsDir: opts.specs,
    generatedDir: opts.generated,
    normalizeCase: !opts.caseSensitive,
  });
  const render = opts.format === 'json' ? renderJson : opts.format === 'markdown' ? renderMarkdown : renderText;
  process.stdout.write(render(report, timing));
  return 0;
}

/** `b24gen conformance`: type-check the docs' request (or response) examples against the generated client and report the mismatches. */
import type { Logger } from '../../core/log.ts';
import { runConformance } from '../../conformance/run.ts';
import { renderJson, renderMarkdown, renderText } from '../../conformance/render.ts';
import type { ExampleSide } from '../../conformance/types.ts';

/** Print the report to stdout; exit 0 even with mismatches (it is a report, not a gate). */
export async function runConformanceCommand(opts: {
  specs: string;
  generated: string;
  format: 'text' | 'json' | 'markdown';
  caseSensitive: boolean;
  /** Which examples to check (default the request examples). */
  side?: ExampleSide;
  /** Only these methods. */
  methods?: string[] | undefined;
  log: Logger;
}): Promise<number> {
  const side = opts.side ?? 'request';
  opts.log.info(`checking the ${side} examples of ${opts.specs} against ${opts.generated}…`);
  const { report, timing } = await runConformance({
    specsDir: opts.specs,
    generatedDir: opts.generated,
    normalizeCase: !opts.caseSensitive,
    side,
    ...(opts.methods ? { methods: opts.methods } : {}),
  });
  const render = opts.format === 'json' ? renderJson : opts.format === 'markdown' ? renderMarkdown : renderText;
  process.stdout.write(render(report, timing));
  return 0;
}

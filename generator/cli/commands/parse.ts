/** `b24gen parse`: doc pages → specs folder. */
import type { Logger } from '../../core/log.ts';
import { located } from '../../core/errors.ts';
import { parseToFolder } from '../../pipeline/run.ts';
import type { InputProblem } from '../../pipeline/inputs.ts';

/** Parse the inputs and replace `out` with the specs; returns the exit code. */
export async function runParse(opts: { inputs: string[]; out: string; log: Logger }): Promise<number> {
  const r = await parseToFolder({ inputs: opts.inputs, specsDir: opts.out, log: opts.log });
  if (!r.ok || !r.set) return failed(r.problems, `parse failed: ${r.problems.length} input problem(s); ${opts.out} was left as it was`, opts.log);
  const warnings = r.set.specs.reduce((n, s) => n + s.warnings.length, 0) + r.set.pages.reduce((n, p) => n + p.warnings.length, 0);
  opts.log.info(`wrote ${r.specs} specs from ${r.set.pages.length} pages to ${opts.out} (${warnings} warnings; see \`b24gen report\`)`);
  return 0;
}

/** Print problems as "file:line: message" lines, then the summary; exit code 1. */
export function failed(problems: readonly InputProblem[], summary: string, log: Logger): number {
  for (const p of problems) log.error(located(p.file, p.line, p.message));
  log.error(summary);
  return 1;
}

/** `b24gen parse`: doc pages → specs folder. */
import type { Logger } from '../log.ts';
import { readInputs, reportProblems } from '../read-inputs.ts';
import { buildSpecSet } from '../../sources/dispatch.ts';
import { specSetToFiles } from '../../spec/spec-set.ts';
import { replaceTrees } from '../../write/atomic-tree.ts';

/** Parse the inputs and replace `out` with the specs; returns the exit code. */
export async function runParse(opts: { inputs: string[]; out: string; log: Logger }): Promise<number> {
  const { readings, problems } = await readInputs(opts.inputs, opts.log);
  if (problems.length) {
    reportProblems(problems, opts.log);
    opts.log.error(`parse failed: ${problems.length} input problem(s); ${opts.out} was left as it was`);
    return 1;
  }
  const set = buildSpecSet(readings);
  await replaceTrees([{ dir: opts.out, files: specSetToFiles(set) }]);
  const warnings = set.specs.reduce((n, s) => n + s.warnings.length, 0) + set.pages.reduce((n, p) => n + p.warnings.length, 0);
  opts.log.info(`wrote ${set.specs.length} specs from ${set.pages.length} pages to ${opts.out} (${warnings} warnings; see \`b24gen report\`)`);
  return 0;
}

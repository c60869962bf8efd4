/** `b24gen build`: the committed defaults, parse + generate, both folders replaced together. */
import type { Logger } from '../../core/log.ts';
import { UserError } from '../../core/errors.ts';
import { defaultInputs } from '../../pipeline/inputs.ts';
import { buildToFolders } from '../../pipeline/run.ts';
import { failed } from './parse.ts';

/** Build specs and the package from the shared inputs; returns the exit code. */
export async function runBuild(opts: { shared: string; specs: string; out: string; log: Logger }): Promise<number> {
  const inputs = defaultInputs(opts.shared);
  if (inputs.length === 0) throw new UserError(`${opts.shared}: none of seeds/, corpus/b24restdocs/, corpus/vibecode/ exists`);
  const started = performance.now();
  const r = await buildToFolders({ inputs, specsDir: opts.specs, outDir: opts.out, log: opts.log });
  if (!r.ok) return failed(r.problems, `build failed: ${r.problems.length} input problem(s); specs/ and generated/ were left as they were`, opts.log);
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  opts.log.info(`built ${r.specs} specs, ${r.files} files in all, in ${secs}s`);
  return 0;
}

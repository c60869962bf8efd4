/** `b24gen generate`: specs folder → client package folder. */
import type { Logger } from '../../core/log.ts';
import { generateToFolder } from '../../pipeline/run.ts';

/** Generate the package from `specs` into `out`; returns the exit code. */
export async function runGenerate(opts: { specs: string; out: string; log: Logger }): Promise<number> {
  const r = await generateToFolder({ specsDir: opts.specs, outDir: opts.out, log: opts.log });
  opts.log.info(`wrote ${r.files} files to ${opts.out}`);
  return 0;
}

/** `b24gen build`: the committed defaults, parse + generate, both folders replaced together. */
import { existsSync } from 'node:fs';
import type { Logger } from '../log.ts';
import { UserError } from '../errors.ts';
import { readInputs, reportProblems } from '../read-inputs.ts';
import { buildSpecSet } from '../../sources/dispatch.ts';
import { specSetFromFiles, specSetToFiles } from '../../spec/spec-set.ts';
import { replaceTrees } from '../../write/atomic-tree.ts';
import { defaultPaths } from '../paths.ts';
import { generateFiles } from './generate.ts';

/** Build specs and the package from the shared inputs; returns the exit code. */
export async function runBuild(opts: { shared: string; specs: string; out: string; log: Logger }): Promise<number> {
  const paths = defaultPaths(opts.shared);
  const inputs = [paths.seeds, paths.corpus, paths.vibecode].filter((p) => existsSync(p));
  if (inputs.length === 0) throw new UserError(`${opts.shared}: none of seeds/, corpus/b24restdocs/, corpus/vibecode/ exists`);
  const started = performance.now();
  const { readings, problems } = await readInputs(inputs, opts.log);
  if (problems.length) {
    reportProblems(problems, opts.log);
    opts.log.error(`build failed: ${problems.length} input problem(s); specs/ and generated/ were left as they were`);
    return 1;
  }
  const specFiles = specSetToFiles(buildSpecSet(readings));
  // Generate from the specs as written, so `build` is exactly `parse` followed by `generate`.
  const set = specSetFromFiles(specFiles);
  opts.log.info(`generating the client for ${set.specs.length} methods…`);
  const pkgFiles = await generateFiles(set);
  await replaceTrees([
    { dir: opts.specs, files: specFiles },
    { dir: opts.out, files: pkgFiles },
  ]);
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  opts.log.info(`built ${set.specs.length} specs and ${pkgFiles.size} package files in ${secs}s`);
  return 0;
}

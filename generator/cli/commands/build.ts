/** `b24gen build`: the committed defaults, parse + generate, both folders replaced together. */
import { BuildCache } from '../../cache/build-cache.ts';
import { defaultCacheDir, sourceStats, writeStamp } from '../../cache/build-stamp.mjs';
import type { Logger } from '../../core/log.ts';
import { UserError } from '../../core/errors.ts';
import { defaultInputs } from '../../pipeline/inputs.ts';
import { buildToFolders, checkFolders } from '../../pipeline/run.ts';
import { failed } from './parse.ts';

/** Build specs and the package from the shared inputs; returns the exit code. */
export async function runBuild(opts: { shared: string; specs: string; out: string; check?: boolean; cache?: boolean; log: Logger }): Promise<number> {
  const inputs = defaultInputs(opts.shared);
  if (inputs.length === 0) throw new UserError(`${opts.shared}: none of seeds/, corpus/b24restdocs/, corpus/vibecode/ exists`);
  const started = performance.now();
  const cacheDir = defaultCacheDir();
  const cache = opts.cache === false ? undefined : await BuildCache.open(cacheDir);
  // What the sources looked like before this run read them: the stamp written at the end records that (with the cache only).
  const sources = cache ? sourceStats(inputs) : undefined;
  const code = opts.check ? await runCheck(inputs, { ...opts, cache }) : await runWrite(inputs, { ...opts, cache });
  if (code === 0 && cache && sources) {
    await cache.save();
    writeStamp(cacheDir, { inputs, outputs: [opts.specs, opts.out] }, sources);
  }
  if (cache) opts.log.info(`cache: ${cache.readings.hits} of ${cache.readings.hits + cache.readings.misses} pages reused (${cacheDir})`);
  opts.log.info(`done in ${((performance.now() - started) / 1000).toFixed(1)}s`);
  return code;
}

async function runWrite(inputs: string[], opts: { specs: string; out: string; cache: BuildCache | undefined; log: Logger }): Promise<number> {
  const r = await buildToFolders({ inputs, specsDir: opts.specs, outDir: opts.out, log: opts.log, cache: opts.cache });
  if (!r.ok) return failed(r.problems, `build failed: ${r.problems.length} input problem(s); specs/ and generated/ were left as they were`, opts.log);
  opts.log.info(`built ${r.specs} specs, ${r.files} files in all; ${r.written} file(s) written, the rest unchanged`);
  return 0;
}

// Enough names to act on; the count says how many more.
const SHOWN = 50;

/** `build --check`: exit 1 naming the stale files when specs/ or generated/ are not what the inputs give. */
async function runCheck(inputs: string[], opts: { specs: string; out: string; cache: BuildCache | undefined; log: Logger }): Promise<number> {
  const r = await checkFolders({ inputs, specsDir: opts.specs, outDir: opts.out, log: opts.log, cache: opts.cache });
  if (!r.ok) return failed(r.problems, `check failed: ${r.problems.length} input problem(s)`, opts.log);
  if (r.stale.length === 0) {
    opts.log.info(`${opts.specs} and ${opts.out} are up to date with the inputs`);
    return 0;
  }
  for (const s of r.stale.slice(0, SHOWN))
    process.stderr.write(
      `${s.file}: ${s.why === 'differs' ? 'differs from what the inputs give' : s.why === 'missing' ? 'missing' : 'not written by b24gen build'}\n`,
    );
  if (r.stale.length > SHOWN) process.stderr.write(`… and ${r.stale.length - SHOWN} more\n`);
  opts.log.error(`${r.stale.length} file(s) stale: run \`b24gen build\` and commit the result`);
  return 1;
}

// @ts-check
/**
 * `b24gen build` with nothing to do, answered from the build stamp before anything heavy loads: a plain
 * `build` (with only -q, --shared, --specs, --out) is recognised here without commander, so a no-op run
 * costs Node's start-up plus the stat check.
 */
import { performance } from 'node:perf_hooks';

/**
 * `build` with nothing to do: the build stamp still matches every generator, input and output file.
 * Plain JavaScript on stats alone, so that such a run loads no TypeScript, reader, ts-morph or prettier.
 * @param {{ shared?: string, specs?: string, out?: string }} opts
 * @param {boolean} quiet
 * @returns {Promise<boolean>}
 */
export async function upToDate(opts, quiet) {
  const started = performance.now();
  const { defaultInputs, defaultPaths } = await import('../pipeline/paths.mjs');
  const { checkStamp, defaultCacheDir } = await import('../cache/build-stamp.mjs');
  const d = defaultPaths(opts.shared);
  const inputs = defaultInputs(d.shared);
  if (inputs.length === 0) return false;
  const specs = opts.specs ?? d.specs;
  const out = opts.out ?? d.generated;
  const { upToDate, files } = checkStamp(defaultCacheDir(), { inputs, outputs: [specs, out] });
  if (upToDate && !quiet) {
    const ms = (performance.now() - started).toFixed(0);
    process.stderr.write(
      `${specs} and ${out} are up to date: none of ${files} generator, input and output files changed (checked in ${ms} ms; --no-cache to rebuild)\n`,
    );
  }
  return upToDate;
}

/**
 * The options of a plain `build` command line, or null when it asks for anything else (help, --check,
 * --no-cache, an unknown option): those go through the full command line.
 * @param {string[]} argv
 * @returns {{ opts: { shared?: string, specs?: string, out?: string }, quiet: boolean } | null}
 */
export function plainBuild(argv) {
  if (argv[0] !== 'build') return null;
  /** @type {Record<string, string>} */
  const opts = {};
  let quiet = false;
  for (let i = 1; i < argv.length; i++) {
    const a = /** @type {string} */ (argv[i]);
    if (a === '-q' || a === '--quiet') quiet = true;
    else if ((a === '--shared' || a === '--specs' || a === '--out') && argv[i + 1] !== undefined && !argv[i + 1]?.startsWith('-'))
      opts[a.slice(2)] = /** @type {string} */ (argv[++i]);
    else return null;
  }
  return { opts, quiet };
}

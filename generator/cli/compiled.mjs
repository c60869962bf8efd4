// @ts-check
/**
 * The CLI's TypeScript side, loaded as one esbuild bundle per generator version instead of through the
 * tsx loader: tsx resolves and loads each of the toolkit's ~300 modules through its hooks, about 0.5 s
 * before a command starts, where the bundle loads in about 0.1 s. The bundle is built on the first run
 * after the generator changes (about 0.2 s) into node_modules/.cache/b24gen-cli/<fingerprint>/, keyed by
 * the same content hash of the generator's files that keys the build cache — never by mtimes, so a
 * bundle can never run code older than the sources the build cache is keyed by. Any failure (no esbuild,
 * a read-only folder) falls back to tsx; B24GEN_BUNDLE=0 asks for tsx.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generatorFingerprint } from '../cache/build-stamp.mjs';
import { REPO_ROOT } from '../pipeline/paths.mjs';

const ENTRY = join(REPO_ROOT, 'generator', 'cli', 'run-command.ts');
const BUNDLES = join(REPO_ROOT, 'node_modules', '.cache', 'b24gen-cli');
/** Bundles of other generator versions kept (a run of one of them may still be loading its chunks). */
const KEEP = 3;

/** @typedef {typeof import('./run-command.ts')} RunCommandModule */

/**
 * The module that runs one command: from the bundle of this generator version, or through tsx when the
 * bundle cannot be had.
 * @returns {Promise<RunCommandModule>}
 */
export async function loadRunCommand() {
  if (process.env['B24GEN_BUNDLE'] !== '0') {
    try {
      const entry = await bundledEntry(BUNDLES, generatorFingerprint().slice(0, 20));
      // Stack traces of an internal error then name the .ts file and line, not the bundle's.
      process.setSourceMapsEnabled(true);
      return /** @type {RunCommandModule} */ (await import(pathToFileURL(entry).href));
    } catch {
      // Fall through to tsx: slower to start, same code.
    }
  }
  (await import('tsx/esm/api')).register();
  return import('./run-command.ts');
}

/**
 * The bundle's entry file under `root` for generator version `key`, built when absent. Built into a
 * folder of its own and renamed into place, so a concurrent run sees a whole bundle or none.
 * @param {string} root
 * @param {string} key
 * @returns {Promise<string>}
 */
export async function bundledEntry(root, key) {
  const dir = join(root, key);
  const entry = join(dir, 'run-command.js');
  if (existsSync(entry)) return entry;
  const tmp = join(root, `.${key}.${process.pid}.tmp`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    await bundleCli(tmp);
    if (!renamed(tmp, dir) && !existsSync(entry)) {
      // A folder of this key without its entry (emptied by hand, say) is replaced.
      rmSync(dir, { recursive: true, force: true });
      renameSync(tmp, dir);
    }
  } catch (err) {
    if (!existsSync(entry)) throw err; // else another run put the same bundle in place first: use it
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  prune(root, key);
  return entry;
}

/** Rename `from` to `to`; false when `to` is there already. @param {string} from @param {string} to */
function renamed(from, to) {
  try {
    renameSync(from, to);
    return true;
  } catch {
    return false;
  }
}

/**
 * Bundle generator/cli/run-command.ts and everything it imports from the toolkit into `outDir` (ESM,
 * split at dynamic imports, so a command still loads only the stages it runs). Packages stay imports,
 * resolved from node_modules as before. `import.meta.url` is replaced in each module by its own file's
 * URL, so paths the toolkit resolves from its sources (workers, the runtime it copies) stay right.
 * @param {string} outDir
 */
export async function bundleCli(outDir) {
  const esbuild = await import('esbuild');
  const generatorDir = join(REPO_ROOT, 'generator') + sep;
  /** @type {import('esbuild').Plugin} */
  const ownUrls = {
    name: 'b24gen-own-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.(?:ts|mjs)$/ }, (args) => {
        if (!args.path.startsWith(generatorDir)) return undefined;
        const text = readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
        return { contents: text, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
      });
    },
  };
  await esbuild.build({
    entryPoints: { 'run-command': ENTRY },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'silent',
    plugins: [ownUrls],
  });
}

/** Remove all but the newest bundles, and leftovers of killed builds (best effort). @param {string} root @param {string} current */
function prune(root, current) {
  try {
    const entries = readdirSync(root).map((name) => ({ name, mtime: statSync(join(root, name)).mtimeMs }));
    const bundles = entries.filter((e) => !e.name.endsWith('.tmp') && e.name !== current).sort((a, b) => b.mtime - a.mtime);
    // A temporary folder younger than a minute may be a concurrent run's bundle in the making.
    const leftovers = entries.filter((e) => e.name.endsWith('.tmp') && Date.now() - e.mtime > 60_000);
    for (const { name } of [...bundles.slice(KEEP - 1), ...leftovers]) rmSync(join(root, name), { recursive: true, force: true });
  } catch {
    // Pruning is housekeeping: a failure leaves a few old bundles behind.
  }
}

// @ts-check
/**
 * The build stamp: what the last successful `b24gen build` saw (the generator's own files, every input
 * file, every output file, each by size and modification time). A run whose stamp still matches the
 * disk has nothing to do, and says so without loading the TypeScript loader, the readers, ts-morph or
 * prettier — so this module is plain JavaScript with no dependency.
 *
 * Stats are the shortcut, as in make or tsc's incremental mode: any file whose size or mtime moved makes
 * the run go through the content-hash caches (cache/build-cache.ts), which decide by content what to redo.
 * The stamp is written after the outputs, so a run killed before that leaves the old stamp, whose output
 * stats no longer match: the next run rebuilds.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The toolkit's root (the folder holding package.json). */
const TOOLKIT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const STAMP_VERSION = 1;

// Folders a build never writes but users' tools create inside generated/ (an install, a package build).
const NOT_OURS = /^(?:node_modules|dist)(?:\/|$)/;

/** @typedef {[rel: string, size: number, mtimeMs: number]} FileStat */
/** @typedef {{ v: number, key: string, generator: FileStat[], inputs: FileStat[][], outputs: FileStat[][] }} Stamp */

/**
 * Every file under a folder (relative path, size, mtime) in directory order; [] when the folder is absent.
 * Not sorted: the order only has to agree with the stamp's, and a folder whose order moved merely costs
 * a rebuild through the caches. (This runs on every no-op build, in a cold process: it is kept lean.)
 * @param {string} root
 * @param {(rel: string) => boolean} [skip] relative paths (files or folders) to leave out
 * @returns {FileStat[]}
 */
export function treeStats(root, skip) {
  /** @type {FileStat[]} */
  const out = [];
  /** @param {string} rel @param {string} dir */
  const walk = (rel, dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (skip && skip(r)) continue;
      if (e.isDirectory()) walk(r, `${dir}/${e.name}`);
      else if (e.isFile()) {
        const st = statSync(`${dir}/${e.name}`);
        out.push([r, st.size, st.mtimeMs]);
      }
    }
  };
  walk('', root);
  return out;
}

/** The files that make up the generator: its sources and the locked dependency versions (they shape the output too). */
export function generatorFiles() {
  const files = treeStats(join(TOOLKIT_ROOT, 'generator')).map(([rel, size, mtime]) => /** @type {FileStat} */ ([`generator/${rel}`, size, mtime]));
  for (const rel of ['package.json', 'package-lock.json']) {
    try {
      const st = statSync(join(TOOLKIT_ROOT, rel));
      files.push([rel, st.size, st.mtimeMs]);
    } catch {
      // An installed toolkit may have no lock file: its package.json version then stands for it.
    }
  }
  return files;
}

/** A hash of the generator's files' contents: every cache entry is keyed by it, so a changed generator never reads a stale entry. */
export function generatorFingerprint() {
  const hash = createHash('sha256');
  for (const [rel] of generatorFiles())
    hash
      .update(rel)
      .update('\0')
      .update(readFileSync(join(TOOLKIT_ROOT, rel)))
      .update('\0');
  return hash.digest('hex');
}

/** The stats of an output folder as `build` owns it (node_modules/ and dist/ are the user's). @param {string} dir */
export function outputStats(dir) {
  return treeStats(dir, (rel) => NOT_OURS.test(rel));
}

/**
 * The stamp file of one set of build options, under the cache folder.
 * @param {string} cacheDir
 * @param {{ inputs: readonly string[], outputs: readonly string[] }} opts
 */
export function stampFile(cacheDir, opts) {
  return join(cacheDir, `build-${stampKey(opts).slice(0, 16)}.json`);
}

/** @param {{ inputs: readonly string[], outputs: readonly string[] }} opts */
function stampKey(opts) {
  return createHash('sha256')
    .update(JSON.stringify({ inputs: opts.inputs.map((p) => resolve(p)), outputs: opts.outputs.map((p) => resolve(p)) }))
    .digest('hex');
}

/**
 * The stats a stamp records for the sources of a run: taken before the run reads them, so a file that
 * changes while the run reads it leaves a stamp that no longer matches.
 * @param {readonly string[]} inputs
 */
export function sourceStats(inputs) {
  return { generator: generatorFiles(), inputs: inputs.map((dir) => treeStats(dir)) };
}

/**
 * Write the stamp of a successful run (atomically: a killed run leaves the old stamp or none).
 * @param {string} cacheDir
 * @param {{ inputs: readonly string[], outputs: readonly string[] }} opts
 * @param {{ generator: FileStat[], inputs: FileStat[][] }} sources what `sourceStats` said before the run
 */
export function writeStamp(cacheDir, opts, sources) {
  /** @type {Stamp} */
  const stamp = { v: STAMP_VERSION, key: stampKey(opts), ...sources, outputs: opts.outputs.map(outputStats) };
  const file = stampFile(cacheDir, opts);
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(stamp));
  renameSync(tmp, file);
}

/**
 * Whether nothing changed since the stamped run: same generator files, same inputs, outputs untouched.
 * Reads stats only; returns how many files it looked at, for the message.
 * @param {string} cacheDir
 * @param {{ inputs: readonly string[], outputs: readonly string[] }} opts
 * @returns {{ upToDate: boolean, files: number }}
 */
export function checkStamp(cacheDir, opts) {
  /** @type {Stamp} */
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile(cacheDir, opts), 'utf8'));
  } catch {
    return { upToDate: false, files: 0 };
  }
  if (stamp.v !== STAMP_VERSION || stamp.key !== stampKey(opts)) return { upToDate: false, files: 0 };
  let files = 0;
  /** @param {FileStat[]} now @param {FileStat[] | undefined} then */
  const same = (now, then) => {
    files += now.length;
    return then !== undefined && now.length === then.length && now.every((f, i) => f[0] === then[i]?.[0] && f[1] === then[i]?.[1] && f[2] === then[i]?.[2]);
  };
  const upToDate =
    same(generatorFiles(), stamp.generator) &&
    opts.inputs.every((dir, i) => same(treeStats(dir), stamp.inputs[i])) &&
    opts.outputs.every((dir, i) => same(outputStats(dir), stamp.outputs[i]));
  return { upToDate, files };
}

/** The default cache folder: node_modules/.cache/b24gen of the toolkit, or B24GEN_CACHE_DIR. */
export function defaultCacheDir() {
  return process.env['B24GEN_CACHE_DIR'] || join(TOOLKIT_ROOT, 'node_modules', '.cache', 'b24gen');
}

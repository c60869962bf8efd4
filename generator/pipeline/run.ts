/**
 * The one orchestration of b24gen: the CLI and the tests run the stages through these functions, so the
 * stages are wired in one place (the bench calls the same stage functions one at a time, to time them):
 *
 *   inputs (files → pages)  →  sources (page → reading)  →  link (readings → spec set)
 *     →  spec (spec set ⇄ specs/ files)  →  targets (spec set → files)  →  format  →  write
 *
 * Only `inputs.ts` reads input files and only `write/` writes output; everything between is pure.
 * (conformance also reads the generated package it type-checks, through the TypeScript compiler.)
 */
import type { BuildCache } from '../cache/build-cache.ts';
import type { Logger } from '../core/log.ts';
import { silentLogger } from '../core/log.ts';
import { linkSpecSet } from '../link/index.ts';
import { readPages, type PageInput, type PageReading, type ReadingMemo } from '../sources/index.ts';
import { specSetFromFiles, specSetToFiles, targetInputDigest, type SpecSet } from '../spec/spec-set.ts';
import { replaceTrees } from '../write/atomic-tree.ts';
import { heldTexts, holdsFiles, staleFiles, type StaleFile } from './stale.ts';
import { linkInputDigest, sourceHashes, withCurrentHashes } from './link-cutoff.ts';
import { readPagesParallel } from './read-parallel.ts';
import { collectPages, loadSpecSet, type CollectedPage, type InputProblem } from './inputs.ts';

/** Pages in memory → the spec set: read each page, then link them all. Pure. */
export function specSetFromPages(pages: readonly PageInput[]): SpecSet {
  return linkSpecSet(readPages(pages));
}

/** Files and folders → the spec set (`memo` reuses the readings of pages an earlier read of the same run saw unchanged), with every input problem named (file:line); the set is absent when any problem was found. */
export async function readSpecSet(
  inputs: readonly string[],
  log: Logger = silentLogger,
  memo?: ReadingMemo,
): Promise<{ set?: SpecSet; problems: InputProblem[] }> {
  const { readings, problems } = await readInputs(inputs, log, memo);
  return readings ? { set: linkSpecSet(readings), problems } : { problems };
}

/** Files and folders → the pages and their readings, with every input problem named; the readings are absent when any problem was found. */
async function readInputs(
  inputs: readonly string[],
  log: Logger,
  memo?: ReadingMemo,
): Promise<{ pages: CollectedPage[]; readings?: PageReading[]; problems: InputProblem[] }> {
  const collected = await collectPages(inputs, log);
  const readings = await readPagesParallel(collected.pages, (done, total) => log.progress('  parsing', done, total), memo);
  const problems = [...collected.problems, ...pageProblems(collected.pages, readings)];
  return problems.length ? { pages: collected.pages, problems } : { pages: collected.pages, readings, problems };
}

/** A page the user named that no reader recognised, or that yielded no method without saying why. */
function pageProblems(pages: readonly CollectedPage[], readings: readonly PageReading[]): InputProblem[] {
  const problems: InputProblem[] = [];
  readings.forEach((reading, i) => {
    const page = pages[i]!;
    if (!page.checked) return;
    if (reading.reader === null) {
      problems.push({ file: page.cited, message: 'no reader recognises this page (not scraped apidocs text, a Vibe page, or YFM markdown)' });
    } else if (reading.output.specs.length === 0 && !reading.output.skipped) {
      const first = reading.output.warnings[0];
      problems.push({ file: page.cited, line: first?.line, message: `no method could be read from this page${first ? ` (${first.message})` : ''}` });
    }
  });
  return problems;
}

/** The outcome of a run that writes: whether it wrote, what went wrong, and how much it wrote. */
export interface RunResult {
  ok: boolean;
  problems: InputProblem[];
  specs: number;
  files: number;
}

/** `parse`: inputs → a specs folder, replaced atomically (left as it was on any problem). */
export async function parseToFolder(opts: { inputs: readonly string[]; specsDir: string; log?: Logger }): Promise<RunResult & { set?: SpecSet }> {
  const { set, problems } = await readSpecSet(opts.inputs, opts.log);
  if (!set) return { ok: false, problems, specs: 0, files: 0 };
  const files = specSetToFiles(set);
  await replaceTrees([{ dir: opts.specsDir, files }]);
  return { ok: true, problems, specs: set.specs.length, files: files.size, set };
}

/** `generate`: a specs folder → the generated package folder, replaced atomically. */
export async function generateToFolder(opts: { specsDir: string; outDir: string; log?: Logger }): Promise<RunResult> {
  const set = await loadSpecSet(opts.specsDir);
  opts.log?.info(`generating the client for ${set.specs.length} methods…`);
  const files = await (await targetsStage()).generateFiles(set);
  await replaceTrees([{ dir: opts.outDir, files }]);
  return { ok: true, problems: [], specs: set.specs.length, files: files.size };
}

/** `build`: inputs → specs/ and generated/, both replaced together or not at all (with `cache`, only what changed is redone and rewritten). */
export async function buildToFolders(opts: {
  inputs: readonly string[];
  specsDir: string;
  outDir: string;
  log?: Logger;
  cache?: BuildCache;
}): Promise<RunResult & { written: number }> {
  const log = opts.log ?? silentLogger;
  const built = await buildFiles(opts.inputs, opts.specsDir, opts.outDir, log, opts.cache);
  if (!built.ok) return { ok: false, problems: built.problems, specs: 0, files: 0, written: 0 };
  const written = await replaceTrees([
    { dir: opts.specsDir, files: built.specFiles },
    ...(built.pkgFiles ? [{ dir: opts.outDir, files: built.pkgFiles }] : []),
  ]);
  return { ok: true, problems: built.problems, specs: built.specs, files: built.specFiles.size + built.pkgSize, written };
}

/**
 * Inputs → the files of specs/ and generated/, in memory. With the cache, two early cutoffs: readings
 * identical to an earlier run's but for the sources' hashes, whose spec files `specsDir` still holds, skip
 * link (link-cutoff.ts); spec files identical to an earlier run's (but for the sources' hashes, which
 * targets are not given) whose package `outDir` still holds byte for byte skip generation: `pkgFiles` is
 * then null. (Link and the package are pure functions of what they are given and of the generator, which
 * keys the whole cache.)
 */
async function buildFiles(
  inputs: readonly string[],
  specsDir: string,
  outDir: string,
  log: Logger,
  cache?: BuildCache,
): Promise<
  | { ok: false; problems: InputProblem[] }
  | { ok: true; problems: InputProblem[]; specs: number; specFiles: Map<string, string>; pkgFiles: Map<string, string> | null; pkgSize: number }
> {
  const { pages, readings, problems } = await readInputs(inputs, log, cache?.readings);
  if (!readings) return { ok: false, problems };
  const { files: specFiles, specs } = await linkedFiles(pages, readings, specsDir, log, cache);
  const digest = cache ? targetInputDigest(specFiles) : undefined;
  const kept = digest ? cache?.packages.get(digest) : undefined;
  if (kept && (await holdsFiles(outDir, kept))) {
    log.info(`the specs came out as an earlier build's, and ${outDir} still holds the package generated from them: generation skipped`);
    return { ok: true, problems, specs, specFiles, pkgFiles: null, pkgSize: kept.length };
  }
  // Generate from the specs as written and read back, so `build` is exactly `parse` followed by `generate`.
  const written = specSetFromFiles(specFiles);
  log.info(`generating the client for ${written.specs.length} methods…`);
  const pkgFiles = await (await targetsStage()).generateFiles(written, undefined, undefined, await cache?.textMemos());
  if (digest) cache?.packages.set(digest, pkgFiles);
  return { ok: true, problems, specs: written.specs.length, specFiles, pkgFiles, pkgSize: pkgFiles.size };
}

/** The readings → the spec files and the number of methods: linked, or with the cache an earlier build's files brought up to date when link would give them again. */
async function linkedFiles(
  pages: readonly CollectedPage[],
  readings: readonly PageReading[],
  specsDir: string,
  log: Logger,
  cache?: BuildCache,
): Promise<{ files: Map<string, string>; specs: number }> {
  const digest = cache ? linkInputDigest(pages, readings) : undefined;
  const kept = digest ? cache?.linked.get(digest) : undefined;
  const held = kept ? await heldTexts(specsDir, kept) : null;
  const hashes = held ? sourceHashes(readings) : null;
  const current = held && hashes ? withCurrentHashes(held, hashes) : null;
  let out: { files: Map<string, string>; specs: number };
  if (current) {
    log.info(`the readings came out as an earlier build's but for the pages' hashes, and ${specsDir} still holds the specs linked from them: link skipped`);
    out = { files: current, specs: (JSON.parse(current.get('index.json') ?? '{}') as { methods?: unknown[] }).methods?.length ?? 0 };
  } else {
    const set = linkSpecSet(readings);
    out = { files: specSetToFiles(set), specs: set.specs.length };
  }
  // Keyed by the digest, which leaves hashes out: the entry names the files as this run writes them.
  if (digest) cache?.linked.set(digest, out.files);
  return out;
}

/** The targets stage, loaded when a run generates (it brings ts-morph; a build whose specs did not change never needs it). */
async function targetsStage(): Promise<typeof import('./generate.ts')> {
  return import('./generate.ts');
}

/** `build --check`: what `build` would write, compared with the folders as they are; writes nothing. */
export async function checkFolders(opts: {
  inputs: readonly string[];
  specsDir: string;
  outDir: string;
  log?: Logger;
  cache?: BuildCache;
}): Promise<{ ok: boolean; problems: InputProblem[]; stale: StaleFile[] }> {
  const built = await buildFiles(opts.inputs, opts.specsDir, opts.outDir, opts.log ?? silentLogger, opts.cache);
  if (!built.ok) return { ok: false, problems: built.problems, stale: [] };
  // A null package was found in outDir as generation would give it: nothing there is stale.
  const stale = [...(await staleFiles(opts.specsDir, built.specFiles)), ...(built.pkgFiles ? await staleFiles(opts.outDir, built.pkgFiles) : [])];
  return { ok: true, problems: built.problems, stale };
}

/** `b24gen generate`: specs folder → client package folder. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../log.ts';
import { UserError } from '../errors.ts';
import { listFiles, replaceTrees } from '../../write/atomic-tree.ts';
import { SpecFileError, specSetFromFiles, type SpecSet } from '../../spec/spec-set.ts';
import { emitPackage } from '../../targets/typescript/index.ts';
import { defaultPaths } from '../paths.ts';

/** Read every file of a folder into a path → text map. */
export async function readTree(dir: string, filter: (rel: string) => boolean = () => true): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const rel of await listFiles(dir)) if (filter(rel)) files.set(rel, await readFile(join(dir, rel), 'utf8'));
  return files;
}

/** Read and validate a specs folder; a bad file is a UserError naming it. */
export async function loadSpecSet(dir: string): Promise<SpecSet> {
  let files: Map<string, string>;
  try {
    files = await readTree(dir, (rel) => rel.endsWith('.json'));
  } catch {
    throw new UserError(`${dir}: cannot read the specs folder`);
  }
  if (!files.has('index.json')) throw new UserError(`${dir}: not a specs folder (no index.json; run \`b24gen parse\` first)`);
  try {
    return specSetFromFiles(files);
  } catch (err) {
    if (err instanceof SpecFileError) throw new UserError(`${join(dir, err.file)}: ${err.message.slice(err.file.length + 2)}`);
    throw err;
  }
}

/** The runtime sources the generated package embeds (everything in generator/runtime but its docs). */
export async function loadRuntime(): Promise<Map<string, string>> {
  return readTree(defaultPaths().runtime, (rel) => rel.endsWith('.ts'));
}

/** Emit the package for a spec set (pure apart from reading the runtime sources). */
export async function generateFiles(set: SpecSet): Promise<Map<string, string>> {
  const pkg = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return emitPackage({
    specs: set.specs,
    errorCatalogues: set.errorCatalogues,
    typeCatalogues: set.typeCatalogues,
    runtime: await loadRuntime(),
    packageVersion: pkg.version,
  });
}

/** Generate the package from `specs` into `out`; returns the exit code. */
export async function runGenerate(opts: { specs: string; out: string; log: Logger }): Promise<number> {
  const set = await loadSpecSet(opts.specs);
  opts.log.info(`generating the client for ${set.specs.length} methods…`);
  const files = await generateFiles(set);
  await replaceTrees([{ dir: opts.out, files }]);
  opts.log.info(`wrote ${files.size} files to ${opts.out}`);
  return 0;
}

/** The targets stage: a spec set → the generated package's files, formatted. */
import type { SpecSet } from '../spec/spec-set.ts';
import { emitPackage } from '../emit/index.ts';
import { loadRuntime, toolkitVersion } from './inputs.ts';

/** Emit and format the TypeScript client package for a spec set (path under generated/ → text). */
export async function generateFiles(set: SpecSet): Promise<Map<string, string>> {
  return emitPackage({
    specs: set.specs,
    errorCatalogues: set.errorCatalogues,
    typeCatalogues: set.typeCatalogues,
    runtime: await loadRuntime(),
    packageVersion: await toolkitVersion(),
  });
}

/** How the target tests run the TypeScript client: through the pipeline's targets stage, or unformatted straight from the target. */
import { generateFiles } from '../../generator/pipeline/generate.ts';
import type { ErrorCatalogue, MethodSpec, TypeCatalogue } from '../../generator/spec/schema.ts';
import { typescriptClient } from '../../generator/targets/typescript/index.ts';

/** A spec set's lists and the target context in one object, as the tests build them. */
export interface EmitInput {
  specs: MethodSpec[];
  errorCatalogues: ErrorCatalogue[];
  typeCatalogues: TypeCatalogue[];
  runtime: Map<string, string>;
  packageVersion: string;
}

/** The package's files as `generate` writes them (formatted); `{ format: false }` gives the target's printed text. */
export async function emitPackage(input: EmitInput, opts: { format?: boolean } = {}): Promise<Map<string, string>> {
  if (opts.format === false) return emitUnformatted(input);
  return generateFiles({ ...input, pages: [] }, input, [typescriptClient]);
}

/** The target's files, printed but not formatted. */
export function emitUnformatted(input: EmitInput): Map<string, string> {
  return new Map([...typescriptClient.emit({ ...input, pages: [] }, input)].map(([path, f]) => [path, f.text] as const));
}

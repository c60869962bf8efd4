/** The targets stage: a spec set → every target's files → the TypeScript ones formatted (path under the output folder → text). */
import type { TextMemo } from '../core/text-memo.ts';
import { formatFiles } from '../format/index.ts';
import { withoutSourceHashes, type SpecSet } from '../spec/spec-set.ts';
import type { Target, TargetContext } from '../targets/target.ts';
import { openapiTarget } from '../targets/openapi/index.ts';
import { typescriptClient } from '../targets/typescript/index.ts';
import { loadTargetContext } from './inputs.ts';

/** The targets `generate` and `build` run: the TypeScript client and its OpenAPI 3.1 documents (openapi/*.json). */
export const DEFAULT_TARGETS: readonly Target[] = [typescriptClient, openapiTarget];

/**
 * Run each target and format what it marks as TypeScript; two targets may not write the same path.
 * `memos` (the build cache's) save formatting and printing. Targets are not given the sources' content
 * hashes (the build keys its package memo on everything else: spec-set.ts `targetInputDigest`).
 */
export async function generateFiles(
  set: SpecSet,
  ctx?: TargetContext,
  targets: readonly Target[] = DEFAULT_TARGETS,
  memos: { formatted?: TextMemo | undefined; printed?: TextMemo | undefined } = {},
): Promise<Map<string, string>> {
  const context = { ...(ctx ?? (await loadTargetContext())), printed: memos.printed };
  const input = withoutSourceHashes(set);
  const text = new Map<string, string>();
  const typescript = new Map<string, string | readonly string[]>();
  for (const target of targets) {
    for (const [path, file] of target.emit(input, context)) {
      if (text.has(path)) throw new Error(`targets clash: ${target.name} writes ${path}, which another target wrote`);
      text.set(path, file.text);
      if (file.format === 'typescript') typescript.set(path, file.chunks ?? file.text);
    }
  }
  const done = await formatFiles(typescript, memos.formatted);
  return new Map([...text].map(([path, t]) => [path, done.get(path) ?? t]));
}

/**
 * The OpenAPI target: the spec set → one OpenAPI 3.1 document per API under `openapi/` of the generated
 * package (`rest.json`, `rest3.json`, `vibe.json`). Pure: no I/O, no clock; the plan (built with the
 * TypeScript client's naming policy, so component schemas carry the client's type names) decides every
 * order, so the same specs in any order give byte-identical JSON.
 */
import type { SpecSet } from '../../spec/spec-set.ts';
import { buildPlan } from '../plan/index.ts';
import type { EmittedFile, Target, TargetContext } from '../target.ts';
import { typescriptNamingPolicy } from '../typescript/common/identifiers.ts';
import { runtimeRelative } from '../typescript/common/paths.ts';
import { OPENAPI_APIS, openapiDocument, type OpenApiApi } from './document.ts';
import { jsonText } from './json-text.ts';

export { OPENAPI_APIS, type OpenApiApi } from './document.ts';

/** Where the documents live in the generated package. */
export const OPENAPI_DIR = 'openapi';

/** The OpenAPI documents of the given APIs (default: all), path under the output folder → file. */
export function emitOpenApi(set: SpecSet, ctx: TargetContext, apis: readonly OpenApiApi[] = OPENAPI_APIS): Map<string, EmittedFile> {
  const runtime = new Map([...ctx.runtime.entries()].map(([rel, text]) => [runtimeRelative(rel), text] as const));
  const plan = buildPlan(set, typescriptNamingPolicy(runtime.get('index.ts')));
  const out = new Map<string, EmittedFile>();
  for (const api of OPENAPI_APIS) {
    if (!apis.includes(api)) continue;
    out.set(`${OPENAPI_DIR}/${api}.json`, { text: jsonText(openapiDocument(plan, api, ctx.packageVersion)), format: 'none' });
  }
  return out;
}

/** The OpenAPI 3.1 export, a build target beside the TypeScript client. */
export const openapiTarget: Target = {
  name: 'openapi',
  emit: (set, ctx) => emitOpenApi(set, ctx),
};

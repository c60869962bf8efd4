/** `b24gen openapi`: a specs folder → OpenAPI 3.1 documents (rest.json, rest3.json, vibe.json). */
import { existsSync } from 'node:fs';
import { UserError } from '../../core/errors.ts';
import type { Logger } from '../../core/log.ts';
import { loadSpecSet, loadTargetContext, readTree } from '../../pipeline/inputs.ts';
import { emitOpenApi, OPENAPI_APIS, OPENAPI_DIR, type OpenApiApi } from '../../targets/openapi/index.ts';
import { replaceTrees } from '../../write/atomic-tree.ts';

/** The APIs `--api` names (`all`: every one). */
export function openapiApis(api: string): OpenApiApi[] {
  if (api === 'all') return [...OPENAPI_APIS];
  const known = OPENAPI_APIS.find((a) => a === api);
  if (!known) throw new UserError(`--api ${api}: expected one of ${[...OPENAPI_APIS, 'all'].join(', ')}`);
  return [known];
}

/** Write the documents of the chosen APIs into `out` (replaced atomically; the other APIs' documents already there are kept). */
export async function runOpenApi(opts: { specs: string; out: string; api: string; log: Logger }): Promise<number> {
  const apis = openapiApis(opts.api);
  const set = await loadSpecSet(opts.specs);
  const started = performance.now();
  const emitted = emitOpenApi(set, await loadTargetContext(), apis);
  const ms = Math.round(performance.now() - started);
  const files = existsSync(opts.out) ? await readTree(opts.out, (rel) => /^(rest|rest3|vibe)\.json$/.test(rel)) : new Map<string, string>();
  for (const [path, file] of emitted) files.set(path.slice(OPENAPI_DIR.length + 1), file.text);
  await replaceTrees([{ dir: opts.out, files }]);
  for (const [path, file] of emitted)
    opts.log.info(`wrote ${opts.out.replace(/\/+$/, '')}/${path.slice(OPENAPI_DIR.length + 1)} (${(file.text.length / 1e6).toFixed(1)} MB)`);
  opts.log.info(`emitted in ${ms} ms from ${set.specs.length} specs`);
  return 0;
}

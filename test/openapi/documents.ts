/**
 * The OpenAPI documents of the committed specs/, emitted once per test file by the openapi target (the
 * committed generated/openapi/ is written by the lead after a merge, so the tests never read it) and
 * written to a temp folder for the tools that read files.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSpecSet, loadTargetContext } from '../../generator/pipeline/inputs.ts';
import type { SpecSet } from '../../generator/spec/spec-set.ts';
import { emitOpenApi, OPENAPI_APIS, type OpenApiApi } from '../../generator/targets/openapi/index.ts';
import { ROOT } from '../targets/helpers.ts';

/** The emitted documents: their folder, texts, parsed JSON and the spec set they came from. */
export interface Documents {
  dir: string;
  set: SpecSet;
  text: Record<OpenApiApi, string>;
  json: Record<OpenApiApi, Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Milliseconds the target took to emit all three. */
  emitMs: number;
  cleanup(): Promise<void>;
}

/** Emit rest.json, rest3.json and vibe.json from specs/ into a fresh temp folder. */
export async function emitDocuments(): Promise<Documents> {
  const set = await loadSpecSet(join(ROOT, 'specs'));
  const ctx = await loadTargetContext();
  const started = performance.now();
  const files = emitOpenApi(set, ctx);
  const emitMs = Math.round(performance.now() - started);
  const dir = await mkdtemp(join(tmpdir(), 'b24gen-openapi-'));
  const text = {} as Documents['text'];
  const json = {} as Documents['json'];
  for (const api of OPENAPI_APIS) {
    text[api] = files.get(`openapi/${api}.json`)!.text;
    json[api] = JSON.parse(text[api]);
    await writeFile(join(dir, `${api}.json`), text[api]);
  }
  return { dir, set, text, json, emitMs, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * @hey-api/openapi-ts (its TypeScript types plugin) generates from each exported document and its output
 * type-checks (tsc, strict); every operation gets its data and response types.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createClient } from '@hey-api/openapi-ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPENAPI_APIS } from '../../generator/targets/openapi/index.ts';
import { runTsc } from '../targets/helpers.ts';
import { writeStrictTsconfig } from './codegen.ts';
import { emitDocuments, type Documents } from './documents.ts';

let docs: Documents;
const out: Record<string, string> = {};
beforeAll(async () => {
  docs = await emitDocuments();
  for (const api of OPENAPI_APIS) {
    const started = performance.now();
    await createClient({
      input: join(docs.dir, `${api}.json`),
      output: join(docs.dir, 'hey', api),
      plugins: ['@hey-api/typescript'],
      logs: { level: 'silent' },
    });
    out[api] = await readFile(join(docs.dir, 'hey', api, 'types.gen.ts'), 'utf8');
    console.log(`@hey-api/openapi-ts ${api}.json: ${Math.round(performance.now() - started)} ms, ${(out[api].length / 1e6).toFixed(2)} MB`);
  }
  await writeStrictTsconfig(join(docs.dir, 'hey'), ['*/*.ts']);
});
afterAll(async () => docs?.cleanup());

describe('@hey-api/openapi-ts over the export', () => {
  it('generates data and response types for every operation', () => {
    for (const api of OPENAPI_APIS) {
      const doc = docs.json[api];
      const ops = Object.entries(doc['paths'] as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
        Object.keys(item).map((verb) => `${verb} ${path}`),
      );
      // Each operation's Data type names its URL and its Responses type follows it.
      const urls = new Set([...out[api]!.matchAll(/^ {4}url: '([^']*)';$/gm)].map((x) => x[1]!));
      expect(ops.filter((o) => !urls.has(o.slice(o.indexOf(' ') + 1))).slice(0, 10), api).toEqual([]);
      const responses = out[api]!.match(/^export type \w+Responses = \{/gm) ?? [];
      expect(responses.length, api).toBe(ops.length);
    }
  });

  it('its output type-checks (tsc --strict)', async () => {
    const started = performance.now();
    const diagnostics = await runTsc(join(docs.dir, 'hey'), 'tsconfig.json');
    console.log(`tsc over @hey-api/openapi-ts's output: ${Math.round(performance.now() - started)} ms`);
    expect(diagnostics.slice(0, 10)).toEqual([]);
  });
});

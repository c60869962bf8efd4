/**
 * openapi-typescript generates types from each exported document and its output type-checks (tsc,
 * strict). The generated `operations` carry every operationId, and a few facts survive the trip: a
 * required param is non-optional, an id the portal sends as a numeric string is a `string`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPENAPI_APIS } from '../../generator/targets/openapi/index.ts';
import { runTsc } from '../targets/helpers.ts';
import { writeStrictTsconfig } from './codegen.ts';
import { emitDocuments, type Documents } from './documents.ts';

let docs: Documents;
const out: Record<string, string> = {};
beforeAll(async () => {
  docs = await emitDocuments();
  await mkdir(join(docs.dir, 'ts'), { recursive: true });
  for (const api of OPENAPI_APIS) {
    const started = performance.now();
    out[api] = astToString(await openapiTS(new URL(`file://${join(docs.dir, `${api}.json`)}`), { silent: true }));
    console.log(`openapi-typescript ${api}.json: ${Math.round(performance.now() - started)} ms, ${(out[api].length / 1e6).toFixed(2)} MB`);
    await writeFile(join(docs.dir, 'ts', `${api}.ts`), out[api]);
  }
  await writeStrictTsconfig(join(docs.dir, 'ts'), ['*.ts']);
});
afterAll(async () => docs?.cleanup());

describe('openapi-typescript over the export', () => {
  it('generates for every document, naming every operation', () => {
    for (const api of OPENAPI_APIS) {
      const ids = Object.values(docs.json[api]['paths'] as Record<string, Record<string, { operationId: string }>>).flatMap((item) =>
        Object.values(item).map((o) => o.operationId),
      );
      // `operations` members sit at four spaces: `    "crm.deal.get": {` (or a bare identifier).
      const named = new Set(
        [...out[api]!.matchAll(/^ {4}(?:"((?:[^"\\]|\\.)*)"|([A-Za-z_$][\w$]*)): \{$/gm)].map((x) =>
          x[1] !== undefined ? (JSON.parse(`"${x[1]}"`) as string) : x[2]!,
        ),
      );
      const missing = ids.filter((id) => !named.has(id));
      expect(missing.slice(0, 10), api).toEqual([]);
    }
  });

  it('keeps the facts: crm.deal.get returns its deal with ID as the numeric string the portal sends', () => {
    // crm-deal-get.md documents ID as an integer; its response example sends "ID": "..." (a string).
    const rest = out['rest']!;
    const op = rest.slice(rest.indexOf('    "crm.deal.get": {'));
    expect(op.slice(0, 3000)).toContain('result: components["schemas"]["CrmDealGetDeal"];');
    const deal = rest.slice(rest.indexOf('        CrmDealGetDeal: {'));
    expect(deal.slice(0, 300)).toMatch(/\n\s+ID: string;/);
  });

  it('its output type-checks (tsc --strict)', async () => {
    const started = performance.now();
    const diagnostics = await runTsc(join(docs.dir, 'ts'), 'tsconfig.json');
    console.log(`tsc over openapi-typescript's output: ${Math.round(performance.now() - started)} ms`);
    expect(diagnostics.slice(0, 10)).toEqual([]);
  });
});

/**
 * The wire model end to end on a real page: crm.contact.get read from the corpus, linked (link/wire-model.ts),
 * emitted and bundled. The result type says what the page's response example sends, the zod schema accepts
 * that example (`validate: true`), rejects the form the docs do not show, and `coerce` turns it into numbers,
 * booleans and Dates only when asked.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { linkWireModel, responseResults } from '../../../../generator/link/wire-model.ts';
import { catalogueOf, specOf } from '../../../support/yfm-corpus.ts';
import { emitPackage } from '../../emit.ts';
import { importBundle, stubRuntime, writePackage } from '../../helpers.ts';

interface Schema {
  safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: Array<{ path: PropertyKey[] }> } };
}
let dir = '';
let mod: { crmContactGetResult: Schema; coerce: (s: Schema, v: unknown) => Record<string, unknown> };
let methodsText = '';
const page = specOf('api-reference/crm/contacts/crm-contact-get.md');
// crm-contact-get.md's response example: "ID": "43", "LEAD_ID": null, "OPENED": "Y", "COMPANY_ID": "12", "DATE_CREATE": "2024-08-15T10:38:21+02:00"
const example = responseResults(page)[0] as Record<string, unknown>;

beforeAll(async () => {
  const typeCatalogues = [catalogueOf('api-reference/data-types.md'), catalogueOf('api-reference/crm/data-types.md')];
  const linked = linkWireModel([page], typeCatalogues);
  const files = await emitPackage(
    { specs: linked.specs, errorCatalogues: [], typeCatalogues: linked.typeCatalogues, runtime: stubRuntime(), packageVersion: '0.1.0' },
    { format: false },
  );
  dir = await writePackage(files, 'b24gen-wire-');
  methodsText = files.get('src/methods/crm.ts') ?? '';
  mod = await importBundle<typeof mod>(dir, "export { crmContactGetResult } from './src/zod/crm.ts';\nexport { coerce } from './src/zod/_lenient.ts';", 'wire');
}, 120_000);

describe('crm.contact.get on the wire', () => {
  it('types the result as the example sends it: ids as strings, flags as Y/N, null where shown', () => {
    expect(methodsText).toMatch(/\bID\?: string;/);
    expect(methodsText).toMatch(/\bOPENED\?: 'Y' \| 'N';/);
    expect(methodsText).toMatch(/\bLEAD_ID\?: string \| null;/);
    expect(methodsText).not.toMatch(/\bID\?: number;/);
  });

  it('validate: the docs example passes', () => {
    expect(mod.crmContactGetResult.safeParse(example).success).toBe(true);
  });

  it('validate: an id as a number (what the old type claimed) fails at the id', () => {
    const r = mod.crmContactGetResult.safeParse({ ...example, ID: 43 });
    expect(r.success).toBe(false);
    // lenientObject is a union (object | PHP's empty []): zod reports the object branch's issue inside it.
    expect(JSON.stringify(r.error?.issues)).toContain('"path":["ID"]');
  });

  it('coerce (opt-in): numbers, booleans and Dates; null stays null', () => {
    const c = mod.coerce(mod.crmContactGetResult, example);
    expect(c.ID).toBe(43);
    expect(c.COMPANY_ID).toBe(12);
    expect(c.OPENED).toBe(true);
    expect(c.HAS_IMOL).toBe(false);
    expect(c.LEAD_ID).toBeNull();
    expect(c.DATE_CREATE).toEqual(new Date('2024-08-15T10:38:21+02:00'));
    // The input is not touched: coercion returns a new value.
    expect(example.ID).toBe('43');
  });

  it('coerce never guesses: a numeric field holding text throws, naming the field', () => {
    expect(() => mod.coerce(mod.crmContactGetResult, { ...example, COMPANY_ID: 'twelve' })).toThrow(/COMPANY_ID/);
  });
});

/**
 * The generated zod schemas at run time: lenient where Bitrix is (numbers as strings, Y/N, PHP's
 * keyed arrays and empty `[]`, extra keys, nulls), strict where a type is clearly wrong; and
 * tree-shakable (an app importing one schema bundles no other).
 */
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitPackage } from '../../emit.ts';
import { loadFixtures, stubRuntime, writePackage } from '../../helpers.ts';

interface Schema {
  safeParse(v: unknown): { success: boolean; data?: unknown };
}
let dir = '';
let zod: Record<string, Schema | Record<string, Schema>> = {};

/** Bundle `contents` (an ES module importing generated files) and return the output text. */
async function bundle(contents: string, outfile: string, external = true): Promise<string> {
  const r = await build({
    stdin: { contents, resolveDir: dir, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: join(dir, outfile),
    external: external ? ['zod'] : [],
    write: true,
    logLevel: 'silent',
    metafile: false,
  });
  void r;
  const { readFile } = await import('node:fs/promises');
  return readFile(join(dir, outfile), 'utf8');
}

beforeAll(async () => {
  const fx = await loadFixtures();
  dir = await writePackage(await emitPackage({ ...fx, runtime: stubRuntime(), packageVersion: '0.1.0' }, { format: false }), 'b24gen-zod-');
  await bundle(
    [
      "export { resultSchemas, vibeResultSchemas } from './src/zod/index.ts';",
      "export { crmContactGetResult, crmContactListResult, crmItemGetResult } from './src/zod/crm.ts';",
      "export { vibeContactsGetResult } from './src/zod/_vibe.ts';",
    ].join('\n'),
    'all.mjs',
  );
  zod = (await import(pathToFileURL(join(dir, 'all.mjs')).href)) as typeof zod;
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The crm.contact.get response example of the docs (abridged), as Bitrix sends it. */
const CONTACT = {
  ID: '43',
  POST: 'Administrator',
  NAME: 'John',
  PHOTO: null,
  LEAD_ID: null,
  TYPE_ID: 'PARTNER',
  COMPANY_ID: '12',
  BIRTHDATE: '2001-11-11T02:00:00+02:00',
  EXPORT: 'N',
  HAS_PHONE: 'Y',
  OPENED: 'Y',
  FACE_ID: null,
  UTM_MEDIUM: 'CPC',
  PARENT_ID_1224: '12',
  UF_CRM_1720697698689: 'Example value of a custom field',
  PHONE: [
    { ID: '156', VALUE_TYPE: 'WORK', VALUE: '+13333333555', TYPE_ID: 'PHONE' },
    { ID: '157', VALUE_TYPE: 'HOME', VALUE: '+15599888666', TYPE_ID: 'PHONE' },
  ],
};

describe('zod result schemas', () => {
  const get = () => zod['crmContactGetResult'] as Schema;

  it('accept the documented response, keeping undocumented keys', () => {
    const r = get().safeParse(CONTACT);
    expect(r.success).toBe(true);
    expect((r.data as Record<string, unknown>)['UF_CRM_1720697698689']).toBe('Example value of a custom field');
  });

  it('are lenient where Bitrix is', () => {
    expect(get().safeParse({ ...CONTACT, FACE_ID: '7' }).success).toBe(true); // number as string
    expect(get().safeParse({ ...CONTACT, FACE_ID: 7 }).success).toBe(true);
    expect(get().safeParse({ ...CONTACT, ID: 43 }).success).toBe(true); // string as number
    expect(get().safeParse({ ...CONTACT, OPENED: true }).success).toBe(true); // Y/N as boolean
    expect(get().safeParse({ ...CONTACT, PHONE: { 0: CONTACT.PHONE[0] } }).success).toBe(true); // PHP keyed array
    expect(get().safeParse({ ...CONTACT, PHONE: [{ ...CONTACT.PHONE[0], VALUE_TYPE: 'FAX_NEW' }] }).success).toBe(true); // open enum
    expect(get().safeParse({ ...CONTACT, NAME: null }).success).toBe(true); // null anywhere
  });

  it('are strict where a type is clearly wrong', () => {
    expect(get().safeParse({ ...CONTACT, NAME: { first: 'John' } }).success).toBe(false); // object for a string
    expect(get().safeParse({ ...CONTACT, PHONE: '+1333' }).success).toBe(false); // string for a list
    expect(get().safeParse({ ...CONTACT, PHONE: [{ TYPE_ID: 'FAX' }] }).success).toBe(false); // closed enum
    expect(get().safeParse({ ...CONTACT, ID: undefined }).success).toBe(false); // required field absent
    expect(get().safeParse('43').success).toBe(false);
  });

  it('type list pages by the entity, and map every method', () => {
    const list = zod['crmContactListResult'] as Schema;
    expect(list.safeParse([CONTACT, { ID: '44' }]).success).toBe(true);
    expect(list.safeParse([{ ID: '44', NAME: ['x'] }]).success).toBe(false);
    expect(Object.keys(zod['resultSchemas'] as object).sort()).toEqual(['crm.contact.get', 'crm.contact.list', 'crm.item.get']);
    expect(Object.keys(zod['vibeResultSchemas'] as object).sort()).toEqual(['GET /v1/contacts', 'GET /v1/contacts/{id}']);
    const item = zod['crmItemGetResult'] as Schema;
    expect(item.safeParse({ item: { id: 1, entityTypeId: 2, opportunity: '100.50', opened: 'Y', contactIds: ['1', 2] } }).success).toBe(true);
    expect(item.safeParse({ item: { id: 1, entityTypeId: 2, contactIds: 'x' } }).success).toBe(false);
    const vibe = zod['vibeContactsGetResult'] as Schema;
    expect(vibe.safeParse({ id: 71, name: 'Ivan', typeId: 'CLIENT', createdTime: '2020-05-08T10:48:20+03:00' }).success).toBe(true);
  });

  it('are tree-shaken: importing one schema bundles no other', async () => {
    const one = await bundle("export { vibeContactsGetResult } from './src/zod/_vibe.ts';", 'one.mjs');
    expect(one).toContain('vibeContactSchema');
    expect(one).not.toContain('vibeContactsListResult');
    expect(one).not.toContain('resultSchemas');
    expect(one).not.toContain('lenientRecord');
    const app = await bundle("import { createClient } from './src/index.ts'; console.log(createClient);", 'app.mjs', false);
    expect(app).not.toMatch(/from ["']zod["']|ZodObject|looseObject/);
  }, 60_000);
});

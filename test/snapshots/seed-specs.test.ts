import { describe, expect, it } from 'vitest';
import { parseFolder, SEEDS_DIR } from '../helpers.ts';
import { specSetToFiles } from '../../generator/spec/spec-set.ts';
import { filesUnder } from '../support/snapshots.ts';

/**
 * The spec files the five seed pages must give: one per method (four REST, one Vibe) plus the shared
 * files. Listed, not looped over, so a file that stops being produced fails instead of losing its test.
 */
const EXPECTED = [
  '_provenance/_shared/rest-system-errors.json',
  '_provenance/rest/crm/crm.company.contact.items.get.json',
  '_provenance/rest/crm/crm.contact.get.json',
  '_provenance/rest/crm/crm.contact.list.json',
  '_provenance/rest/crm/crm.lead.get.json',
  '_provenance/vibe/get_v1_contacts_id.json',
  '_shared/rest-system-errors.json',
  'index.json',
  'pages.json',
  'rest/crm/crm.company.contact.items.get.json',
  'rest/crm/crm.contact.get.json',
  'rest/crm/crm.contact.list.json',
  'rest/crm/crm.lead.get.json',
  'vibe/get_v1_contacts_id.json',
];

// One file snapshot per seed spec (and the shared files): reviewed by reading them, diffed on every change.
describe('seed specs', () => {
  const files = specSetToFiles(parseFolder(SEEDS_DIR));

  it('gives exactly the expected files, and the snapshot folder holds no others', () => {
    expect([...files.keys()].filter((p) => p !== 'spec.schema.json').sort()).toEqual(EXPECTED);
    expect(filesUnder(new URL('__snapshots__/seed-specs/', import.meta.url))).toEqual(EXPECTED);
  });

  for (const path of EXPECTED) {
    it(`matches the reviewed snapshot: ${path}`, async () => {
      expect(files.has(path), `${path} is no longer produced`).toBe(true);
      await expect(files.get(path)).toMatchFileSnapshot(`__snapshots__/seed-specs/${path}`);
    });
  }

  it('is the same whatever the order the pages are read in', () => {
    const reversed = specSetToFiles(parseFolder(SEEDS_DIR, 'reversed'));
    expect([...reversed.entries()]).toEqual([...files.entries()]);
  });

  it('holds the facts the seed pipeline must deliver', () => {
    const specs = new Map(parseFolder(SEEDS_DIR).specs.map((s) => [s.method, s]));
    const get = specs.get('crm.contact.get')!;
    expect(get.params.find((p) => p.name === 'id')).toMatchObject({ required: true, type: { kind: 'scalar', name: 'integer' } });
    const lead = specs.get('crm.lead.get')!;
    const leadType = lead.types.find((t) => lead.result?.type.kind === 'ref' && t.name === lead.result.type.name)!;
    expect(leadType.type.kind).toBe('object');
    const leadFields = leadType.type.kind === 'object' ? new Map(leadType.type.fields.map((f) => [f.name, f])) : new Map();
    for (const f of ['TITLE', 'STATUS_ID', 'OPPORTUNITY', 'PHONE']) expect(leadFields.has(f), f).toBe(true);
    expect(leadFields.get('PHONE')!.type.kind).toBe('array');
    const items = specs.get('crm.company.contact.items.get')!;
    expect(items.result?.type).toMatchObject({ kind: 'array', items: { kind: 'ref' } });
    const binding = items.types.find(
      (t) => items.result?.type.kind === 'array' && items.result.type.items.kind === 'ref' && t.name === items.result.type.items.name,
    )!;
    const bindingFields = binding.type.kind === 'object' ? binding.type.fields.map((f) => f.name) : [];
    expect(bindingFields).toEqual(expect.arrayContaining(['CONTACT_ID', 'SORT', 'ROLE_ID', 'IS_PRIMARY']));
    const vibe = [...specs.values()].find((s) => s.api === 'vibe')!;
    expect(vibe.http).toEqual({ verb: 'GET', path: '/v1/contacts/{id}' });
    expect(vibe.params.find((p) => p.name === 'id')).toMatchObject({ in: 'path', required: true });
    expect(JSON.stringify(vibe.params.find((p) => p.name === 'include')!.type)).toMatch(/"company".*"requisite"/);
    expect(vibe.errors.map((e) => [e.code, e.status])).toEqual(
      expect.arrayContaining([
        ['ENTITY_NOT_FOUND', 404],
        ['ACCESS_DENIED', 403],
        ['SCOPE_DENIED', 403],
        ['TOKEN_MISSING', 401],
      ]),
    );
  });
});

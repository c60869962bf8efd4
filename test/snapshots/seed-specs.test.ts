import { describe, expect, it } from 'vitest';
import { parseFolder, SEEDS_DIR } from '../helpers.ts';
import { specSetToFiles } from '../../generator/spec/spec-set.ts';

// One file snapshot per seed spec (and the shared files): reviewed by reading them, diffed on every change.
describe('seed specs', () => {
  const files = specSetToFiles(parseFolder(SEEDS_DIR));

  for (const [path, text] of files) {
    if (path === 'spec.schema.json') continue;
    it(`matches the reviewed snapshot: ${path}`, async () => {
      await expect(text).toMatchFileSnapshot(`__snapshots__/seed-specs/${path}`);
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
    const binding = items.types.find((t) => items.result?.type.kind === 'array' && items.result.type.items.kind === 'ref' && t.name === items.result.type.items.name)!;
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

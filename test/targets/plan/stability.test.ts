/**
 * Finding 6 of issue 8: adding methods to the docs must not rename an existing export. Each added
 * method below collided with or split an existing name under the old rules (names allocated in global
 * order with numeric suffixes, shared types renamed after their first declarer).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MethodSpec } from '../../../generator/spec/schema.ts';
import { specSetFromFiles } from '../../../generator/spec/spec-set.ts';
import { emitUnformatted, type EmitInput } from '../emit.ts';
import { method, named, obj, resultRef } from '../given.ts';
import { loadFixtures, ROOT, stubRuntime } from '../helpers.ts';
import { syntheticInput } from '../synthetic.ts';

/** Exported names listed in api.md. */
function exportsOf(input: EmitInput): Set<string> {
  const api = emitUnformatted(input).get('api.md')!;
  return new Set([...api.matchAll(/^- `([^`]+)`/gm)].map((m) => m[1]!));
}

/** Names in `before` missing from `after`. */
function lost(before: Set<string>, after: Set<string>): string[] {
  return [...before].filter((n) => !after.has(n));
}

const additions: Array<[string, MethodSpec[]]> = [
  // A one-segment method: its names (CrmItem, …) were allocated before the crm.item.get type `item`, which became CrmItem2.
  ['a method named like a namespace', [method({ method: 'crm' })]],
  // Doc-local types `params` in crm.contact.add and crm.contact.update (declared differently) took
  // CrmContactAddParams2 and CrmContactUpdateParams2 beside the methods' own names.
  [
    'local types named like a method suffix',
    [
      method({ method: 'crm.contact.add', types: [named('params', obj('NAME'))], result: resultRef('params') }),
      method({ method: 'crm.contact.update', types: [named('params', obj('ID', 'NAME'))], result: resultRef('params') }),
    ],
  ],
  // A different `contact` split CrmContact into per-method variants, and CrmContact vanished.
  ['a method declaring a shared type differently', [method({ method: 'crm.deal.get', types: [named('contact', obj('TITLE'))], result: resultRef('contact') })]],
  // A method before crm.contact.get (by id) declaring its `contact` would have taken the variant's name.
  [
    'an earlier declarer of an existing variant, after a split',
    [
      method({ method: 'crm.deal.get', types: [named('contact', obj('TITLE'))], result: resultRef('contact') }),
      method({ method: 'crm.activity.get', types: [named('contact', obj('ID'))], result: resultRef('contact') }),
    ],
  ],
  // A case variant of an existing method name: the existing one keeps its names.
  ['a case variant of a method name', [method({ method: 'Crm.contact.get' }), method({ method: 'crm.contact_get' })]],
];

describe('stable generated names', async () => {
  const fx = await loadFixtures();
  const runtime = stubRuntime();
  const synthetic = syntheticInput(300, 10);

  for (const [what, added] of additions) {
    it(`keeps every fixture export when adding ${what}`, () => {
      const base: EmitInput = { ...fx, runtime, packageVersion: '0' };
      const before = exportsOf(base);
      const after = exportsOf({ ...base, specs: [...fx.specs, ...added] });
      expect(lost(before, after)).toEqual([]);
      expect(after.size).toBeGreaterThan(before.size);
    });
  }

  it('keeps every export of a larger corpus when all of them are added at once', () => {
    const base: EmitInput = {
      ...synthetic,
      specs: [...synthetic.specs, ...fx.specs],
      typeCatalogues: [...synthetic.typeCatalogues, ...fx.typeCatalogues],
      runtime,
      packageVersion: '0',
    };
    const before = exportsOf(base);
    const after = exportsOf({ ...base, specs: [...base.specs, ...additions.flatMap(([, a]) => a)] });
    expect(lost(before, after)).toEqual([]);
  });

  it('names the new elements from their own ids', () => {
    const specs = [...fx.specs, ...additions.flatMap(([, a]) => a)];
    const names = exportsOf({ ...fx, specs, runtime, packageVersion: '0' });
    for (const name of [
      'CrmParams', // the method `crm`
      'CrmResult',
      'CrmItemType', // the crm.item.get type `item`, out of the method space
      'CrmContactAddParamsType', // the crm.contact.add type `params`, beside CrmContactAddParams
      'CrmContactAddParams',
      'CrmParamsType', // the union of the `params` variants
      'CrmContact', // the union of the `contact` variants
      'crmContactSchema', // and its schema
      'CrmContactGetContact', // crm.contact.get's own name for its variant
      'CrmActivityGetContact',
      'CrmDealGetContact',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('keeps every export of the committed spec set when methods that collide with it are added', async () => {
    const dir = join(ROOT, 'specs');
    const paths = (await readdir(dir, { recursive: true })).filter((p) => p.endsWith('.json'));
    const set = specSetFromFiles(new Map(await Promise.all(paths.map(async (p) => [p, await readFile(join(dir, p), 'utf8')] as const))));
    const contactGet = set.specs.find((s) => s.id === 'rest:crm.contact.get')!;
    const contact = contactGet.types.find((t) => t.name === 'contact')!;
    const added = [
      method({ method: 'crm' }),
      // Before every crm method by id, declaring crm.contact.get's `contact` as it does (refs included).
      method({ method: 'crm.aaa.get', types: contactGet.types, result: resultRef('contact') }),
      // A different `contact`: CrmContact becomes a union, the existing declarations keep their names.
      method({ method: 'crm.contact.copy', types: [named('contact', obj('ID'))], result: resultRef('contact') }),
      method({ method: 'crm.contact.add', restVersion: '3', types: [named('params', obj('ID')), named('result', obj('ID'))], result: resultRef('result') }),
      method({ method: 'Crm.Contact.Get' }),
    ];
    expect(contact.type.kind).toBe('object');
    const base: EmitInput = { ...set, runtime, packageVersion: '0' };
    const before = exportsOf(base);
    const after = exportsOf({ ...base, specs: [...set.specs, ...added] });
    expect(lost(before, after)).toEqual([]);
    expect(after).toContain('CrmAaaGetContact');
  }, 60_000);
});

/** mergeVibeKnowledge / enrichVibeOutputs (merge.ts): pooling what several pages say about one operation. */
import { describe, expect, it } from 'vitest';
import { MethodSpec } from '../../../generator/spec/schema.ts';
import type { SourcePage } from '../../../generator/sources/types.ts';
import { enrichVibeOutputs, mergeVibeKnowledge } from '../../../generator/sources/vibe/index.ts';
import { objectFields, seed, typeNamed, vibeReader } from '../../support/vibe.ts';

const { corpus, read } = vibeReader();

describe('mergeVibeKnowledge', () => {
  const outputs = corpus.map(read);
  const merged = mergeVibeKnowledge(outputs);

  it('types the seed operation from the fields page too, read facts first', () => {
    const get = merged.specs.find((s) => s.id === 'vibe:GET /v1/contacts/{id}')!;
    const fields = objectFields(typeNamed(get, 'contact')?.type);
    expect(fields.slice(0, 6).map((f) => [f.name, f.source.how])).toEqual([
      ['id', 'read'],
      ['name', 'read'],
      ['lastName', 'read'],
      ['secondName', 'read'],
      ['phone', 'read'],
      ['email', 'read'],
    ]);
    expect(fields.find((f) => f.name === 'id')?.readOnly).toBe(true);
    expect(fields.find((f) => f.name === 'updatedTime')?.source.how).toBe('inferred');
  });

  it('keeps read-only fields out of the pooled input type', () => {
    const create = merged.specs.find((s) => s.id === 'vibe:POST /v1/contacts')!;
    const input = objectFields(typeNamed(create, 'contact_input')?.type).map((f) => f.name);
    expect(input).toContain('leadId');
    expect(input).not.toContain('id');
  });

  it('keeps one spec per operation and reports the duplicates', () => {
    const ids = merged.specs.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(merged.warnings.some((w) => w.code === 'duplicate-operation' && w.message.includes('vibe:GET /v1/folders'))).toBe(true);
    // The whole plain page wins over the cut pipe scrape.
    expect(merged.specs.find((s) => s.id === 'vibe:GET /v1/folders')?.sources[0]?.path).toBe('tech_docs_entities_folders.txt');
  });

  it("fills an operation page's missing scope from its entity page", () => {
    const entity: SourcePage = {
      path: 'contacts-entity.txt',
      text: '#Contacts\n\nEntity: contact | Scope: crm | Base path: /v1/contacts\n\n#Operations\n\nMethod Path Description Bitrix24 Method\nGET /v1/contacts/:id Get by ID crm.contact.get\n',
    };
    const out = mergeVibeKnowledge([read(seed), read(entity)]);
    const get = out.specs.find((s) => s.id === 'vibe:GET /v1/contacts/{id}')!;
    expect(get.sources[0]?.path).toBe('vibe.contacts.get.txt');
    expect(get.scope).toEqual(['crm']);
    expect(get.facts['scope']?.file).toBe('contacts-entity.txt');
  });

  it('is pure and independent of input order; enrich keeps one output per page', () => {
    const rotated = [...outputs.slice(7), ...outputs.slice(0, 7)].reverse();
    expect(JSON.stringify(mergeVibeKnowledge(rotated))).toBe(JSON.stringify(merged));
    const before = JSON.stringify(outputs);
    const enriched = enrichVibeOutputs(outputs);
    expect(JSON.stringify(outputs)).toBe(before);
    expect(enriched).toHaveLength(outputs.length);
    for (const s of enriched.flatMap((o) => o.specs)) expect(() => MethodSpec.parse(s)).not.toThrow();
  });
});

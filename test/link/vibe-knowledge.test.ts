/** The link stage over the Vibe pages: entity knowledge pooled across pages, one spec per operation, catalogues pooled. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkSpecSet } from '../../generator/link/index.ts';
import { enrichVibeOutputs } from '../../generator/link/vibe-knowledge.ts';
import { readPages, type PageInput } from '../../generator/sources/index.ts';
import { MethodSpec, type Field, type TypeRef } from '../../generator/spec/schema.ts';
import { SEEDS_DIR, SHARED_DIR } from '../helpers.ts';

const VIBE_DIR = join(SHARED_DIR, 'corpus', 'vibecode');
const noIncludes = { readFile: () => undefined };
const input = (path: string, text: string): PageInput => ({ page: { path, text }, ctx: noIncludes });
const corpus: PageInput[] = readdirSync(VIBE_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => input(f, readFileSync(join(VIBE_DIR, f), 'utf8')));
const seed = input('vibe.contacts.get.txt', readFileSync(join(SEEDS_DIR, 'vibe.contacts.get.txt'), 'utf8'));
const objectFields = (t: TypeRef | undefined): Field[] => (t?.kind === 'object' ? t.fields : []);
const typeNamed = (spec: MethodSpec, name: string) => spec.types.find((t) => t.name === name);

describe('Vibe pages linked', () => {
  const readings = readPages(corpus);
  const merged = linkSpecSet(readings);
  const pageWarnings = merged.pages.flatMap((p) => p.warnings);

  it('pools the error catalogue from several guides (management keys add their 403s)', () => {
    const codes = merged.errorCatalogues.find((c) => c.id === 'vibe-errors')?.errors.map((e) => `${e.code}:${e.status}`);
    expect(codes).toEqual(expect.arrayContaining(['MISSING_API_KEY:401', 'MANAGEMENT_SCOPE_REQUIRED:403', 'MANAGEMENT_KEY_NO_ENTITY_ACCESS:403']));
  });

  it('types the operation from the fields page too, read facts first', () => {
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
    const fields = objectFields(typeNamed(create, 'contact_input')?.type).map((f) => f.name);
    expect(fields).toContain('leadId');
    expect(fields).not.toContain('id');
  });

  it('keeps one spec per operation and reports the duplicate pages', () => {
    const ids = merged.specs.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    // The same entity page scraped twice: the whole plain page wins over the cut pipe scrape, which is named as ignored.
    expect(merged.specs.find((s) => s.id === 'vibe:GET /v1/folders')?.sources.map((f) => f.path)).toEqual(['tech_docs_entities_folders.txt']);
    expect(
      pageWarnings.some(
        (w) => w.code === 'duplicate-method' && w.file === 'tech_docs_entities_folders__table-scrape.txt' && w.message.includes('vibe:GET /v1/folders'),
      ),
    ).toBe(true);
  });

  it("fills an operation page's missing scope from its entity page", () => {
    const entity = input(
      'contacts-entity.txt',
      '#Contacts\n\nEntity: contact | Scope: crm | Base path: /v1/contacts\n\n#Operations\n\nMethod Path Description Bitrix24 Method\nGET /v1/contacts/:id Get by ID crm.contact.get\n',
    );
    const out = linkSpecSet(readPages([seed, entity]));
    const get = out.specs.find((s) => s.id === 'vibe:GET /v1/contacts/{id}')!;
    expect(get.sources[0]?.path).toBe('vibe.contacts.get.txt');
    expect(get.scope).toEqual(['crm']);
    expect(get.facts['scope']?.file).toBe('contacts-entity.txt');
  });

  it('is pure and independent of input order; enrich keeps one output per page', () => {
    const rotated = [...readings.slice(7), ...readings.slice(0, 7)].reverse();
    expect(JSON.stringify(linkSpecSet(rotated))).toBe(JSON.stringify(merged));
    const outputs = readings.map((r) => r.output);
    const before = JSON.stringify(outputs);
    const enriched = enrichVibeOutputs(outputs);
    expect(JSON.stringify(outputs)).toBe(before);
    expect(enriched).toHaveLength(outputs.length);
    for (const s of enriched.flatMap((o) => o.specs)) expect(() => MethodSpec.parse(s)).not.toThrow();
  });
});

/**
 * The whole English docs corpus through the pipeline (inputs → readers → link), read once; every check
 * below reads that one result. The corpus is required: without ../shared this file fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSpecSet, specSetFromPages } from '../../generator/pipeline/run.ts';
import { linkSpecSet } from '../../generator/link/index.ts';
import { WIRE_MAJORITIES } from '../../generator/link/wire-majorities.ts';
import { measureWireMajorities } from '../../generator/link/wire-model.ts';
import { readPages } from '../../generator/sources/index.ts';
import { readYfmPage } from '../../generator/sources/yfm/extract/page.ts';
import { isUnknownType } from '../../generator/sources/yfm/types/map.ts';
import { MethodSpec, type Param, type TypeRef, type Warning } from '../../generator/spec/schema.ts';
import type { SpecSet } from '../../generator/spec/spec-set.ts';
import { collectPages } from '../../generator/pipeline/inputs.ts';
import { silentLogger } from '../../generator/core/log.ts';
import { CORPUS_DIR } from '../helpers.ts';
import { requireShared } from '../support/shared.ts';

describe('the YFM corpus through the pipeline', () => {
  let corpus: SpecSet;
  const spec = (id: string): MethodSpec => {
    const s = corpus.specs.find((x) => x.id === id);
    if (!s) throw new Error(`no spec ${id}`);
    return s;
  };
  const param = (s: MethodSpec, name: string): Param => {
    const p = s.params.find((x) => x.name === name);
    if (!p) throw new Error(`${s.id} has no param ${name}`);
    return p;
  };
  const named = (s: MethodSpec, name: string) => s.types.find((t) => t.name === name);
  const fieldsOf = (t: TypeRef | undefined) => (t?.kind === 'object' ? t.fields : []);
  const allWarnings = (): Warning[] => [...corpus.pages.flatMap((p) => p.warnings), ...corpus.specs.flatMap((s) => s.warnings)];

  let readings: ReturnType<typeof readPages>;
  let pages: Awaited<ReturnType<typeof collectPages>>['pages'];

  beforeAll(async () => {
    const collected = await collectPages([requireShared(CORPUS_DIR)], silentLogger);
    expect(collected.problems).toEqual([]);
    pages = collected.pages;
    readings = readPages(pages);
    corpus = linkSpecSet(readings);
  }, 900_000);

  it('yields params (or an explicit empty list) and a typed result for the method pages that document them', () => {
    const methodPages = corpus.pages.filter((p) => p.methods.length > 0);
    expect(methodPages.length).toBeGreaterThan(1600);
    expect(corpus.specs.length).toBeGreaterThan(1600);
    const withParams = corpus.specs.filter((s) => s.paramsDocumented !== 'missing');
    expect(withParams.length / corpus.specs.length).toBeGreaterThanOrEqual(0.99);
    const typed = corpus.specs.filter((s) => s.result !== null && !isUnknownType(s.result.type));
    // ~34 old pages (task.item.*, crm/outdated, rpa) document no result at all: no section, table or example.
    expect(typed.length / corpus.specs.length).toBeGreaterThanOrEqual(0.975);
    // Every spec without a typed result says why.
    for (const s of corpus.specs.filter((x) => !typed.includes(x))) {
      const why = s.result === null ? ['no-result-table'] : ['no-type-line', 'unknown-type', 'no-result-table', 'result-row-missing', 'result-from-example'];
      expect(s.warnings.some((w) => why.includes(w.code))).toBe(true);
    }
    const both = corpus.specs.filter((s) => withParams.includes(s) && typed.includes(s));
    expect(both.length / corpus.specs.length).toBeGreaterThanOrEqual(0.97);
  });

  it('leaves fewer than 1% of type references unknown (fields a success example shows only as null or [] counted apart)', () => {
    // A key the success example shows as `null` or `[]` exists, but the page says nothing of its type: those
    // fields (evidence `response-example`, result-from-example.ts) are honest unknowns, measured on their own.
    let refs = 0;
    let unknown = 0;
    let shown = 0;
    let shownUnknown = 0;
    const count = (t: TypeRef, fromExample = false) => {
      if (fromExample) {
        shown++;
        if (isUnknownType(t)) shownUnknown++;
        return;
      }
      refs++;
      if (isUnknownType(t)) unknown++;
    };
    const visit = (t: TypeRef): void => {
      if (t.kind === 'object') {
        for (const f of t.fields) {
          count(f.type, (f.source.evidence ?? '').includes('response-example'));
          visit(f.type);
        }
      } else if (t.kind === 'array') visit(t.items);
      else if (t.kind === 'union') t.anyOf.forEach(visit);
      else if (t.kind === 'map') visit(t.values);
    };
    for (const s of corpus.specs) {
      for (const p of s.params) {
        count(p.type);
        visit(p.type);
      }
      if (s.result) {
        count(s.result.type);
        visit(s.result.type);
      }
      for (const t of s.types) visit(t.type);
    }
    expect(refs).toBeGreaterThan(10_000);
    expect(unknown / refs).toBeLessThan(0.01);
    expect(shownUnknown / shown).toBeLessThan(0.15);
  });

  it('no page yields an invalid spec or a reader error, and ids are unique', () => {
    // The link stage leaves an invalid spec out and says so on its page: this is where that would show.
    expect(allWarnings().filter((w) => w.code === 'invalid-spec' || w.code === 'reader-error')).toEqual([]);
    for (const s of corpus.specs) expect(() => MethodSpec.parse(s)).not.toThrow();
    expect(new Set(corpus.specs.map((s) => s.id)).size).toBe(corpus.specs.length);
  });

  it('crm.contact.get: required integer id, result ref contact (3 tables merged), deprecated → crm.item.get', () => {
    const s = spec('rest:crm.contact.get');
    expect(param(s, 'id')).toMatchObject({ required: true, type: { kind: 'scalar', name: 'integer' } });
    expect(s.result?.type).toEqual({ kind: 'ref', name: 'contact' });
    const names = fieldsOf(named(s, 'contact')?.type).map((f) => f.name);
    expect(names).toContain('ID'); // table 1
    expect(names).toContain('ORIGIN_VERSION'); // table 2, after "**Fields for external data source connections**"
    expect(names.length).toBeGreaterThan(45);
    expect(s.deprecated && s.deprecated.successor).toBe('crm.item.get');
    expect(s.scope).toEqual(['crm']);
    expect(s.systemErrors).toBe('rest');
    expect(s.examples.some((e) => e.kind === 'request' && JSON.stringify(e.json) === '{"ID":23}')).toBe(true);
    expect(s.seeAlso).toContain('crm.contact.list');
  });

  it('crm.lead.list: the one-cell order row is kept', () => {
    expect(param(spec('rest:crm.lead.list'), 'order').type.kind).toBe('map');
  });

  it('booking.v1.booking.list: the header-less FILTER row is kept', () => {
    expect(spec('rest:booking.v1.booking.list').params.map((p) => p.name.toLowerCase())).toContain('filter');
  });

  it('crm.deal.productrows.get: params from the intro, ^*^ marker', () => {
    const s = spec('rest:crm.deal.productrows.get');
    expect(s.paramsDocumented).toBe('table');
    expect(param(s, 'id').required).toBe(true);
  });

  it('sale.basketitem.add: weight** is a footnote, name*,** is required', () => {
    const fields = fieldsOf(named(spec('rest:sale.basketitem.add'), 'fields')?.type);
    expect(fields.find((f) => f.name === 'weight')?.required).toBe(false);
    expect(fields.find((f) => f.name === 'name')?.required).toBe(true);
  });

  it('crm.documentgenerator.document.add: templateId^*^ outside the bold is required', () => {
    expect(param(spec('rest:crm.documentgenerator.document.add'), 'templateId').required).toBe(true);
  });

  it('timeman.timecontrol.report.add: aliased names', () => {
    expect(param(spec('rest:timeman.timecontrol.report.add'), 'REPORT_ID')).toMatchObject({ aliases: ['ID'], required: true });
  });

  it('tasks.task.add: the REST 1 and REST 3.0 pages both survive', () => {
    expect(spec('rest:tasks.task.add').restVersion).toBeUndefined();
    const v3 = spec('rest:tasks.task.add@v3');
    expect(v3.restVersion).toBe('3');
    expect(v3.errors.some((e) => e.code?.startsWith('BITRIX_REST_V3_'))).toBe(true);
    expect(spec('rest:tasks.task.list@v3').list?.filter?.syntax).toBe('v3-array');
  });

  it('names: im.recent.pin, the ctrigger typo, undotted names, user.option.*', () => {
    expect(spec('rest:im.recent.pin').method).toBe('im.recent.pin');
    expect(spec('rest:crm.automation.trigger.delete').sources[0]?.path).toMatch(/crm-automation-trigger-delete\.md$/);
    for (const n of ['methods', 'scope', 'profile', 'events']) expect(spec(`rest:${n}`).method).toBe(n);
    const wildcard = corpus.pages.find((p) => p.path === 'api-reference/common/settings/user-option.md');
    expect(wildcard?.methods).toEqual(expect.arrayContaining(['rest:user.option.get', 'rest:user.option.set']));
    expect(spec('rest:user.option.get').method).toBe('user.option.get');
    expect(spec('rest:user.option.set').method).toBe('user.option.set');
  });

  it('crm.contact.list: operators as documented, entity linked to a real named type', () => {
    const list = spec('rest:crm.contact.list').list;
    expect(list?.filter?.syntax).toBe('prefix');
    expect(list?.filter?.operators).toEqual(expect.arrayContaining(['', '>=', '<=', '%', '!@']));
    expect(list?.paging).toBe('start');
    expect(list?.pageSize).toBe(50);
    const entity = list?.entity;
    expect(entity).toBeTruthy();
    const target = corpus.specs.find((x) => x.method === entity?.method && !x.restVersion);
    expect(target?.types.some((t) => t.name === entity?.type)).toBe(true);
    // Every linked entity in the corpus points at a real named type of a real spec (same REST version).
    let linked = 0;
    for (const x of corpus.specs) {
      const e = x.list?.entity;
      if (!e) continue;
      linked++;
      const t = corpus.specs.find((y) => y.method === e.method && y.restVersion === x.restVersion);
      expect(t?.types.some((nt) => nt.name === e.type)).toBe(true);
    }
    expect(linked).toBeGreaterThan(80);
  });

  it('crm.deal.userfield.get: HTTP statuses in the Code column become statuses', () => {
    const errs = spec('rest:crm.deal.userfield.get').errors;
    expect(errs.find((e) => e.status === 403)?.code).toBeNull();
    expect(errs.some((e) => e.code === 'ERROR_NOT_FOUND')).toBe(true);
  });

  it('catalog.catalog.isOffers: the one HTTP status the error section states (line 236) reaches every table error', () => {
    const s = spec('rest:catalog.catalog.isoffers');
    expect(s.errors.map((e) => [e.code, e.status])).toEqual(
      expect.arrayContaining([
        ['100', 400],
        ['200040300010', 400],
        ['200040300030', 400],
      ]),
    );
    expect(s.facts['error:100.status']).toMatchObject({ line: 236, how: 'read', evidence: 'http-status-prose' });
  });

  it('tasks.task.result.list@v3: "Error code:" paragraphs name the codes; the status above the error example is its code\'s only', () => {
    const errs = spec('rest:tasks.task.result.list@v3').errors;
    expect(errs.map((e) => e.code)).toEqual(
      expect.arrayContaining(['BITRIX_REST_V3_EXCEPTION_INVALIDFILTEREXCEPTION', 'BITRIX_REST_V3_EXCEPTION_INVALIDPAGINATIONEXCEPTION']),
    );
    // "HTTP status: **400**" stands above the example of REQUESTVALIDATIONEXCEPTION, "**403**" above another example;
    // with two error statuses in the section, no other code is given one.
    const withStatus = new Set(errs.filter((e) => e.status !== null).map((e) => [e.code, e.status].join(' ')));
    expect([...withStatus]).toEqual(['BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION 400']);
  });

  it('shared catalogues: 15 system errors read from the include, data-types structures', () => {
    const sys = corpus.errorCatalogues.find((c) => c.id === 'rest-system-errors');
    expect(sys?.errors.length).toBe(15);
    expect(sys?.errors.find((e) => e.code === 'QUERY_LIMIT_EXCEEDED')?.status).toBe(503);
    expect(sys?.errors[0]?.source.file).toBe('_includes/system-errors.md');
    const crm = corpus.typeCatalogues.find((c) => c.id === 'rest-types-crm');
    expect(fieldsOf(crm?.types.find((t) => t.name === 'crm_multifield')?.type).map((f) => f.name)).toEqual(['ID', 'TYPE_ID', 'VALUE', 'VALUE_TYPE']);
    expect(corpus.typeCatalogues.find((c) => c.id === 'rest-types-catalog')?.types.some((t) => t.name === 'catalog_product')).toBe(true);
  });

  it('the link stage does not depend on the order pages are read in', () => {
    expect(JSON.stringify(linkSpecSet([...readings].reverse()))).toBe(JSON.stringify(corpus));
    const page = pages.find((p) => p.page.path === 'api-reference/crm/contacts/crm-contact-get.md')!;
    expect(JSON.stringify(readYfmPage(page.page, page.ctx))).toBe(JSON.stringify(readYfmPage(page.page, page.ctx)));
  });

  it('skips non-method pages and says why', () => {
    expect(corpus.pages.filter((p) => p.skipped === 'event').length).toBe(189);
    expect(corpus.pages.filter((p) => p.methods.length === 0).every((p) => p.skipped)).toBe(true);
  });

  it("the wire model's fixed majorities are the corpus's measured ones (when the docs change, paste the printed table into generator/link/wire-majorities.ts)", () => {
    const measured = measureWireMajorities(corpus.specs, corpus.typeCatalogues);
    expect(measured, JSON.stringify(measured, null, 2)).toEqual(WIRE_MAJORITIES);
    // REST 1 entity fields in the classic CRM arrive as strings (crm-contact-get.md "ID": "43"); REST 3.0 sends numbers.
    expect(WIRE_MAJORITIES['rest1:crm.contact|field']?.numeric).toBe('numeric-string');
    expect(WIRE_MAJORITIES['rest3|field']?.numeric).toBe('number');
  });

  it('a few pages read on their own agree with the corpus on every fact they share', async () => {
    // crm.contact.list links its entity through its siblings: given the siblings, the list spec must be the
    // corpus's own, byte for byte (the same link stage runs, and the same catalogues come from the corpus root).
    const files = ['crm-contact-list.md', 'crm-contact-get.md', 'crm-contact-fields.md', 'crm-contact-add.md'].map((f) =>
      join(CORPUS_DIR, 'api-reference/crm/contacts', f),
    );
    const { set, problems } = await readSpecSet(files);
    expect(problems).toEqual([]);
    for (const id of ['rest:crm.contact.list', 'rest:crm.contact.get', 'rest:crm.contact.fields', 'rest:crm.contact.add']) {
      const few = set!.specs.find((s) => s.id === id);
      expect(JSON.stringify(few), id).toBe(JSON.stringify(spec(id)));
    }
    expect(set!.errorCatalogues).toEqual(corpus.errorCatalogues);
    // A shared type also takes the keys the read methods' response examples show beyond its table (example-only-keys.ts):
    // those come from the methods read, so a few pages give fewer of them; what the table documents is the same.
    const [few, all] = [set!.typeCatalogues, corpus.typeCatalogues].map((cs) => cs.map((c) => ({ ...c, types: c.types.map(withoutExampleOnly) })));
    expect(few).toEqual(all);
    const exampleOnly = (cs: SpecSet['typeCatalogues']) =>
      cs.flatMap((c) => c.types.flatMap((t) => (t.type.kind === 'object' ? t.type.fields : []).filter(isExampleOnly).map((f) => `${t.name}.${f.name}`)));
    expect(exampleOnly(corpus.typeCatalogues)).toEqual(expect.arrayContaining(exampleOnly(set!.typeCatalogues)));
  });

  it('the list page and the get page alone: list items are the contact, not unknown', async () => {
    const files = ['crm-contact-list.md', 'crm-contact-get.md'].map((f) => join(CORPUS_DIR, 'api-reference/crm/contacts', f));
    const { set } = await readSpecSet(files);
    const list = set!.specs.find((s) => s.id === 'rest:crm.contact.list')!;
    expect(list.list?.entity).toMatchObject({ method: 'crm.contact.get', type: 'contact' });
    expect(list.types.length).toBeGreaterThan(0);
    expect(JSON.stringify(list.result?.type)).not.toContain('"unknown"');
  });
});

describe('pages in memory', () => {
  it('specSetFromPages reads and links like the file inputs do', () => {
    const text = readFileSync(join(CORPUS_DIR, 'api-reference/crm/contacts/crm-contact-get.md'), 'utf8');
    const set = specSetFromPages([{ page: { path: 'api-reference/crm/contacts/crm-contact-get.md', text }, ctx: { readFile: () => undefined } }]);
    expect(set.specs.map((s) => s.id)).toEqual(['rest:crm.contact.get']);
    expect(set.errorCatalogues.map((c) => c.id)).toEqual(['rest-system-errors']);
  });
});

/** A field only a response example shows (example-only-keys.ts), not the table. */
const isExampleOnly = (f: { source: { evidence?: string | undefined } }): boolean => (f.source.evidence ?? '').startsWith('response-example-only');

/** A catalogue type with the fields only the read methods' examples show left out. */
function withoutExampleOnly<T extends { type: TypeRef }>(t: T): T {
  return t.type.kind === 'object' ? { ...t, type: { ...t.type, fields: t.type.fields.filter((f) => !isExampleOnly(f)) } } : t;
}

/** The fixture page of the spec tests, read by the YFM reader alone (one page: no link stage needed). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readYfmPage } from '../../generator/sources/yfm/extract/index.ts';
import type { SpecSet } from '../../generator/spec/spec-set.ts';

/** test/fixtures/spec/crm-contact-get.md, a copy of the corpus page (one param, three errors, a deprecation note). */
export const PAGE_TEXT = readFileSync(resolve('test/fixtures/spec/crm-contact-get.md'), 'utf8');

/** The spec set one page text yields, cited as crm-contact-get.md. */
export function specSetOfPage(text: string = PAGE_TEXT): SpecSet {
  const out = readYfmPage({ path: 'crm-contact-get.md', text }, { readFile: () => undefined });
  return { specs: out.specs, errorCatalogues: out.errorCatalogues ?? [], typeCatalogues: out.typeCatalogues ?? [], pages: [] };
}

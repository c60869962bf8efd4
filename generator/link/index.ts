/**
 * The link stage: everything that needs more than one page. It is given every page's reading, whatever
 * the inputs were (one page, a few, a whole corpus, scraped seeds beside markdown), and runs the same
 * passes in the same order, so a page gives the same spec however it was read:
 *   1. Vibe entity knowledge is pooled into every operation of the entity (vibe-knowledge.ts);
 *   2. one spec per id, by one policy (duplicates.ts);
 *   3. page-local types a page names but does not define are borrowed from siblings (borrow-types.ts);
 *   4. params whose page points to another method's page for their fields are typed from it (cross-page-fields.ts),
 *      and opaque result fields whose row links the page (or heading) listing their fields from that (linked-structures.ts);
 *   5. `entity.field` references are typed from the shared catalogues (field-refs.ts), and a shared structure
 *      whose field row spells its keys another way (`fm`: `typeId` for `TYPE_ID`) is respelled (described-spellings.ts);
 *   6. list methods are linked to their entity (list-entities.ts), and take the filter operators of the
 *      list method their filter cell sends the reader to (linked-filters.ts); a result said to be like
 *      another method's takes that method's result (linked-results.ts); `get`/`list` records take the key
 *      patterns (`UF_...`) their entity's fields page documents (entity-key-patterns.ts);
 *   7. what is still open in a result, its success example fills (result-from-example.ts; after every
 *      table pass, so any table wins); keys the examples show in a documented object beyond its table
 *      become optional fields marked as a doc gap (example-only-keys.ts; shared types too);
 *   8. every result scalar gets its wire form from the response examples (wire-model.ts), over the result
 *      types the passes above completed;
 *   9. result fields of an object or map type that the portal sends as `[]` when empty (PHP's empty
 *      associative array: shown so in a response example, or a keyed map) are marked `emptyArray` (empty-arrays.ts);
 *  10. the fields a single-record result documents are marked present, and nullable where the docs show
 *      null; a sibling list's item type of the same name takes the same marks (result-presence.ts); fields
 *      the select param says come only when selected are optional (select-only.ts);
 *  11. REST 1 params take the other casings the page's own request examples write them in (param-casings.ts);
 *  12. shared refs no catalogue defines are warned about, and every spec is validated against the schema:
 *      an invalid spec is left out and reported on its page (`invalid-spec`), never dropped silently.
 * Pure: readings in, spec set out.
 */
import { MethodSpec, type ErrorCatalogue, type PageRecord, type TypeCatalogue, type Warning } from '../spec/schema.ts';
import { normalizeSpecSet, type SpecSet } from '../spec/spec-set.ts';
import { compareStrings } from '../spec/serialize.ts';
import { REST_SYSTEM_ERRORS, type PageReading } from '../sources/index.ts';
import { borrowSiblingTypes } from './borrow-types.ts';
import { followFieldsRefs } from './cross-page-fields.ts';
import { respellDescribedKeys } from './described-spellings.ts';
import { carryEntityKeyPatterns } from './entity-key-patterns.ts';
import { resolveDuplicates } from './duplicates.ts';
import { markEmptyArrays } from './empty-arrays.ts';
import { addExampleOnlyKeys } from './example-only-keys.ts';
import { typeFieldReferences } from './field-refs.ts';
import { linkDescribedFilters } from './linked-filters.ts';
import { linkLikeResults } from './linked-results.ts';
import { followLinkedStructures } from './linked-structures.ts';
import { linkListEntities } from './list-entities.ts';
import { acceptExampleCasings } from './param-casings.ts';
import { fillResultsFromExamples } from './result-from-example.ts';
import { markResultPresence } from './result-presence.ts';
import { markSelectOnlyFields } from './select-only.ts';
import { checkSharedRefs } from './shared-refs.ts';
import { enrichVibeOutputs } from './vibe-knowledge.ts';
import { linkWireModel } from './wire-model.ts';

/** Every page's reading → the spec set. */
export function linkSpecSet(readings: readonly PageReading[]): SpecSet {
  const sorted = withVibeKnowledge([...readings].sort((a, b) => compareStrings(a.path, b.path)));
  const { errorCatalogues, typeCatalogues: readCatalogues } = catalogues(sorted);
  const warnings: Warning[] = [];

  const deduped = resolveDuplicates(sorted.flatMap((r) => r.output.specs));
  warnings.push(...deduped.warnings);
  const borrowed = borrowSiblingTypes(deduped.specs);
  warnings.push(...borrowed.warnings);
  const followed = followFieldsRefs(borrowed.specs);
  warnings.push(...followed.warnings);
  const linked = followLinkedStructures(
    followed.specs,
    sorted.flatMap((r) => r.output.fieldPage ?? []),
    readCatalogues,
  );
  warnings.push(...linked.warnings);
  let specs = respellDescribedKeys(typeFieldReferences(linked.specs, readCatalogues), readCatalogues);
  specs = linkDescribedFilters(linkListEntities(linkLikeResults(specs), readCatalogues));
  specs = carryEntityKeyPatterns(specs, readCatalogues);
  // What no table (the page's or a linked page's) typed, the success example fills; the wire forms and
  // presence are then read over the final result types.
  specs = fillResultsFromExamples(specs, readCatalogues);
  const extended = addExampleOnlyKeys(specs, readCatalogues);
  const wired = linkWireModel(extended.specs, extended.typeCatalogues);
  const typeCatalogues = wired.typeCatalogues;
  specs = acceptExampleCasings(markSelectOnlyFields(markResultPresence(markEmptyArrays(wired.specs, typeCatalogues))));
  warnings.push(...checkSharedRefs(specs, typeCatalogues));
  const valid = validated(specs);
  warnings.push(...valid.warnings);

  return normalizeSpecSet({ specs: valid.specs, errorCatalogues, typeCatalogues, pages: pageRecords(sorted, valid.specs, warnings) });
}

/** Vibe pages share what they know of an entity; every other reading passes through unchanged. */
function withVibeKnowledge(readings: PageReading[]): PageReading[] {
  const isVibe = (r: PageReading) =>
    r.reader === 'vibe-page' || r.reader === 'vibe-entity-page' || (r.output.errorCatalogues ?? []).some((c) => c.api === 'vibe');
  const vibe = readings.filter(isVibe);
  const enriched = enrichVibeOutputs(vibe.map((r) => r.output));
  const byPath = new Map(vibe.map((r, i) => [r.path, enriched[i]!]));
  return readings.map((r) => (byPath.has(r.path) ? { ...r, output: byPath.get(r.path)! } : r));
}

/** The first catalogue of each id in path order; the built-in REST system errors when no page gave them. */
function catalogues(readings: readonly PageReading[]): { errorCatalogues: ErrorCatalogue[]; typeCatalogues: TypeCatalogue[] } {
  const errors = new Map<string, ErrorCatalogue>();
  const types = new Map<string, TypeCatalogue>();
  for (const r of readings) {
    for (const c of r.output.errorCatalogues ?? []) if (!errors.has(c.id)) errors.set(c.id, c);
    for (const c of r.output.typeCatalogues ?? []) if (!types.has(c.id)) types.set(c.id, c);
  }
  if (!errors.has(REST_SYSTEM_ERRORS.id)) errors.set(REST_SYSTEM_ERRORS.id, REST_SYSTEM_ERRORS);
  const byId = <T extends { id: string }>(m: Map<string, T>) => [...m.values()].sort((a, b) => compareStrings(a.id, b.id));
  return { errorCatalogues: byId(errors), typeCatalogues: byId(types) };
}

/** Specs that match the schema; each one that does not becomes an `invalid-spec` warning on its page. */
function validated(specs: readonly MethodSpec[]): { specs: MethodSpec[]; warnings: Warning[] } {
  const out: MethodSpec[] = [];
  const warnings: Warning[] = [];
  for (const s of specs) {
    const r = MethodSpec.safeParse(s);
    if (r.success) out.push(s);
    else {
      const detail = r.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ');
      warnings.push({ code: 'invalid-spec', message: `${s.id} does not match the spec schema and was left out: ${detail}`, file: s.sources[0]?.path ?? '' });
    }
  }
  return { specs: out, warnings };
}

/**
 * What each page yielded, with the warnings no spec of the set carries: the page's own, those of specs
 * that were left out (a duplicate, an invalid spec), and the link stage's about this page.
 */
function pageRecords(readings: readonly PageReading[], specs: readonly MethodSpec[], linkWarnings: readonly Warning[]): PageRecord[] {
  const carried = new Map<string, Set<string>>();
  for (const s of specs) {
    for (const { path } of s.sources) carried.set(path, new Set([...(carried.get(path) ?? []), ...s.warnings.map(key)]));
  }
  const byFile = new Map<string, Warning[]>();
  for (const w of linkWarnings) byFile.set(w.file, [...(byFile.get(w.file) ?? []), w]);
  return readings.map((r) => {
    const truncated = r.output.specs.some((s) => s.sources.some((f) => f.truncated)) || undefined;
    const inSpecs = carried.get(r.path) ?? new Set<string>();
    const all = [...r.output.warnings, ...r.output.specs.flatMap((s) => s.warnings), ...(byFile.get(r.path) ?? [])];
    return {
      path: r.path,
      reader: r.reader,
      methods: [...new Set(r.output.specs.map((s) => s.id))].sort(compareStrings),
      ...(r.output.skipped ? { skipped: r.output.skipped } : {}),
      ...(truncated ? { truncated } : {}),
      warnings: uniqueWarnings(all.filter((w) => !inSpecs.has(key(w)))),
    };
  });
}

/** One warning's identity. */
const key = (w: Warning): string => JSON.stringify(w);

/** Drop repeated warnings (a page and its specs can say the same thing); their order is the canonical form's. */
function uniqueWarnings(ws: readonly Warning[]): Warning[] {
  return [...new Map(ws.map((w) => [key(w), w])).values()];
}

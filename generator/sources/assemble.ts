/** Combine what every reader yielded into one spec set: duplicates merged, catalogues once, pages recorded. */
import type { ErrorCatalogue, MethodSpec, PageRecord, TypeCatalogue, Warning } from '../spec/schema.ts';
import { normalizeSpecSet, type SpecSet } from '../spec/spec-set.ts';
import { compareStrings } from '../spec/serialize.ts';
import { mergeSpecs, rankSources } from './merge-specs.ts';
import type { ReaderName, ReaderOutput } from './types.ts';

/** One page's reading, as the assembler receives it. */
export interface PageReading {
  path: string;
  reader: ReaderName | null;
  output: ReaderOutput;
}

/** Merge specs that share an id, keep the first catalogue of each id, and record every page. */
export function assembleSpecSet(readings: PageReading[], builtins: { errorCatalogues?: ErrorCatalogue[] } = {}): SpecSet {
  const sorted = [...readings].sort((a, b) => compareStrings(a.path, b.path));
  const byId = new Map<string, MethodSpec[]>();
  const errorCatalogues = new Map<string, ErrorCatalogue>();
  const typeCatalogues = new Map<string, TypeCatalogue>();
  const pages: PageRecord[] = [];

  for (const r of sorted) {
    for (const spec of r.output.specs) byId.set(spec.id, [...(byId.get(spec.id) ?? []), spec]);
    for (const c of r.output.errorCatalogues ?? []) if (!errorCatalogues.has(c.id)) errorCatalogues.set(c.id, c);
    for (const c of r.output.typeCatalogues ?? []) if (!typeCatalogues.has(c.id)) typeCatalogues.set(c.id, c);
    const truncated = r.output.specs.some((s) => s.sources.some((f) => f.truncated)) || undefined;
    pages.push({
      path: r.path,
      reader: r.reader,
      methods: [...new Set(r.output.specs.map((s) => s.id))].sort(compareStrings),
      ...(r.output.skipped ? { skipped: r.output.skipped } : {}),
      ...(truncated ? { truncated } : {}),
      warnings: pageWarnings(r.output),
    });
  }
  // A catalogue read from the docs wins over the built-in one of the same id.
  for (const c of builtins.errorCatalogues ?? []) if (!errorCatalogues.has(c.id)) errorCatalogues.set(c.id, c);

  const specs = [...byId.values()].map((group) => rankSources(group).reduce((acc, next) => mergeSpecs(acc, next)));
  return normalizeSpecSet({
    specs,
    errorCatalogues: [...errorCatalogues.values()],
    typeCatalogues: [...typeCatalogues.values()],
    pages,
  });
}

/** Warnings that belong to no spec (a page that yielded none keeps them all). */
function pageWarnings(output: ReaderOutput): Warning[] {
  const inSpecs = new Set(output.specs.flatMap((s) => s.warnings.map((w) => JSON.stringify(w))));
  return output.warnings.filter((w) => !inSpecs.has(JSON.stringify(w)));
}

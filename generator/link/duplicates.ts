/**
 * The one policy for specs that share an id, whoever read them: rank the candidates, the best is the
 * primary; a candidate from another kind of source (scraped text beside markdown, a Vibe entity page
 * beside the operation's own page) fills the primary's gaps; a second page of the same kind is a
 * duplicate (an outdated copy, a re-scrape) and is dropped with a warning naming both pages.
 */
import type { MethodSpec, Warning } from '../spec/schema.ts';
import { compareStrings } from '../spec/serialize.ts';
import { mergeSpecs } from './merge-specs.ts';

/** Most explicit source first: markdown, a Vibe operation page, a Vibe entity page, scraped text. */
const READER_RANK: Record<string, number> = { 'yfm-markdown': 0, 'vibe-page': 1, 'vibe-entity-page': 2, 'scraped-text': 3 };

/** A sort key: better candidates sort first. Pure function of the spec, so input order never matters. */
export function candidateRank(s: MethodSpec): string {
  const src = s.sources[0];
  const reader = READER_RANK[src?.reader ?? ''] ?? 9;
  // A page reached through a wildcard name, or kept in an outdated/deprecated folder, documents less faithfully.
  const demoted = s.facts['method']?.evidence === 'wildcard' ? 2 : /(^|\/)(outdated|deprecated)\//.test(src?.path ?? '') ? 1 : 0;
  const cut = src?.truncated ? 1 : 0;
  const richness = 999 - Math.min(999, s.params.length + s.errors.length + s.examples.length + s.types.length);
  return `${reader}${demoted}${cut}${String(richness).padStart(3, '0')}${src?.path ?? ''}`;
}

/** One spec per id: the best candidate, gaps filled from other kinds of source; dropped duplicates are warned about. */
export function resolveDuplicates(specs: readonly MethodSpec[]): { specs: MethodSpec[]; warnings: Warning[] } {
  const byId = new Map<string, MethodSpec[]>();
  for (const s of specs) byId.set(s.id, [...(byId.get(s.id) ?? []), s]);
  const warnings: Warning[] = [];
  const out: MethodSpec[] = [];
  for (const [id, group] of [...byId].sort(([a], [b]) => compareStrings(a, b))) {
    const [best, ...rest] = [...group].sort((a, b) => compareStrings(candidateRank(a), candidateRank(b)));
    let merged = best!;
    const readers = new Set(best!.sources.map((f) => f.reader));
    for (const other of rest) {
      const reader = other.sources[0]?.reader;
      if (reader && !readers.has(reader)) {
        merged = mergeSpecs(merged, other);
        readers.add(reader);
        continue;
      }
      const file = other.sources[0]?.path ?? '';
      warnings.push({ code: 'duplicate-method', message: `${id} is also documented on ${best!.sources[0]?.path ?? ''}; this page is ignored`, file });
    }
    out.push(merged);
  }
  return { specs: out, warnings };
}

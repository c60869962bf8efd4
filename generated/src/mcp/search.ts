// search_methods: a BM25F ranking over the catalogue's index (name segments, title, summary, doc section),
// with general helps for plain-language queries: camelCase and dot tokenising, light stemming, typo repair
// against the index's own vocabulary, compounds ("working day" → "workday"), verb synonyms learned from the
// docs themselves (titles that say "Create" for methods named `.add`), and a preference for methods the docs
// do not deprecate, whose successors inherit the deprecated method's match. A REST 3.0 method (`x@v3`) is ranked by
// the same means; its `v3` name token makes the name one token longer, so on an equal match its REST 1 twin comes first.

import type { IndexEntry } from './catalogue-types.js';
import { closeMatches, documentedName, isV3Name, namespaceOfMethod, V3_SUFFIX } from './names.js';

/** One ranked method. */
export interface SearchHit {
  name: string;
  summary: string;
  access: IndexEntry['access'];
  deprecated?: { successor: string | null };
  score: number;
}

/** What a search returns: the hits, and for a misspelt method name the names it is close to. */
export interface SearchResult {
  hits: SearchHit[];
  didYouMean?: string[];
}

// Words that carry no meaning in a task ("get the list of the …"); the verbs stay: they pick the method.
const STOP = new Set(
  'a an the to of for in on by with and or is are be it its this that these those from as at into via my our your their which what how does do can i we me all any some new given specified method methods have has'.split(
    ' ',
  ),
);

/** A word's stem: plural, -ing and -ed endings and a final e removed, so "completed", "complete" and "completes" meet. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  // "running" → "runn" → "run": an -ing or -ed that doubled the consonant.
  if (w.length > 3 && w.at(-1) === w.at(-2) && !/[aeiouls]/.test(w.at(-1) ?? '')) w = w.slice(0, -1);
  return w;
}

/** The words of a text: split at non-alphanumerics and camelCase humps, lower-cased, stop words dropped. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !STOP.has(w));
}

/** Stemmed tokens of a text. */
export function tokens(text: string): string[] {
  return words(text).map(stem);
}

type Field = 'name' | 'title' | 'summary' | 'section';
const WEIGHT: Record<Field, number> = { name: 3, title: 2.5, summary: 1, section: 0.8 };
// Length normalisation per field: strongest on the name, whose every extra segment names a more specific
// sub-entity (crm.deal.recurring.add against crm.deal.add), so the general method ranks first.
const B: Record<Field, number> = { name: 0.9, title: 0.8, summary: 0.5, section: 0.3 };
const K1 = 0.9;
const DEPRECATED_FACTOR = 0.9;
const SUCCESSOR_SHARE = 0.95;
const SYNONYM_WEIGHT = 0.6;
// How much of the name (after the namespace) or of the title the query explains: crm.deal.fields is all "deal
// fields", crm.deal.contact.fields has a segment the query never asked for. The score keeps this floor share.
const COVERAGE_FLOOR = 0.5;

/** The share of a field's distinct tokens that the query's terms match. */
function coverage(field: ReadonlySet<string>, terms: ReadonlyMap<string, unknown>): number {
  if (field.size === 0) return 0;
  let hit = 0;
  for (const t of field) if (terms.has(t)) hit++;
  return hit / field.size;
}

interface Doc {
  entry: IndexEntry;
  /** Distinct tokens of the name after its namespace, and of the title: what coverage is measured on. */
  nameRest: Set<string>;
  titleSet: Set<string>;
  tf: Record<Field, Map<string, number>>;
  len: Record<Field, number>;
}

/** A search index built once from the catalogue's entries. */
export interface SearchIndex {
  search(query: string, opts?: { scope?: string | undefined; limit?: number | undefined }): SearchResult;
  readonly entries: readonly IndexEntry[];
}

function counts(list: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of list) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/**
 * Verb synonyms from the docs' own vocabulary: the first word of each title against the verb its method's name
 * ends with. "Create a New Deal" is `crm.deal.add`: across the catalogue "create" goes with `add` often enough to
 * make `add` a synonym of "create". A pair counts when it holds for at least 3 methods and for a fifth of the titles
 * that open with that word and name a method ending in another verb.
 */
export function learnVerbSynonyms(entries: readonly IndexEntry[]): Map<string, string[]> {
  const pairs = new Map<string, Map<string, number>>();
  const firsts = new Map<string, number>();
  for (const e of entries) {
    const first = words(e.title)[0];
    const verb = words(e.name.slice(e.name.lastIndexOf('.') + 1))[0];
    if (!first || !verb) continue;
    const a = stem(first);
    const b = stem(verb);
    if (a === b) continue;
    firsts.set(a, (firsts.get(a) ?? 0) + 1);
    const m = pairs.get(a) ?? new Map<string, number>();
    m.set(b, (m.get(b) ?? 0) + 1);
    pairs.set(a, m);
  }
  const out = new Map<string, string[]>();
  for (const [a, m] of pairs) {
    const total = firsts.get(a) ?? 1;
    const syn = [...m].filter(([, n]) => n >= 3 && n / total >= 0.2).map(([b]) => b);
    if (syn.length > 0) out.set(a, syn);
  }
  return out;
}

const METHOD_NAME = /^[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)+(?:@v3)?$/i;

/** The other API's name of the same documented method: `x` ↔ `x@v3`. */
function twinName(name: string): string {
  return isV3Name(name) ? documentedName(name) : `${name}${V3_SUFFIX}`;
}

/** Build the index over the catalogue's entries. */
export function buildSearchIndex(entries: readonly IndexEntry[]): SearchIndex {
  const docs: Doc[] = entries.map((entry) => {
    const f: Record<Field, string[]> = {
      name: tokens(entry.name),
      title: tokens(entry.title),
      summary: tokens(entry.summary),
      // The section repeats words ("crm deals recurring deals"): each counts once.
      section: [...new Set(tokens(entry.section))],
    };
    return {
      entry,
      // Coverage is of the documented name: the `@v3` suffix is no part of what the method does.
      nameRest: new Set(tokens(documentedName(entry.name).slice(entry.name.indexOf('.') + 1))),
      titleSet: new Set(f.title),
      tf: { name: counts(f.name), title: counts(f.title), summary: counts(f.summary), section: counts(f.section) },
      len: { name: f.name.length, title: f.title.length, summary: f.summary.length, section: f.section.length },
    };
  });
  const fields = Object.keys(WEIGHT) as Field[];
  const avg = Object.fromEntries(fields.map((k) => [k, docs.reduce((s, d) => s + d.len[k], 0) / Math.max(1, docs.length) || 1])) as Record<Field, number>;
  const df = new Map<string, number>();
  for (const d of docs) {
    const seen = new Set(fields.flatMap((k) => [...d.tf[k].keys()]));
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const vocabulary = [...df.keys()];
  const synonyms = learnVerbSynonyms(entries);
  const byLowerName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  const idf = (t: string) => {
    const n = df.get(t) ?? 0;
    return Math.log(1 + (docs.length - n + 0.5) / (n + 0.5));
  };

  /**
   * The query's weighted terms: its stems, repaired typos, compounds, and learned verb synonyms. Each term carries
   * its group: a word and its synonyms are one group, and a method scores the group's best term, not their sum
   * (a synonym stands in for the word; "Find Chats" named `…search…` does not match "find" twice).
   */
  function queryTerms(query: string): Map<string, { w: number; group: number }> {
    const raw = words(query);
    const terms = new Map<string, { w: number; group: number }>();
    let groups = 0;
    const add = (t: string, w: number, group: number) => {
      const cur = terms.get(t);
      if (!cur || cur.w < w) terms.set(t, { w, group });
    };
    raw.forEach((word, i) => {
      let t = stem(word);
      if (!df.has(t) && t.length >= 4) t = closeMatches(t, vocabulary, 1)[0] ?? t;
      const group = groups++;
      add(t, 1, group);
      for (const s of synonyms.get(t) ?? []) add(s, SYNONYM_WEIGHT, group);
      const next = raw[i + 1];
      if (next !== undefined) {
        const compound = stem(`${stem(word)}${next}`);
        if (df.has(compound)) add(compound, 1, groups++);
      }
    });
    return terms;
  }

  function search(query: string, opts: { scope?: string | undefined; limit?: number | undefined } = {}): SearchResult {
    const limit = opts.limit ?? 10;
    const scope = opts.scope?.toLowerCase();
    const inScope = (e: IndexEntry) => !scope || e.scope.some((s) => s.toLowerCase() === scope) || namespaceOfMethod(e.name) === scope;
    const q = query.trim();
    const result: SearchResult = { hits: [] };
    const named = METHOD_NAME.test(q);
    // A method name finds that method and its other-API twin (tasks.task.add and tasks.task.add@v3), the one named first.
    const exactName = named ? byLowerName.get(q.toLowerCase()) : undefined;
    const twin = named ? byLowerName.get(twinName(q).toLowerCase()) : undefined;
    const exact = exactName ?? twin;
    if (named && !exact) result.didYouMean = closeMatches(q, byLowerName.keys(), 3).map((n) => byLowerName.get(n)?.name ?? n);

    const terms = queryTerms(q);
    const scores = new Map<string, { entry: IndexEntry; score: number }>();
    for (const d of docs) {
      if (!inScope(d.entry)) continue;
      const best = new Map<number, number>();
      for (const [t, { w: qw, group }] of terms) {
        let tf = 0;
        for (const k of fields) {
          const n = d.tf[k].get(t);
          if (n) tf += (WEIGHT[k] * n) / (1 - B[k] + (B[k] * d.len[k]) / avg[k]);
        }
        if (tf > 0) best.set(group, Math.max(best.get(group) ?? 0, qw * idf(t) * ((tf * (K1 + 1)) / (tf + K1))));
      }
      let score = [...best.values()].reduce((a, b) => a + b, 0);
      if (score <= 0) continue;
      score *= COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * Math.max(coverage(d.nameRest, terms), coverage(d.titleSet, terms));
      if (d.entry.deprecated) score *= DEPRECATED_FACTOR;
      scores.set(d.entry.name, { entry: d.entry, score });
    }
    // A deprecated method's match carries over to the successor the docs name: the canonical method ranks beside it.
    for (const { entry, score } of [...scores.values()]) {
      const succ = entry.deprecated?.successor ? byLowerName.get(entry.deprecated.successor.toLowerCase()) : undefined;
      if (!succ || !inScope(succ)) continue;
      const share = (score / DEPRECATED_FACTOR) * SUCCESSOR_SHARE;
      const cur = scores.get(succ.name);
      if (!cur || cur.score < share) scores.set(succ.name, { entry: succ, score: share });
    }
    for (const name of [exact?.name, twin?.name, ...(result.didYouMean ?? [])]) {
      const e = name ? byLowerName.get(name.toLowerCase()) : undefined;
      if (e && inScope(e)) scores.set(e.name, { entry: e, score: Infinity });
    }
    result.hits = [...scores.values()]
      .sort((a, b) => b.score - a.score || Number(b.entry === exact) - Number(a.entry === exact) || (a.entry.name < b.entry.name ? -1 : 1))
      .slice(0, limit)
      .map(({ entry, score }) => {
        const hit: SearchHit = {
          name: entry.name,
          summary: entry.summary,
          access: entry.access,
          score: Number.isFinite(score) ? Math.round(score * 100) / 100 : 999,
        };
        if (entry.deprecated) hit.deprecated = entry.deprecated;
        return hit;
      });
    return result;
  }

  return { search, entries };
}

// The catalogue at run time: the search index, loaded on the first use, and each namespace's details, loaded
// when a method of it is first described or called. The data modules are generated (src/mcp/catalogue/).

import type { IndexEntry, MethodDetail } from './catalogue-types.js';
import { namespaceOfMethod } from './names.js';
import { buildSearchIndex, type SearchIndex } from './search.js';

/** Where the data comes from: the generated src/mcp/catalogue/index.ts provides both. */
export interface CatalogueSource {
  loadIndex(): Promise<{ INDEX_JSON: string }>;
  readonly DETAIL_LOADERS: Readonly<Record<string, () => Promise<{ DETAILS_JSON: string }>>>;
}

/** The loaded catalogue. */
export interface Catalogue {
  search(): Promise<SearchIndex>;
  /** The index entry of a method, by name in any letter case. */
  entry(name: string): Promise<IndexEntry | undefined>;
  detail(name: string): Promise<MethodDetail | undefined>;
  /** The namespaces and their methods' entries. */
  namespaces(): Promise<Map<string, IndexEntry[]>>;
}

/** A lazily loaded catalogue over a source. */
export function openCatalogue(source: CatalogueSource): Catalogue {
  let index: Promise<{ search: SearchIndex; byName: Map<string, IndexEntry> }> | undefined;
  const details = new Map<string, Promise<Map<string, MethodDetail>>>();
  const loadIndex = () =>
    (index ??= source.loadIndex().then(({ INDEX_JSON }) => {
      const entries = JSON.parse(INDEX_JSON) as IndexEntry[];
      return { search: buildSearchIndex(entries), byName: new Map(entries.map((e) => [e.name.toLowerCase(), e])) };
    }));
  const loadNamespace = (ns: string) => {
    let p = details.get(ns);
    if (!p) {
      const loader = Object.hasOwn(source.DETAIL_LOADERS, ns) ? source.DETAIL_LOADERS[ns] : undefined;
      p = loader
        ? loader().then(({ DETAILS_JSON }) => new Map((JSON.parse(DETAILS_JSON) as MethodDetail[]).map((d) => [d.name.toLowerCase(), d])))
        : Promise.resolve(new Map<string, MethodDetail>());
      details.set(ns, p);
    }
    return p;
  };
  return {
    search: async () => (await loadIndex()).search,
    entry: async (name) => (await loadIndex()).byName.get(name.toLowerCase()),
    detail: async (name) => (await loadNamespace(namespaceOfMethod(name))).get(name.toLowerCase()),
    namespaces: async () => {
      const out = new Map<string, IndexEntry[]>();
      for (const e of (await loadIndex()).byName.values()) {
        const ns = namespaceOfMethod(e.name);
        out.set(ns, [...(out.get(ns) ?? []), e]);
      }
      return out;
    },
  };
}

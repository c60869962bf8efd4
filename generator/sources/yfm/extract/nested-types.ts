/**
 * Nested structures by anchor: `[below](#fields)` and `` [`contact`](#contact) `` resolve to the `{#x}` or
 * slugged heading, and the table(s) after it (bold pseudo-headings continue the same structure) become a
 * named type in the spec's `types`, referenced by `{kind:'ref', name}`.
 */
import type { Heading } from 'mdast';
import type { EnumValue, NamedType, Provenance, TypeRef } from '../../../spec/schema.ts';
import { fieldId } from '../../../spec/ids.ts';
import { cellsOf, fileOf, lineOf, squash, textOf, walk, type FlatBlock } from './md.ts';
import type { YfmTable } from './nodes.ts';
import { alternativesAmong, relaxedByAlternatives, type AlternativeGroup } from './alternatives.ts';
import { mapOfKeyRows } from './keyed.ts';
import { openNamePatterns } from './patterns.ts';
import { proseOf } from './prose.ts';
import { readRows, type RowContext, type RowFact } from './rows.ts';
import { cellMd, viewTable } from './table.ts';
import type { ValueList } from './value-lists.ts';

export interface HeadingEntry {
  heading: Heading;
  depth: number;
  anchor: string | null;
  slug: string;
  text: string;
  /** Index of the heading in the flat block list. */
  index: number;
}

/** Diplodoc-like slug of heading text (used when the parser gives none). */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[`*_~]/g, (c) => (c === '_' ? '_' : ''))
    .replace(/[^\p{L}\p{N}_\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

/** Index every heading of the page (including those inside tabs, notes and includes). */
export function indexHeadings(flat: readonly FlatBlock[]): HeadingEntry[] {
  const out: HeadingEntry[] = [];
  flat.forEach((b, index) => {
    if (b.node.type !== 'heading') return;
    const h = b.node as Heading;
    const data = (h.data ?? {}) as { anchor?: unknown; slug?: unknown };
    const text = squash(textOf(h)).replace(/\s*\{#[^}]+\}\s*$/, '');
    const explicit = /\{#([^}]+)\}\s*$/.exec(textOf(h))?.[1] ?? null;
    out.push({
      heading: h,
      depth: h.depth,
      anchor: typeof data.anchor === 'string' ? data.anchor : explicit,
      slug: typeof data.slug === 'string' ? data.slug : slugify(text),
      text,
      index,
    });
  });
  return out;
}

/** Tables belonging to a heading: every table until the next heading (bold pseudo-headings do not stop it). */
export function tablesUnder(flat: readonly FlatBlock[], entry: HeadingEntry): Array<{ table: YfmTable; tabs: string[] }> {
  const out: Array<{ table: YfmTable; tabs: string[] }> = [];
  for (let i = entry.index + 1; i < flat.length; i++) {
    const b = flat[i] as FlatBlock;
    if (b.node.type === 'heading') break;
    if (b.node.type === 'yfmTable') {
      // Nested tables inside cells are not reached here: flattenBlocks does not enter tables.
      out.push({ table: b.node as YfmTable, tabs: b.tabs });
    }
  }
  return out;
}

/**
 * "These fields are available for filling when the parameter `IMPORT = 'Y'` is passed in the `params`
 * parameter": a table introduced so lists fields of the `fields` object (what a call fills in), wherever the
 * page puts it: crm.quote.add has it under "Parameter params", next to the `IMPORT` switch that enables it.
 */
const FIELDS_FOR_FILLING = /\b(?:these|the) fields are available for filling\b/i;

/** Tables a wording places in the `fields` structure, by the table node. */
function fieldsTables(flat: readonly FlatBlock[]): Set<YfmTable> {
  const out = new Set<YfmTable>();
  let intro = false;
  for (const b of flat) {
    if (b.node.type === 'heading') intro = false;
    else if (b.node.type === 'paragraph') intro ||= FIELDS_FOR_FILLING.test(squash(textOf(b.node)));
    else if (b.node.type === 'yfmTable') {
      if (intro) out.add(b.node as YfmTable);
      intro = false;
    }
  }
  return out;
}

/** A table of keys (a structure): "Type | Values" dictionaries and error tables are none. */
function isFieldTable(table: YfmTable): boolean {
  const v = viewTable(table);
  return (
    !v.header ||
    // "**Field** `type`" (crm-activity-fields.md#all-fields) heads the same column as "**Name**" over a `type` line.
    /^(name|value|field|fields|parameter|parameters|param|key|attribute|property|field name|parameter name)(?:\s+(?:\/\s+)?`?type`?)?$/.test(
      (v.header[0] ?? '').replace(/[*:]/g, '').trim(),
    )
  );
}

/** Prose right under a heading (before its first table), for the named type's description. */
function proseUnder(flat: readonly FlatBlock[], entry: HeadingEntry): string {
  const nodes = [];
  for (let i = entry.index + 1; i < flat.length; i++) {
    const b = flat[i] as FlatBlock;
    if (b.node.type === 'heading' || b.node.type === 'yfmTable') break;
    if (b.node.type === 'paragraph' && !b.inNote && b.tabs.length === 0) nodes.push(b.node);
  }
  return proseOf(nodes).slice(0, 2000);
}

/** Every paragraph under a heading, before the next one (tables excluded), code spans kept, each with its line. */
function paragraphsUnder(flat: readonly FlatBlock[], entry: HeadingEntry, pagePath: string): Array<{ text: string; file: string; line: number | undefined }> {
  const out = [];
  for (let i = entry.index + 1; i < flat.length; i++) {
    const b = flat[i] as FlatBlock;
    if (b.node.type === 'heading') break;
    if (b.node.type === 'paragraph') out.push({ text: proseOf([b.node]), file: fileOf(b.node, pagePath), line: lineOf(b.node) });
  }
  return out;
}

const NAME_SHAPES: Array<(t: string) => string | null> = [
  (t) => t,
  (t) => /^(?:object|type|structure)\s+`?([\w.]+)`?$/i.exec(t)?.[1] ?? null,
  (t) => /^`?([\w.]+)`?\s+(?:object|type|structure|fields?)$/i.exec(t)?.[1] ?? null,
  (t) => /^(?:fields|description)\s+of\s+(?:the\s+)?`?([\w.]+)`?(?:\s+object)?$/i.exec(t)?.[1] ?? null,
  (t) => /^parameters?\s+`?([\w.]+)`?$/i.exec(t)?.[1] ?? null,
  (t) => /^`?([\w.]+)`?\s+parameters?$/i.exec(t)?.[1] ?? null,
];

/** Words that dress a structure's name in a heading ("Response Element result", "Fields of the Country Object"). */
const HEADING_DRESS = /^(?:key|response|element|elements|of|the|array|object|objects|type|structure|fields?|descriptions?|item|items|in|a|an|for)$/i;

/**
 * The names a heading gives once its dressing words are gone: "Response Element result" → `result`, "Key
 * result. Object of type crm_item_payment_delivery" → `result` and `crm_item_payment_delivery` (one per
 * sentence; a sentence that leaves more than one word names nothing).
 */
export function dressedNames(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/\.\s+/)) {
    const words = part
      .replace(/[`*]/g, '')
      .split(/\s+/)
      .filter((w) => w && !HEADING_DRESS.test(w));
    if (words.length === 1 && /^[A-Za-z_][\w]*$/.test(words[0] as string)) out.push(words[0] as string);
  }
  return out;
}

/** The registry of a page's named types, built lazily as anchors are resolved. */
export class PageTypes {
  readonly types = new Map<string, NamedType>();
  /** Alternative groups among the fields of a named type, by type name (the spec records them at param paths). */
  readonly alternatives = new Map<string, AlternativeGroup[]>();
  private readonly byHeading = new Map<HeadingEntry, string | null>();
  private readonly resolving = new Set<HeadingEntry>();
  private forFields: Set<YfmTable> | undefined;

  constructor(
    private readonly flat: readonly FlatBlock[],
    private readonly headings: readonly HeadingEntry[],
    private readonly base: Omit<RowContext, 'resolveAnchor' | 'resolveLocal' | 'position'>,
    private readonly danglingLog: (anchor: string, line: number | undefined, hint: string) => void,
  ) {}

  /** Find the heading an anchor points to: explicit `{#x}`, then slug, then a Russian-slug fallback. */
  findAnchor(anchor: string): { entry: HeadingEntry; fallback: boolean } | null {
    const a = decodeURIComponent(anchor).toLowerCase();
    const exact = this.headings.find((h) => h.anchor?.toLowerCase() === a) ?? this.headings.find((h) => h.slug.toLowerCase() === a);
    if (exact) return { entry: exact, fallback: false };
    // Leftover Russian slugs: "#parametr-fields" for "Parameter fields", "#polya-…" etc.
    const translit = a.replace(/^parametr(y)?-/, 'parameter-').replace(/^parametr$/, 'parameter');
    const t2 = this.headings.find((h) => h.slug.toLowerCase() === translit || (h.anchor ?? '').toLowerCase() === translit);
    if (t2) return { entry: t2, fallback: true };
    const tail = a.replace(/^(parametr|parameter|obekt|object|type|tip|struktura)-/, '');
    const t3 = this.headings.find((h) => this.headingName(h).toLowerCase() === tail);
    if (t3 && tail !== a) return { entry: t3, fallback: true };
    return null;
  }

  /** Find a heading that defines a type named `name` (bare identifier, "X Object", "Type X", …). */
  findByName(name: string): HeadingEntry | null {
    const n = name.toLowerCase();
    for (const h of this.headings) {
      if ((h.anchor ?? '').toLowerCase() === n) return h;
      for (const shape of NAME_SHAPES) {
        const got = shape(h.text);
        if (got && got.toLowerCase() === n && /^[\w.]+$/.test(got)) return h;
      }
    }
    // Only then the looser reading, so a heading that names the structure plainly wins over a dressed one.
    return this.headings.find((h) => dressedNames(h.text).some((d) => d.toLowerCase() === n)) ?? null;
  }

  /**
   * The structure headings between `node` and the end of its H2 section that no same-page link points to
   * and no type was built from: the candidates for a structure the page documents without linking it.
   */
  unlinkedStructuresAfter(node: unknown): HeadingEntry[] {
    const at = this.flat.findIndex((b) => b.node === node);
    if (at < 0) return [];
    const linked = this.linkedHeadings();
    const out: HeadingEntry[] = [];
    for (const h of this.headings) {
      if (h.index <= at) continue;
      if (h.depth <= 2) break;
      if (linked.has(h) || this.byHeading.get(h)) continue;
      if (tablesUnder(this.flat, h).some((t) => isFieldTable(t.table))) out.push(h);
    }
    return out;
  }

  private linked: Set<HeadingEntry> | null = null;

  /** Headings some same-page `](#anchor)` link resolves to. */
  private linkedHeadings(): Set<HeadingEntry> {
    if (this.linked) return this.linked;
    const out = new Set<HeadingEntry>();
    for (const b of this.flat)
      walk(b.node, (n) => {
        const url = (n as { url?: unknown }).url;
        if (n.type !== 'link' || typeof url !== 'string' || !url.startsWith('#') || url.length < 2) return;
        const found = this.findAnchor(url.slice(1));
        if (found) out.add(found.entry);
      });
    this.linked = out;
    return out;
  }

  /** Anchor (lower-cased) → name of every type built from an anchored heading so far. */
  anchoredTypes(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [h, name] of this.byHeading) if (name) out[(h.anchor ?? h.slug).toLowerCase()] = name;
    return out;
  }

  /** The name a heading gives its structure (for a type built from it). */
  nameOf(h: HeadingEntry): string {
    return this.headingName(h);
  }

  private headingName(h: HeadingEntry): string {
    for (const shape of NAME_SHAPES.slice(1)) {
      const got = shape(h.text);
      if (got) return got;
    }
    return h.anchor ?? h.text;
  }

  /** Resolve a heading into a named type; returns the type name (or null when no table follows it). */
  resolveHeading(entry: HeadingEntry, position: 'param' | 'field', preferredName: string): string | null {
    if (this.byHeading.has(entry)) return this.byHeading.get(entry) ?? null;
    if (this.resolving.has(entry)) return this.nameFor(entry, preferredName); // cycle: refer to the type being built
    // Only field tables define a structure ("Type | Values" dictionaries and error tables do not).
    const tables = this.tablesOf(entry).filter((t) => isFieldTable(t.table));
    if (tables.length === 0) {
      this.byHeading.set(entry, null);
      return null;
    }
    const name = this.nameFor(entry, preferredName);
    this.resolving.add(entry);
    const tabs = [...new Set(tables.map((t) => t.tabs.join(' / ')).filter(Boolean))];
    if (tabs.length > 1)
      this.base.warn('tabs-merged', `structure ${name}: rows of tabs ${tabs.join(', ')} merged (first definition wins)`, lineOf(entry.heading));
    const facts = readRows(
      tables.map((t) => viewTable(t.table)),
      this.rowContext(position),
    );
    // "Pass either the `uuid` or `crmId` parameter." under the tables: neither alternative is required alone.
    const groups = alternativesAmong(facts, paragraphsUnder(this.flat, entry, this.base.pagePath));
    const relaxed = relaxedByAlternatives(groups);
    for (const f of facts) if (relaxed.has(f.name)) f.required = false;
    if (groups.length > 0) this.alternatives.set(name, groups);
    this.resolving.delete(entry);
    const source: Provenance = {
      file: fileOf(entry.heading, this.base.pagePath),
      ...(lineOf(entry.heading) ? { line: lineOf(entry.heading) as number } : {}),
      how: 'read',
      evidence: 'table',
    };
    const description = proseUnder(this.flat, entry);
    const fields = facts.map((f) => factToField(f, name));
    this.types.set(name, {
      name,
      ...(description ? { description } : {}),
      // Pattern rows (`UF_...`, `propertyN`) name no key: they type the keys the table does not list; a table
      // of rows that each say they are the key of the object ("Key of the `result` object") is a map.
      type: mapOfKeyRows(fields) ?? { kind: 'object', ...openNamePatterns(fields) },
      source,
    });
    this.byHeading.set(entry, name);
    return name;
  }

  /**
   * The tables of a heading's structure: those under it, less those a wording places in the `fields`
   * structure elsewhere, plus those when this heading is the `fields` structure.
   */
  private tablesOf(entry: HeadingEntry): Array<{ table: YfmTable; tabs: string[] }> {
    this.forFields ??= fieldsTables(this.flat);
    const moved = this.forFields;
    const fieldsHeading = moved.size > 0 ? this.findByName('fields') : null;
    if (!fieldsHeading) return tablesUnder(this.flat, entry);
    const own = tablesUnder(this.flat, entry).filter((t) => entry === fieldsHeading || !moved.has(t.table));
    if (entry !== fieldsHeading) return own;
    const extra = this.flat.filter((b) => b.node.type === 'yfmTable' && moved.has(b.node as YfmTable) && !own.some((t) => t.table === b.node));
    return [...own, ...extra.map((b) => ({ table: b.node as YfmTable, tabs: b.tabs }))];
  }

  private nameFor(entry: HeadingEntry, preferred: string): string {
    const raw = /^[\w.]+$/.test(preferred) && preferred ? preferred : this.headingName(entry);
    let base = raw.replace(/[^\w.]+/g, '_').replace(/^_+|_+$/g, '') || 'type';
    if (/^\d/.test(base)) base = `t_${base}`;
    let name = base;
    for (let i = 2; [...this.types.values()].some((t) => t.name === name) || this.isNameTaken(name, entry); i++) name = `${base}_${i}`;
    return name;
  }

  private isNameTaken(name: string, entry: HeadingEntry): boolean {
    for (const [h, n] of this.byHeading) if (n === name && h !== entry) return true;
    return false;
  }

  /** The RowContext for reading rows of nested tables at a position. */
  rowContext(position: 'param' | 'field'): RowContext {
    return {
      ...this.base,
      position,
      resolveAnchor: (anchor, line, hint) => this.resolveAnchor(anchor, line, hint, position),
      resolveLocal: (name, link) => this.resolveLocal(name, link, position),
      structureNamed: (name) => this.structureNamed(name, position),
      fieldNamesOf: (typeName) => {
        const t = this.types.get(typeName)?.type;
        return t?.kind === 'object' ? t.fields.map((f) => f.name) : undefined;
      },
      valuesAt: (anchor) => this.valuesAt(anchor),
    };
  }

  /**
   * The values a table of codes under `#anchor` lists ("A list of available codes is described
   * [below](#reactions)" → "### Available Reaction Codes" with a `Code | Description` table): each row's code
   * span, with its description. Null unless the table's first column is headed as codes or values.
   */
  valuesAt(anchor: string): ValueList | null {
    const found = this.findAnchor(anchor);
    const table = found ? this.tablesOf(found.entry)[0]?.table : undefined;
    if (!table) return null;
    const view = viewTable(table);
    if (!view.header || !/^(code|codes|value|values)$/.test((view.header[0] ?? '').replace(/[*:]/g, '').trim())) return null;
    const values: EnumValue[] = [];
    for (const row of view.rows) {
      const [first, second] = cellsOf(row);
      const m = /^`([^`]+)`$/.exec(squash(cellMd(first)));
      if (!m?.[1]) return null;
      const description = second ? squash(textOf(second)) : '';
      values.push({ value: m[1], ...(description ? { description } : {}) });
    }
    return values.length >= 2 ? { values, names: false, ...(lineOf(table) ? { line: lineOf(table) as number } : {}) } : null;
  }

  /**
   * The structure a "### Parameter <name>" heading documents for a row named `name`, by name alone. The
   * structure being read is never its own row's answer: a `fields` row inside "Parameter fields" that
   * links elsewhere (biconnector.dataset.add) is not the table it sits in.
   */
  structureNamed(name: string, position: 'param' | 'field'): TypeRef | null {
    if (/^(string|integer|boolean|object|array|double|number|null|any|date|datetime)$/i.test(name)) return null;
    const h = this.findByName(name);
    if (!h || this.resolving.has(h)) return null;
    const n = this.resolveHeading(h, position, name);
    return n ? { kind: 'ref', name: n } : null;
  }

  /** Resolve `](#anchor)` to a ref; logs a dangling anchor when nothing matches. */
  resolveAnchor(anchor: string, line: number | undefined, hint: string, position: 'param' | 'field'): TypeRef | null {
    const found = this.findAnchor(anchor);
    if (!found) {
      this.danglingLog(anchor, line, hint);
      return null;
    }
    if (found.fallback) this.base.warn('anchor-fallback', `#${anchor} matched heading "${found.entry.text}" only by transliteration`, line);
    const name = this.resolveHeading(
      found.entry,
      position,
      /^[\w.]+$/.test(found.entry.anchor ?? '') ? (found.entry.anchor as string) : this.headingName(found.entry),
    );
    return name ? { kind: 'ref', name } : null;
  }

  /** Resolve a page-local type name (type line `section`, `` [`contact`](#contact) ``). */
  resolveLocal(name: string, link: string | null, position: 'param' | 'field'): TypeRef | null {
    if (link?.startsWith('#')) {
      const r = this.resolveAnchor(link.slice(1), undefined, name, position);
      if (r) return r;
    }
    if (/^(string|integer|boolean|object|array|double|number|null|any|date|datetime)$/i.test(name)) return null;
    const h = this.findByName(name);
    if (!h) return null;
    const n = this.resolveHeading(h, position, name);
    return n ? { kind: 'ref', name: n } : null;
  }
}

/** A row fact as a spec Field (ids are assigned by the caller's id pass). */
export function factToField(f: RowFact, parentId: string): import('../../../spec/schema.ts').Field {
  return {
    id: fieldId(parentId, f.name),
    name: f.name,
    ...(f.aliases.length ? { aliases: f.aliases } : {}),
    type: f.type,
    required: f.required,
    ...(f.readOnly ? { readOnly: true } : {}),
    ...(f.description ? { description: f.description } : {}),
    ...(f.default !== undefined ? { default: f.default } : {}),
    ...(f.deprecated ? { deprecated: true } : {}),
    ...(f.linkedStructure ? { fieldsRef: f.linkedStructure } : {}),
    source: f.source,
  };
}

/**
 * Shared TypeCatalogues from the section data-types pages (`api-reference/{,crm/,catalog/,sale/}data-types.md`):
 * every heading naming a structure (`### crm_multifield {#crm_multifield}`, `## Time Object {#time}`) with
 * a field table becomes a NamedType; refs between them are marked `shared`.
 */
import { SPEC_VERSION, type NamedType, type TypeCatalogue, type TypeRef, type Warning } from '../../../spec/schema.ts';
import { compareStrings } from '../../../spec/serialize.ts';
import { flattenBlocks } from '../extract/md.ts';
import { indexHeadings, PageTypes, tablesUnder, type HeadingEntry } from '../extract/nested-types.ts';
import type { AnyNode, Root } from '../extract/nodes.ts';
import { withFieldIds } from '../../../spec/ids.ts';
import { viewTable } from '../extract/table.ts';
import { mapTypeLeaves } from '../../../spec/type-walk.ts';

/** The structure name a data-types heading defines, or null for prose headings. */
export function catalogueHeadingName(h: HeadingEntry): string | null {
  const t = h.text.replace(/`/g, '').trim();
  if (/^[A-Za-z_][\w.]*$/.test(t)) return t;
  const m = /^([A-Za-z_][\w.]*)\s+(?:object|type|structure)$/i.exec(t) ?? /^(?:description of (?:a )?[\w\s]*?)\s([a-z_][\w.]*)$/i.exec(t);
  if (m?.[1] && /_/.test(m[1])) return m[1];
  if (m?.[1] && h.anchor && h.anchor.toLowerCase() === m[1].toLowerCase()) return m[1];
  if (h.anchor && /^[a-z_][\w]*$/.test(h.anchor) && /object|type/i.test(t)) return h.anchor;
  return null;
}

function markShared(t: TypeRef, names: ReadonlySet<string>): TypeRef {
  return mapTypeLeaves(t, (leaf) => (leaf.kind === 'ref' && names.has(leaf.name) ? { kind: 'ref', name: leaf.name, shared: true } : leaf));
}

/** Build the TypeCatalogue of one data-types page from its parsed tree. */
export function readTypeCatalogue(tree: Root, path: string, id: string, warnings: Warning[]): TypeCatalogue {
  const top = tree.children as unknown as AnyNode[];
  const flat = flattenBlocks(top);
  const headings = indexHeadings(flat);
  const types = new PageTypes(
    flat,
    headings,
    { pagePath: path, requiredLegend: false, warn: (code, message, line) => warnings.push({ code, message, file: path, ...(line ? { line } : {}) }) },
    (anchor, line) => warnings.push({ code: 'dangling-anchor', message: `#${anchor} matches no heading`, file: path, ...(line ? { line } : {}) }),
  );
  for (const h of headings) {
    const name = catalogueHeadingName(h);
    if (!name) continue;
    const tables = tablesUnder(flat, h).map((t) => viewTable(t.table));
    if (!tables.some((v) => v.header && /^(name|value|field|parameter)$/.test((v.header[0] ?? '').replace(/[*:]/g, '').trim()))) continue;
    types.resolveHeading(h, 'field', name);
  }
  const all = [...types.types.values()];
  const names = new Set(all.map((t) => t.name));
  const out: NamedType[] = all.map((t) => ({ ...t, type: withFieldIds(markShared(t.type, names), t.name) })).sort((a, b) => compareStrings(a.name, b.name));
  return { specVersion: SPEC_VERSION, id, types: out };
}

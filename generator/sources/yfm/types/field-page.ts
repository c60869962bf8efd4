/**
 * Field reference pages: pages that are no method, whose tables list an entity's fields (`tasks/fields.md`
 * "Task Fields", `crm/universal/object-fields.md` "CRM Object Fields"). Method pages link them for the
 * structure of a result field they leave opaque; this reading gives the link stage what such a link
 * means: the structure each anchored heading documents, and the one the page as a whole documents.
 */
import type { Field, NamedType, TypeRef, Warning } from '../../../spec/schema.ts';
import { compareStrings } from '../../../spec/serialize.ts';
import { withFieldIds } from '../../../spec/ids.ts';
import type { FieldPage } from '../../types.ts';
import { flattenBlocks, lineOf } from '../extract/md.ts';
import { indexHeadings, PageTypes, type HeadingEntry } from '../extract/nested-types.ts';
import type { AnyNode, Root } from '../extract/nodes.ts';

/** The name the whole-page structure gets until a linking spec names it. */
export const FIELD_PAGE_ROOT = 'fields';

/**
 * The structures of a field reference page, or null when it has no field table. The page as a whole is
 * the table right under its title; a page with none there (one table per object type under its own
 * heading) documents the fields of all of them: the union, each field taken from its first table.
 */
export function readFieldPage(tree: Root, path: string, warnings: Warning[]): FieldPage | null {
  const flat = flattenBlocks(tree.children as unknown as AnyNode[]);
  const headings = indexHeadings(flat);
  const warn = (code: string, message: string, line?: number) => warnings.push({ code, message, file: path, ...(line ? { line } : {}) });
  const types = new PageTypes(flat, headings, { pagePath: path, requiredLegend: false, warn }, (anchor, line) =>
    warn('dangling-anchor', `#${anchor} matches no heading`, line),
  );
  const h1 = headings.find((h) => h.depth === 1);
  let root = h1 ? types.resolveHeading(h1, 'field', FIELD_PAGE_ROOT) : null;
  const anchors: Record<string, string> = {};
  const sections: string[] = [];
  for (const h of headings) {
    if (h.depth === 1) continue;
    const name = types.resolveHeading(h, 'field', preferredName(h, types));
    if (!name) continue;
    anchors[(h.anchor ?? h.slug).toLowerCase()] = name;
    sections.push(name);
  }
  if (!root && sections.length > 0) {
    const merged = mergedFields(sections.map((n) => types.types.get(n)?.type));
    if (merged) {
      root = FIELD_PAGE_ROOT;
      types.types.set(root, {
        name: root,
        description: `Every field the tables of the page list, each from its first table (${sections.join(', ')})`,
        type: merged,
        source: { file: path, ...(h1 && lineOf(h1.heading) ? { line: lineOf(h1.heading) as number } : {}), how: 'inferred', evidence: 'merged-tables' },
      });
    }
  }
  if (!root && sections.length === 0) return null;
  const out: NamedType[] = [...types.types.values()].map((t) => ({ ...t, type: withFieldIds(t.type, t.name) })).sort((a, b) => compareStrings(a.name, b.name));
  return { path, types: out, anchors, root };
}

/** A heading's own anchor names its structure when it is an identifier (`{#checklist-item}` → `checklist_item`). */
function preferredName(h: HeadingEntry, types: PageTypes): string {
  const fromAnchor = (h.anchor ?? '').replace(/-/g, '_');
  return /^[A-Za-z_]\w*$/.test(fromAnchor) ? fromAnchor : types.nameOf(h);
}

/** The union of object structures: their fields (first definition of a name wins) and the key patterns of any. */
function mergedFields(objects: ReadonlyArray<TypeRef | undefined>): TypeRef | null {
  const fields = new Map<string, Field>();
  const additional: TypeRef[] = [];
  const keys = new Set<string>();
  let anyKey = false;
  for (const t of objects) {
    if (t?.kind !== 'object') continue;
    for (const f of t.fields) if (!fields.has(f.name)) fields.set(f.name, f);
    if (t.additional) {
      if (!additional.some((a) => JSON.stringify(a) === JSON.stringify(t.additional))) additional.push(t.additional);
      if (t.additionalKeys) for (const k of t.additionalKeys) keys.add(k);
      else anyKey = true;
    }
  }
  if (fields.size === 0) return null;
  const extra: TypeRef | undefined = additional.length === 0 ? undefined : additional.length === 1 ? additional[0] : { kind: 'union', anyOf: additional };
  return {
    kind: 'object',
    fields: [...fields.values()],
    ...(extra ? { additional: extra } : {}),
    ...(extra && !anyKey && keys.size > 0 ? { additionalKeys: [...keys].sort(compareStrings) } : {}),
  };
}

/**
 * Cross-page field references: "The set of fields corresponds to the [PARAMS](./imopenlines-config-add.md#params)
 * parameter of the `imopenlines.config.add` method", "detailed descriptions of the fields can be found in
 * the method [crm.lead.userfield.add](./crm-lead-userfield-add.md)". The reader records the page the link
 * points to and the method it names (it reads no other page); the link stage types the row from there.
 */
import { posix } from 'node:path';
import type { FieldsRef } from '../../../spec/schema.ts';
import { linksOf } from './prose.ts';

const METHOD_NAME = /^[a-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+$/;
/** Wording that says the fields (or their format) are documented at the link, not merely related to it. */
const POINTS_TO = /\b(?:described|descriptions?|corresponds?|same as|as in|can be found|listed|see|refer to|find out)\b/i;
const ABOUT_FIELDS = /\b(?:fields?|parameters?|keys?|format|structure|properties)\b/i;

/**
 * The page (and method) that documents the fields of a row described by `descNodes`, when the
 * description links one other method page and says the fields are described there. "the `X` parameter
 * of" names the parameter of that method; without it, the link stage looks for the same name.
 */
export function fieldsReference(descNodes: readonly unknown[], description: string, fromFile: string): FieldsRef | null {
  if (!POINTS_TO.test(description) || !ABOUT_FIELDS.test(description)) return null;
  // The wording must be the link's own sentence: "(see description below)" elsewhere in the cell says
  // nothing of a page that only "defines the structure … under the `CODES` key" (sale.paysystem.add).
  const sentences = description.split(/(?<=[.!?])\s+|\n+/);
  const saysSo = (text: string) => sentences.some((x) => x.includes(text) && POINTS_TO.test(x) && ABOUT_FIELDS.test(x));
  const links = linksOf(descNodes)
    .filter((l) => saysSo(l.text))
    .filter((l) => !l.url.startsWith('#') && !/^[a-z]+:/i.test(l.url) && /\.md(?:#.*)?$/.test(l.url) && !/data-types\.md/.test(l.url));
  const pages = [...new Set(links.map((l) => l.url.replace(/#.*$/, '')))];
  // Two pages linked: which one documents the fields is not said.
  if (pages.length !== 1) return null;
  const page = posix.normalize(posix.join(posix.dirname(fromFile), pages[0] as string));
  if (page === posix.normalize(fromFile)) return null;
  const named = links.map((l) => l.text.replace(/`/g, '').trim()).find((t) => METHOD_NAME.test(t));
  const inCode = [...new Set([...description.matchAll(/`([a-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+)`/g)].map((m) => m[1] as string))];
  const method = named ?? (inCode.length === 1 ? inCode[0] : undefined);
  const param = /\b(?:the\s+)?`?([A-Za-z_]\w*)`?\s+parameter\s+(?:of|in)\b/i.exec(description)?.[1];
  return { page, ...(method ? { method } : {}), ...(param ? { param } : {}) };
}

/**
 * A relative link to another markdown page (never the same page or an external site); a data-types page
 * only at an anchor (`../data-types.md#type`: a structure of its catalogue, not the page of type words).
 */
function pageLink(url: string, fromFile: string): FieldsRef | null {
  if (url.startsWith('#') || /^[a-z]+:/i.test(url) || !/\.md(?:#.*)?$/.test(url) || /data-types\.md$/.test(url)) return null;
  const [path = '', anchor] = url.split('#');
  const page = posix.normalize(posix.join(posix.dirname(fromFile), path));
  if (page === posix.normalize(fromFile) || page.includes('_include')) return null;
  return { page, ...(anchor ? { anchor } : {}) };
}

/**
 * The page (and anchor) that documents the structure of a response field its own page leaves opaque:
 * the type cell's link (`` [`item`](./object-fields.md) ``), else the one page the description links
 * ("Object with [task description](./fields.md)") unless the description says the value is a list of identifiers.
 * Two different targets say nothing: null.
 */
export function linkedStructure(typeLinks: ReadonlyArray<string | null>, descNodes: readonly unknown[], fromFile: string, description = ''): FieldsRef | null {
  const fromType = typeLinks.flatMap((l) => (l ? (pageLink(l, fromFile) ?? []) : []));
  if (fromType.length === 1) return fromType[0] as FieldsRef;
  if (fromType.length > 1) return null;
  // "Array of resource identifiers … Resource descriptions can be obtained using [booking.v1.resource.get]":
  // the value holds ids of what the link describes, not its structure.
  if (/^\s*(?:an?\s+)?(?:array|list|set)\s+of\s+(?:[\w-]+\s+){0,3}(?:identifiers|IDs)\b/i.test(description)) return null;
  const fromDesc = linksOf(descNodes).flatMap((l) => pageLink(l.url, fromFile) ?? []);
  const distinct = [...new Map(fromDesc.map((r) => [`${r.page}#${r.anchor ?? ''}`, r])).values()];
  return distinct.length === 1 ? (distinct[0] as FieldsRef) : null;
}

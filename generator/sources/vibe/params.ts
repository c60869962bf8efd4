/** Operation parameters: parameter tables (with `(path)` / query / body locations), path templates and include lists. */
import type { Param, Provenance, TypeRef } from '../../spec/schema.ts';
import { paramId } from '../../spec/ids.ts';
import { isCutRow, prov, warn, type PageContext } from './context.ts';
import type { Line } from './page-lines.ts';
import { cellOf, hasRoles, type VibeTable } from './tables.ts';
import { mapVibeType } from './type-map.ts';

export type ParamIn = 'path' | 'query' | 'body' | 'header';

const NAME = /^[A-Za-z_$][\w$.[\]]*$/;
const LOCATION = /\((path|query|body|header)\)/i;
const YES = /^(yes|true|required|y|✓|✔|\*)$/i;
const NO = /^(no|false|optional|n)$/i;
// "Available includes: company, requisite. Result in the _included field."
const INCLUDES = /\bAvailable includes?:\s*([^.\n]+)/i;
const ID_LIKE = /^(id|[a-z][A-Za-z0-9]*Id)$/;

/** Whether a table lists parameters (a name and a type column, no Bitrix24-name column). */
export function isParamTable(table: VibeTable): boolean {
  return hasRoles(table, 'name', 'type') && !hasRoles(table, 'bitrixName');
}

/** Params from a parameter table; `defaultIn` applies where the name cell gives no `(path)`-style location. */
export function paramsFromTable(ctx: PageContext, table: VibeTable, defaultIn: ParamIn): Param[] {
  const out: Param[] = [];
  for (const row of table.rows) {
    const nameCell = cellOf(table, row, 'name').trim();
    const loc = LOCATION.exec(nameCell)?.[1]?.toLowerCase() as ParamIn | undefined;
    const name = nameCell.replace(LOCATION, '').trim();
    if (!NAME.test(name) || isCutRow(ctx, table, row)) continue;
    const typeText = cellOf(table, row, 'type').trim();
    const { type, unknownWords } = mapVibeType(typeText, name);
    if (unknownWords.length > 0) warn(ctx, 'unknown-type', `parameter ${name}: unknown type "${unknownWords.join(', ')}"`, row.line);
    const description = cellOf(table, row, 'description').trim();
    const dflt = parseDefault(cellOf(table, row, 'default').trim()) ?? defaultFromProse(description);
    const req = cellOf(table, row, 'required').trim();
    const where = loc ?? defaultIn;
    const required: Param['required'] = where === 'path' ? true : YES.test(req) ? true : NO.test(req) ? false : dflt !== undefined ? false : 'unknown';
    out.push({
      id: paramId(name),
      name,
      in: where,
      type,
      required,
      ...(description ? { description } : {}),
      ...(dflt !== undefined ? { default: dflt } : {}),
      source: prov(ctx, row.line, 'read', 'table'),
    });
  }
  return out;
}

/** A documented default cell: numbers, booleans, quoted strings; dashes mean none. */
function parseDefault(text: string): unknown {
  if (!text || /^[—–-]$/.test(text)) return undefined;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  if (/^null$/i.test(text)) return null;
  const q = /^["'](.*)["']$/.exec(text);
  return q ? q[1] : text;
}

/** "(default 50, maximum 5000)" in a description. */
function defaultFromProse(description: string): unknown {
  const m = /\bdefault:?\s*(-?\d+)\b/i.exec(description);
  return m ? Number(m[1]) : undefined;
}

/** A path-template parameter the page gives no row for; id-like names are whole numbers. */
export function pathParam(name: string, source: Provenance, type?: TypeRef): Param {
  return {
    id: paramId(name),
    name,
    in: 'path',
    type: type ?? (ID_LIKE.test(name) ? { kind: 'scalar', name: 'integer', format: 'id' } : { kind: 'scalar', name: 'string' }),
    required: true,
    source,
  };
}

/** The include values a page lists ("Available includes: company, requisite"). */
export function includeList(lines: Line[]): { values: string[]; line: number } | null {
  for (const line of lines) {
    const m = INCLUDES.exec(line.text);
    if (!m) continue;
    const values = m[1]!
      .split(/\s*(?:,|\band\b)\s*/)
      .map((v) => v.trim().replace(/^`|`$/g, ''))
      .filter((v) => /^[A-Za-z_][\w-]*$/.test(v));
    if (values.length > 0) return { values, line: line.no };
  }
  return null;
}

/** The `include` parameter: an array of the named relations, sent comma-separated in the query or as a body array. */
export function includeParam(values: string[], where: ParamIn, source: Provenance, description: string): Param {
  return {
    id: paramId('include'),
    name: 'include',
    in: where,
    type: { kind: 'array', items: { kind: 'enum', base: 'string', values: values.map((value) => ({ value })), open: false } },
    required: false,
    description,
    source,
  };
}

/** Params in one list, first occurrence of each name kept (a later duplicate is reported). */
export function uniqueParams(ctx: PageContext, params: Param[]): Param[] {
  const out: Param[] = [];
  const names = new Set<string>();
  for (const p of params) {
    if (names.has(p.name)) {
      if (p.source.how === 'read' && p.source.file === ctx.doc.path) warn(ctx, 'duplicate-param', `parameter ${p.name} is documented twice`, p.source.line);
      continue;
    }
    names.add(p.name);
    out.push(p);
  }
  return out;
}

/** Whether a prose line says the operation takes no parameters. */
export function saysNoParams(lines: Line[]): boolean {
  return lines.some((l) => /^no (request )?parameters\b/i.test(l.text.trim()));
}

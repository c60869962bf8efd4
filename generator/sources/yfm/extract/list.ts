/**
 * List semantics (§7): paging (start/offset/page), page size, `next`/`total`, filter operators as the
 * filter cell documents them, select masks, order; REST 3.0 array filters. The entity whose fields may be
 * filtered is linked later by the link stage (`generator/link/list-entities.ts`).
 */
import type { ListSemantics, Param, Provenance, Warning } from '../../../spec/schema.ts';
import { squash } from './md.ts';
import { v3OperatorsFromCell } from './v3-filter.ts';

/** The prefix operators Bitrix documents for REST 1 list filters (used when a filter cell lists none). */
export const STANDARD_PREFIX_OPERATORS = ['', '=', '!=', '!', '>', '>=', '<', '<=', '%', '=%', '%=', '!%', '@', '!@'];
const OPERATOR = /^[=!<>@%?]{1,3}$/;

/** True when a method name is a list method (`*.list`, `*.getList`, `*.getlist`). */
export function isListMethodName(name: string): boolean {
  return /\.(list|getlist)$/i.test(name);
}

/**
 * Operators listed in a filter cell's text (`` - `>=` — greater than or equal ``), in written order. The
 * cell's text may have lost its line breaks (a table cell is one line), so a bullet is a `-`/`*` after
 * any white space, and the operator must be followed by a dash or colon that starts its explanation.
 */
export function operatorsFromText(text: string): string[] {
  const ops: string[] = [];
  // A bullet may name several spellings of one operator: "- `!` or `!=` — not equal".
  for (const m of text.matchAll(/(?:^|\s)[-*]\s*((?:`[^`]{1,3}`\s*(?:,|or|and)?\s*)+)(?=[—–:-])/g)) {
    for (const code of (m[1] ?? '').matchAll(/`([^`]{1,3})`/g)) {
      const op = (code[1] ?? '').trim();
      if (OPERATOR.test(op) && !ops.includes(op)) ops.push(op);
    }
  }
  return ops;
}

/** Evidence prefix of assumed operators whose filter cell sends the reader to another list method's filter. */
export const FILTER_DESCRIBED_IN = 'filter-described-in:';

/**
 * The list method a filter cell sends the reader to for its format ("The format description is provided in
 * the **filter** parameter of the `sale.payment.list` method"), or null when it names none.
 */
export function filterDescribedIn(desc: string): string | null {
  const m = /\b(?:described|description|corresponds|see|same\s+as|as\s+in)\b[^.]{0,120}?`([a-z][\w]*(?:\.\w+)+)`/i.exec(desc);
  const name = m?.[1] ?? '';
  return isListMethodName(name) ? name : null;
}

/** True for a string/number/enum type (a union of them too): a value, not a structure. */
function isScalarish(t: Param['type']): boolean {
  if (t.kind === 'enum') return true;
  if (t.kind === 'scalar') return t.name === 'string' || t.name === 'integer' || t.name === 'number';
  if (t.kind === 'union') return t.anyOf.every(isScalarish);
  return false;
}

/** Read list semantics from a method's params; null when it is not a list method and has no filter. */
export function readListSemantics(input: {
  method: string;
  restVersion: '1' | '3';
  params: readonly Param[];
  pageText: string;
  pagePath: string;
  resultFieldNames: readonly string[];
  /** The page's own lines, to give a read operator list its line (the cell hands its text over flattened). */
  pageLines?: readonly string[];
  /** The REST 3.0 overview's operator table: what applies when a REST 3.0 filter cell lists no operators. */
  v3Overview?: { operators: readonly string[]; file: string; line: number } | undefined;
}): { list: ListSemantics | null; operatorsSource?: Provenance; warnings: Array<Omit<Warning, 'file'>> } {
  const { params, restVersion, method } = input;
  const warnings: Array<Omit<Warning, 'file'>> = [];
  let operatorsSource: Provenance | undefined;
  const find = (re: RegExp, ok: (p: Param) => boolean = () => true) => params.find((p) => re.test(p.name) && ok(p));
  const filter = find(/^filter$/i);
  const isList = isListMethodName(method);
  const start = find(/^start$/i);
  // A `filter` param alone (bizproc.activity.add's FILTER) is configuration, not list filtering.
  if (!isList && !(filter && (start || find(/^(order|sort|select)$/i)))) return { list: null, warnings };
  const pagination = find(/^(pagination|nav_params)$/i);
  const limit = find(/^limit$/i);
  const offset = find(/^offset$/i);
  const page = find(/^page$/i);
  // A `select` documented as a structure of options (userfieldconfig.list) is no list of field names, and
  // an `order`/`sort` typed as a plain string names one field (user.get), not a field → direction map.
  const select = find(/^select$/i, (p) => p.type.kind !== 'ref');
  const order = find(/^(order|sort)$/i, (p) => !isScalarish(p.type));
  const anchor = filter ?? start ?? pagination ?? params[0];
  const source: Provenance = anchor ? { ...anchor.source, evidence: 'table' } : { file: input.pagePath, how: 'inferred', evidence: 'method-name' };

  let paging: ListSemantics['paging'] = 'none';
  let pageSize: number | null = null;
  if (start) {
    paging = 'start';
    pageSize = /\b50\b/.test(start.description ?? '') || restVersion === '1' ? 50 : null;
  } else if (pagination) {
    const d = pagination.description ?? '';
    paging = /\bpage\b/i.test(d) && !/\boffset\b/i.test(d) ? 'page' : /\boffset\b/i.test(d) ? 'offset' : 'page';
    const m = /(?:maximum|max|up to|default)[^.\d]{0,30}(\d{1,4})/i.exec(d);
    pageSize = m ? Number(m[1]) : null;
  } else if (offset || limit) {
    paging = 'offset';
    const m = /(?:maximum|max|up to|default)[^.\d]{0,30}(\d{1,4})/i.exec(limit?.description ?? '');
    pageSize = m ? Number(m[1]) : null;
  } else if (page) {
    paging = 'page';
  }

  let filterOut: ListSemantics['filter'] = null;
  if (filter) {
    const desc = filter.description ?? '';
    // REST 3.0 pages use the array-of-triples syntax; an array-typed filter elsewhere is the same syntax.
    // (A bare `array` filter may have become `array | object`: its array member still counts.)
    const arrayTyped = filter.type.kind === 'array' || (filter.type.kind === 'union' && filter.type.anyOf.some((m) => m.kind === 'array'));
    // A filter documented as a structure of keys (booking.v1.*, call.followup.list) is an object whatever the version.
    const syntax: 'prefix' | 'v3-array' =
      (restVersion === '3' && filter.type.kind !== 'ref') || (arrayTyped && /\[\s*\[?\s*"/.test(desc)) ? 'v3-array' : 'prefix';
    const at = (line: number | undefined, how: 'read' | 'inferred', evidence: string, file = input.pagePath): Provenance => ({
      file,
      ...(line ? { line } : {}),
      how,
      evidence,
    });
    let operators: string[];
    if (syntax === 'v3-array') {
      const cell = v3OperatorsFromCell(desc);
      // "" is the two-element condition `["field", value]`; the default operator it stands for is listed too.
      const stated = [...(cell.shorthand ? [''] : []), ...(cell.defaultOperator ? [cell.defaultOperator] : [])];
      if (cell.listed.length > 0) {
        operators = unique([...stated, ...cell.listed]);
        operatorsSource = at(lineOfPhrase(input.pageLines, filter.source.line, cell.phrase) ?? filter.source.line, 'read', 'filter-cell');
      } else if (input.v3Overview) {
        // The cell names no operator set: the REST 3.0 overview's table is the one every v3 filter takes.
        operators = unique([...stated, ...input.v3Overview.operators]);
        operatorsSource = at(input.v3Overview.line, 'inferred', 'rest-v3-filter-overview', input.v3Overview.file);
      } else {
        operators = stated;
        operatorsSource = at(filter.source.line, stated.length > 0 ? 'read' : 'inferred', 'filter-cell');
        warnings.push({
          code: 'filter-operators-unlisted',
          message: `${method}: the REST 3.0 filter cell lists no operators and the REST 3.0 overview is not available`,
          ...(filter.source.line ? { line: filter.source.line } : {}),
        });
      }
    } else if (filter.type.kind === 'ref' && operatorsFromText(desc).length === 0) {
      operators = ['']; // a structure of documented keys (booking.v1.*) whose cell lists no operator: equality only
      operatorsSource = at(filter.source.line, 'inferred', 'filter-structure');
    } else {
      const listed = operatorsFromText(desc);
      if (listed.length > 0) {
        operators = ['', ...listed.filter((o) => o !== '')];
        operatorsSource = at(filter.source.line, 'read', 'filter-cell');
      } else {
        operators = [...STANDARD_PREFIX_OPERATORS];
        // "The format … is described in the `sale.shipment.list` method": the link stage takes that page's operators.
        const seeMethod = filterDescribedIn(desc);
        operatorsSource = at(filter.source.line, 'inferred', seeMethod ? `${FILTER_DESCRIBED_IN}${seeMethod}` : 'standard-prefix-set');
        warnings.push({
          code: 'filter-operators-assumed',
          message: `${method}: the filter cell lists no operators; assuming the standard prefix set`,
          ...(filter.source.line ? { line: filter.source.line } : {}),
        });
      }
    }
    const logicUnsupported = /logic[^.]{0,40}not supported/i.test(desc);
    filterOut = {
      param: filter.name,
      syntax,
      operators,
      // `LOGIC` in prose, or a `logic` key written as code ("pass a special key `logic` with the value `OR`", crm.item.list).
      logic: syntax === 'v3-array' ? true : !logicUnsupported && (/\bLOGIC\b/.test(desc) || /`logic`/i.test(desc)),
    };
  }

  const masks = select
    ? [
        ...new Set(
          [...(select.description ?? '').matchAll(/`([^`]*\*[^`]*)`/g)].map((m) => (m[1] ?? '').replace(/^['"]|['"]$/g, '')).filter((m) => /^[\w]*\*$/.test(m)),
        ),
      ]
    : [];

  // idCursor: documented start=-1 paging, or inferred for classic crm.*.list methods with filter + order.
  const startMinusOne = /start\s*[=:]\s*-1|`-1`|start=-1/i.test(`${start?.description ?? ''}\n${input.pageText}`);
  let idCursor = false;
  if (start && startMinusOne) idCursor = true;
  else if (/^crm\.[\w.]+\.list$/i.test(method) && filter && order && start) {
    idCursor = true;
    warnings.push({ code: 'id-cursor-inferred', message: `${method}: idCursor inferred (classic crm.*.list with filter and order)` });
  }

  const list: ListSemantics = {
    paging,
    pageSize,
    ...(paging === 'start' ? { startParam: start?.name ?? 'start', nextField: 'next', totalField: 'total' } : {}),
    ...(paging !== 'start' && input.resultFieldNames.includes('total') ? { totalField: 'total' } : {}),
    idCursor,
    filter: filterOut,
    select: select ? { param: select.name, masks } : null,
    order: order ? { param: order.name } : null,
    entity: null,
    source: idCursor && !startMinusOne ? { ...source, how: 'inferred', evidence: 'crm-list-convention' } : source,
  };
  return { list, ...(operatorsSource ? { operatorsSource } : {}), warnings };
}

/** Strings in first-seen order, without repeats. */
function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}

/**
 * The 1-based line, at or after `from`, of the page line that holds the start of `phrase` (a phrase of a
 * flattened cell, so white space is compared loosely). Undefined when no line holds it.
 */
export function lineOfPhrase(lines: readonly string[] | undefined, from: number | undefined, phrase: string | undefined): number | undefined {
  if (!lines || !phrase) return undefined;
  const needle = squash(phrase).slice(0, 24);
  for (let i = Math.max(0, (from ?? 1) - 1); i < lines.length; i++) if (squash(lines[i] ?? '').includes(needle)) return i + 1;
  return undefined;
}

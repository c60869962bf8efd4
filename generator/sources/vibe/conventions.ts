/**
 * Conventions every Vibe operation shares, read from the guide pages (filtering, entity API, includes,
 * errors, batch, limits): each fact carries the page and line it was read from.
 */
import type { Param, Provenance } from '../../spec/schema.ts';
import { compareStrings } from '../../spec/serialize.ts';
import type { SourcePage } from '../types.ts';
import { pageContext, prov, type PageContext } from './context.ts';
import { classifyVibePage } from './detect.ts';
import { toVibeDoc } from './page-lines.ts';
import { isParamTable, paramsFromTable } from './params.ts';
import { cellOf, readTables, type VibeTable } from './tables.ts';

export interface VibeFact<T> {
  value: T;
  source: Provenance;
}

export interface FilterOperatorDoc {
  /** As written: "$gte", ">=", or "" for plain equality. */
  operator: string;
  meaning: string;
}

/** What the guides say about all operations; a fact is absent when no page documents it. */
export interface VibeConventions {
  baseUrl?: VibeFact<string>;
  authHeader?: VibeFact<string>;
  /** The extra header app keys (vibe_app_…) need. */
  appKeyAuthorization?: VibeFact<string>;
  filterParam?: VibeFact<string>;
  filterObjectOperators?: VibeFact<FilterOperatorDoc[]>;
  filterPrefixOperators?: VibeFact<FilterOperatorDoc[]>;
  /** Plain `{ field: value }` is an exact match. */
  filterEquality?: VibeFact<boolean>;
  filterLogic?: VibeFact<boolean>;
  limitDefault?: VibeFact<number>;
  limitMax?: VibeFact<number>;
  offsetParam?: VibeFact<string>;
  selectParam?: VibeFact<string>;
  orderParam?: VibeFact<string>;
  totalField?: VibeFact<string>;
  hasMoreField?: VibeFact<string>;
  truncatedField?: VibeFact<string>;
  /** Size of the internal pages VibeCode requests from Bitrix24 when auto-paginating. */
  autoPageSize?: VibeFact<number>;
  includeParam?: VibeFact<string>;
  includedField?: VibeFact<string>;
  batchPath?: VibeFact<string>;
  batchMaxCalls?: VibeFact<number>;
  entityBatchMaxItems?: VibeFact<number>;
  retryAfterHeader?: VibeFact<string>;
  retryAfterField?: VibeFact<string>;
  createStatus?: VibeFact<number>;
  /** The parameters every list operation takes (`GET /v1/{entity}`), as the entity-API guide tables them. */
  listParams: Param[];
}

interface GuideView {
  ctx: PageContext;
  tables: VibeTable[];
  isBatchPage: boolean;
}

type Extractor<T> = (page: GuideView) => VibeFact<T> | undefined;

/** Build the conventions from any set of Vibe pages (guides first, then by path); the first page that documents a fact wins. */
export function readVibeConventions(pages: SourcePage[]): VibeConventions {
  const views: Array<GuideView & { guide: boolean }> = [];
  for (const page of pages) {
    try {
      const doc = toVibeDoc(page);
      const kind = classifyVibePage(doc);
      const ctx = pageContext(doc, 'vibe-page');
      views.push({
        ctx,
        tables: readTables(doc.lines),
        isBatchPage: kind.kind === 'method' && /^\/v\d+\/batch$/.test(kind.path),
        guide: kind.kind === 'guide',
      });
    } catch {
      // A page that cannot be read contributes nothing; readVibePage reports it.
    }
  }
  views.sort((a, b) => Number(b.guide) - Number(a.guide) || compareStrings(a.ctx.doc.path, b.ctx.doc.path));
  const first = <T>(ex: Extractor<T>): VibeFact<T> | undefined => {
    for (const v of views) {
      const hit = ex(v);
      if (hit) return hit;
    }
    return undefined;
  };
  const conv: VibeConventions = { listParams: first(listParamsOf)?.value ?? [] };
  const set = <K extends keyof VibeConventions>(key: K, value: VibeConventions[K] | undefined) => {
    if (value !== undefined) conv[key] = value;
  };
  set('baseUrl', first(lineFact(/Base URL:?\s*(https?:\/\/[a-z0-9.-]+)/, (m) => m[1]!)));
  set('authHeader', first(lineFact(/\b(X-Api-Key)\b.*\b(header|Auth)|\b(Auth(?:orization)?):?\s*(X-Api-Key)\b/i, () => 'X-Api-Key')));
  set('appKeyAuthorization', first(lineFact(/vibe_app_.*(Authorization:\s*Bearer)/, () => 'Authorization: Bearer <session token>')));
  set('filterParam', first(lineFact(/[?&](filter)\[/, (m) => m[1]!)));
  set('filterObjectOperators', first(operatorTable(/^\$[A-Za-z]+$/)));
  set('filterPrefixOperators', first(prefixOperators));
  set('filterEquality', first(lineFact(/\bexact match\b|\bequality\b/i, () => true)));
  set('filterLogic', first(lineFact(/\bOR logic\b|"\$or"|\bLOGIC\b/, () => true)));
  set('limitDefault', first(limitFact(/\bdefault:?\s*(\d+)/i, 'default')));
  set('limitMax', first(limitFact(/\b(?:maximum|max\.?|up to|≤)\s*(\d+)/i, 'max')));
  set('offsetParam', first(paramRow('offset')));
  set('selectParam', first(paramRow('select')));
  set('orderParam', first(paramRow('order')));
  set('totalField', first(lineFact(/\b(meta\.total)\b/, (m) => m[1]!)));
  set('hasMoreField', first(lineFact(/\b(meta\.hasMore)\b/, (m) => m[1]!)));
  set('truncatedField', first(lineFact(/\b(meta\.truncated)\b/, (m) => m[1]!)));
  set('autoPageSize', first(lineFact(/\binternal pages of (\d+)/i, (m) => Number(m[1]))));
  set('includeParam', first(lineFact(/[?&](include)=/, (m) => m[1]!)));
  set('includedField', first(lineFact(/\b(_included)\b/, (m) => m[1]!)));
  set('batchPath', first(lineFact(/\bPOST (\/v\d+\/batch)\b/, (m) => m[1]!)));
  set('batchMaxCalls', first(batchMaxCalls));
  set('entityBatchMaxItems', first(lineFact(/\/v\d+\/\{entity\}\/batch\b.*?\bup to (\d+)/, (m) => Number(m[1]))));
  set('retryAfterHeader', first(lineFact(/\b(Retry-After)\b/, (m) => m[1]!)));
  set('retryAfterField', first(lineFact(/\b(error\.retryAfter)\b/, (m) => m[1]!)));
  set('createStatus', first(createStatus));
  return conv;
}

/** A fact from the first line matching a pattern. */
function lineFact<T>(re: RegExp, value: (m: RegExpExecArray) => T): Extractor<T> {
  return ({ ctx }) => {
    for (const line of ctx.doc.lines) {
      const m = re.exec(line.text);
      if (m) return { value: value(m), source: prov(ctx, line.no, 'read', 'prose') };
    }
    return undefined;
  };
}

function operatorTable(accept: RegExp): Extractor<FilterOperatorDoc[]> {
  return ({ ctx, tables }) => {
    for (const t of tables) {
      if (!t.roles.includes('operator')) continue;
      const ops = t.rows
        .map((r) => ({ operator: cellOf(t, r, 'operator').trim(), meaning: cellOf(t, r, 'description').trim() }))
        .filter((o) => accept.test(o.operator));
      if (ops.length > 0 && ops.length === t.rows.length) return { value: ops, source: prov(ctx, t.line, 'read', 'table') };
    }
    return undefined;
  };
}

const PREFIX = /^[=!<>@%?]{1,3}$/;
// A prefix-syntax example key: ">=amount": 50000
const PREFIX_KEY = /"([=!<>@%?]{1,3})[A-Za-z_][\w.]*"\s*:/g;

/** Prefix operators from an operator table, plus those its examples use ("!stageId"). */
const prefixOperators: Extractor<FilterOperatorDoc[]> = (view) => {
  const table = operatorTable(PREFIX)(view);
  if (!table) return undefined;
  const ops = [...table.value];
  for (const line of view.ctx.doc.lines) {
    for (const m of line.text.matchAll(PREFIX_KEY)) {
      if (!ops.some((o) => o.operator === m[1])) ops.push({ operator: m[1]!, meaning: '' });
    }
  }
  return { value: ops, source: table.source };
};

/** A number about `limit`, from a parameter row named limit (default cell or description). */
function limitFact(re: RegExp, what: 'default' | 'max'): Extractor<number> {
  return ({ ctx, tables }) => {
    for (const t of tables) {
      for (const r of t.rows) {
        if (cellOf(t, r, 'name').trim() !== 'limit') continue;
        const dflt = cellOf(t, r, 'default').trim();
        if (what === 'default' && /^\d+$/.test(dflt)) return { value: Number(dflt), source: prov(ctx, r.line, 'read', 'table') };
        const m = re.exec(cellOf(t, r, 'description'));
        if (m) return { value: Number(m[1]), source: prov(ctx, r.line, 'read', 'table') };
      }
    }
    if (what === 'max') return lineFact(/\blimit\b.*?\b(?:maximum|max\.?|up to)\s*(\d+)/i, (m) => Number(m[1]))({ ctx, tables, isBatchPage: false });
    return undefined;
  };
}

function paramRow(name: string): Extractor<string> {
  return ({ ctx, tables }) => {
    for (const t of tables) {
      if (!isParamTable(t)) continue;
      const row = t.rows.find((r) => cellOf(t, r, 'name').trim() === name);
      if (row) return { value: name, source: prov(ctx, row.line, 'read', 'table') };
    }
    return undefined;
  };
}

/** "up to 50 operations" on the batch page itself, or next to `/v1/batch` elsewhere. */
const batchMaxCalls: Extractor<number> = (view) => {
  const near = lineFact(/\/v\d+\/batch\b.*?\bup to (\d+) (?:operations|calls)/i, (m) => Number(m[1]))(view);
  if (near || !view.isBatchPage) return near;
  return lineFact(/\bup to (\d+) (?:operations|calls)\b/i, (m) => Number(m[1]))(view);
};

/** "(HTTP 201)" in the guide's create section. */
const createStatus: Extractor<number> = ({ ctx }) => {
  for (const s of ctx.doc.sections) {
    if (!/\bcreate\b/i.test(s.title) || !/\bPOST\b/.test(s.title)) continue;
    for (const line of s.body) {
      const m = /\(HTTP ([1-5]\d\d)\)/.exec(line.text);
      if (m) return { value: Number(m[1]), source: prov(ctx, line.no, 'read', 'prose') };
    }
  }
  return undefined;
};

/** The parameter table under the guide's generic list heading (`GET /v1/{entity}`). */
const listParamsOf: Extractor<Param[]> = ({ ctx }) => {
  for (const s of ctx.doc.sections) {
    if (!/\bGET\s+`?\/v\d+\/\{entity\}`?\s*$/.test(s.title)) continue;
    const table = readTables(s.body).find(isParamTable);
    if (!table) continue;
    return { value: paramsFromTable(ctx, table, 'query'), source: prov(ctx, table.line, 'read', 'table') };
  }
  return undefined;
};

/**
 * Parameters: the tables of the params section (several tables under the heading merge; tables inside
 * tabs merge with a `params-in-tabs` warning — the union of the tabs' rows, first definition wins —
 * numbered call variants merge with `param-variants-merged`), "No parameters." → `none`, and a params
 * table in the intro when the page has no params section (crm.deal.productrows.get).
 */
import { paramId } from '../../../spec/ids.ts';
import { compareStrings } from '../../../spec/serialize.ts';
import type { Param } from '../../../spec/schema.ts';
import { cellsOf, fileOf, flattenBlocks, inBoilerplateInclude, lineOf, squash, textOf, type FlatBlock } from './md.ts';
import type { AnyNode, YfmTable } from './nodes.ts';
import type { PageTypes } from './nested-types.ts';
import { alternativesAmong, relaxedByAlternatives, type AlternativeGroup } from './alternatives.ts';
import { proseOf } from './prose.ts';
import { readRows, type RowFact } from './rows.ts';
import type { Section } from './sections.ts';
import { parseNameCell } from './name-cell.ts';
import { cellMd, viewTable, type TableView } from './table.ts';

export interface ParamsRead {
  params: Param[];
  documented: 'table' | 'none' | 'missing';
  /** Groups of top-level params of which a call must carry at least one. */
  alternatives?: AlternativeGroup[];
  unknownTypes: string[];
  typedCount: number;
  warnings: Array<{ code: string; message: string; line?: number }>;
  line: number | undefined;
}

const NO_PARAMS =
  /\b(no parameters|has no parameters|takes no parameters|does not (?:take|accept|require|have) (?:any )?parameters|without parameters|no input parameters|parameters are not required|no parameters required)\b/i;

/** True when prose says the method takes no parameters. */
export function saysNoParams(nodes: readonly AnyNode[]): boolean {
  return flattenBlocks(nodes).some((b) => b.node.type === 'paragraph' && NO_PARAMS.test(squash(textOf(b.node))));
}

/** A table that looks like a params table: a Name/Parameter header, or header-less with bold-named rows. */
function isParamTable(view: TableView): boolean {
  if (view.header)
    return /^(name|parameter|parameters|param|field|key|value|argument|parameter name)(?:\s+\/\s+type)?$/.test(
      (view.header[0] ?? '').replace(/[*:]/g, '').trim(),
    );
  return view.rows.length > 0; // header-less (booking.v1.*.list: first row is **FILTER**)
}

/** Params tables of a section: those before the first sub-heading, else those under numbered variant headings. */
function paramTables(blocks: readonly FlatBlock[]): { tables: Array<{ view: TableView; tabs: string[]; variant: number }>; variants: string[] } {
  const top: Array<{ view: TableView; tabs: string[]; variant: number }> = [];
  const variants: Array<{ view: TableView; tabs: string[]; variant: number }> = [];
  const variantNames: string[] = [];
  let state: 'top' | 'variant' | 'nested' = 'top';
  for (const b of blocks) {
    if (inBoilerplateInclude(b)) continue;
    if (b.node.type === 'heading') {
      const t = squash(textOf(b.node));
      if (/^\d+[.)]\s/.test(t) || /^(option|variant)\s+\d/i.test(t)) {
        state = 'variant';
        variantNames.push(t);
      } else state = 'nested';
      continue;
    }
    if (b.node.type !== 'yfmTable') continue;
    const view = viewTable(b.node as YfmTable);
    if (!isParamTable(view)) continue;
    if (state === 'top') top.push({ view, tabs: b.tabs, variant: 0 });
    else if (state === 'variant') variants.push({ view, tabs: b.tabs, variant: variantNames.length - 1 });
  }
  if (top.length > 0) return { tables: top, variants: [] };
  return { tables: variants, variants: variantNames };
}

/**
 * True when every call variant's tables have a row named `name`. Alternative param sets are merged into
 * one list; a param required by one variant only is not required of a call that uses another.
 */
function inEveryVariant(name: string, tables: ReadonlyArray<{ view: TableView; variant: number }>): boolean {
  const count = new Set(tables.map((t) => t.variant)).size;
  const having = new Set(tables.filter((t) => t.view.rows.some((r) => parseNameCell(cellMd(cellsOf(r)[0])).names[0] === name)).map((t) => t.variant));
  return having.size === count;
}

/**
 * "There are three options for calling the method" (vote.attachedvote.get: `attachId`; `moduleId` +
 * `entityType` + `entityId`; `signedAttachId`): every call carries the required params of one variant, so it
 * carries one of the variants' first params that are not required by every variant. The group is that set,
 * inferred from the variants (a variant that requires nothing of its own makes no group).
 */
function variantGroup(tables: ReadonlyArray<{ view: TableView; variant: number }>, pagePath: string): AlternativeGroup | null {
  const requiredBy = new Map<number, string[]>();
  for (const t of tables) {
    const names = requiredBy.get(t.variant) ?? [];
    for (const r of t.view.rows) {
      const cell = parseNameCell(cellMd(cellsOf(r)[0]));
      if (cell.required && cell.names[0]) names.push(cell.names[0]);
    }
    requiredBy.set(t.variant, names);
  }
  if (requiredBy.size < 2) return null;
  const lists = [...requiredBy.values()];
  const firsts = lists.map((names) => names.find((n) => !lists.every((l) => l.includes(n))));
  if (firsts.some((n) => n === undefined)) return null;
  const names = [...new Set(firsts as string[])].sort(compareStrings);
  if (names.length < 2) return null;
  const first = tables[0]?.view.table;
  return { names, from: 'variants', file: first ? fileOf(first, pagePath) : pagePath, line: lineOf(first) };
}

/** A section's paragraphs and notes outside its tables, each with where it is. */
function paragraphs(flat: readonly FlatBlock[], pagePath: string): Array<{ text: string; file: string; line: number | undefined }> {
  return flat.filter((b) => b.node.type === 'paragraph').map((b) => ({ text: proseOf([b.node]), file: fileOf(b.node, pagePath), line: lineOf(b.node) }));
}

function toParam(f: RowFact): Param {
  return {
    id: paramId(f.name),
    name: f.name,
    ...(f.aliases.length ? { aliases: f.aliases } : {}),
    type: f.type,
    required: f.required,
    ...(f.description ? { description: f.description } : {}),
    ...(f.default !== undefined ? { default: f.default } : {}),
    ...(f.deprecated ? { deprecated: true } : {}),
    ...(f.fieldsRef ? { fieldsRef: f.fieldsRef } : {}),
    source: f.source,
  };
}

/** Read the params of a page from its params section (or its intro). */
export function readParams(section: Section | undefined, intro: readonly AnyNode[], types: PageTypes): ParamsRead {
  const warnings: ParamsRead['warnings'] = [];
  const fromBlocks = (blocks: readonly AnyNode[], where: 'section' | 'intro'): ParamsRead | null => {
    const flat = flattenBlocks(blocks);
    const { tables, variants } = paramTables(flat);
    if (tables.length === 0) return null;
    const tabs = [...new Set(tables.map((t) => t.tabs.join(' / ')).filter(Boolean))];
    const line = lineOf(tables[0]?.view.table);
    if (tabs.length > 0)
      warnings.push({
        code: 'params-in-tabs',
        message: `params tables in tabs ${tabs.join(', ')} merged (union of rows, first definition wins)`,
        ...(line ? { line } : {}),
      });
    if (variants.length > 0)
      warnings.push({ code: 'param-variants-merged', message: `alternative param sets merged: ${variants.join('; ')}`, ...(line ? { line } : {}) });
    if (where === 'intro')
      warnings.push({ code: 'params-in-intro', message: 'params table found in the intro (no params section)', ...(line ? { line } : {}) });
    if (tables.some((t) => !t.view.header))
      warnings.push({ code: 'headerless-table', message: 'params table has no header row; its first row is data', ...(line ? { line } : {}) });
    const facts = readRows(
      tables.map((t) => t.view),
      types.rowContext('param'),
    );
    // Prose around the tables ("At least one of the following fields must be filled: …") states alternatives too.
    const pagePath = types.rowContext('param').pagePath;
    const alternatives = alternativesAmong(facts, paragraphs(flat, pagePath));
    const variantAlt = variants.length > 1 ? variantGroup(tables, pagePath) : null;
    if (variantAlt && !alternatives.some((g) => g.names.join('|') === variantAlt.names.join('|'))) alternatives.push(variantAlt);
    const relaxed = relaxedByAlternatives(alternatives);
    const params = facts
      .map(toParam)
      .map((p) => ((variants.length > 1 && p.required === true && !inEveryVariant(p.name, tables)) || relaxed.has(p.name) ? { ...p, required: false } : p));
    return {
      params,
      documented: 'table',
      alternatives,
      unknownTypes: facts.flatMap((f) => f.unknownTypes),
      typedCount: facts.filter((f) => f.typed).length,
      warnings,
      line,
    };
  };
  // "## Parameter fields" on a page with no "Parameters" heading is the structure of the param `fields`, which
  // the intro's table lists (older pages): the intro holds the params.
  const structureOf = section ? /^parameter\s+`?([A-Za-z_]\w*)`?$/i.exec(section.title)?.[1] : undefined;
  if (structureOf) {
    const before = warnings.length;
    const inIntro = fromBlocks(intro, 'intro');
    if (inIntro?.params.some((p) => p.name === structureOf)) return inIntro;
    warnings.length = before;
  }
  if (section) {
    const got = fromBlocks(section.blocks, 'section');
    if (got && got.params.length > 0) return got;
    if (saysNoParams(section.blocks) || saysNoParams(intro))
      return { params: [], documented: 'none', unknownTypes: [], typedCount: 0, warnings, line: section.line };
    if (got) return got;
    warnings.push({
      code: 'empty-params-section',
      message: `params section "${section.title}" has no table and does not say "No parameters"`,
      ...(section.line ? { line: section.line } : {}),
    });
    return { params: [], documented: 'missing', unknownTypes: [], typedCount: 0, warnings, line: section.line };
  }
  const fromIntro = fromBlocks(intro, 'intro');
  if (fromIntro && fromIntro.params.length > 0) return fromIntro;
  if (saysNoParams(intro)) return { params: [], documented: 'none', unknownTypes: [], typedCount: 0, warnings, line: undefined };
  return { params: [], documented: 'missing', unknownTypes: [], typedCount: 0, warnings, line: undefined };
}

/** Render a coverage report as a terminal table, markdown, or JSON. */
import type { CoverageReport, SectionCoverage } from './coverage.ts';
import type { FactCounts } from './fact-counts.ts';
import type { OpaqueResultCount } from './opaque-results.ts';
import { compareStrings } from '../spec/serialize.ts';

const COLUMNS: Array<[string, (c: SectionCoverage) => string]> = [
  ['section', (c) => c.section],
  ['pages', (c) => String(c.pages)],
  ['methods', (c) => String(c.methods)],
  ['params', (c) => String(c.params)],
  ['typed', (c) => pct(c.paramsTyped, c.params)],
  ['open', (c) => String(c.paramsOpen)],
  ['untyped', (c) => String(c.paramsUntyped)],
  ['req?', (c) => String(c.paramsRequiredUnknown)],
  ['inferred', (c) => String(c.paramsInferred)],
  ['results typed', (c) => `${c.resultsTyped}/${c.methods}`],
  ['error codes', (c) => String(c.errorCodes)],
  ['unknown refs', (c) => `${c.typeRefsUnknown} (${pct(c.typeRefsUnknown, c.typeRefs)})`],
  ['any refs', (c) => `${c.typeRefsAny} (${pct(c.typeRefsAny, c.typeRefs)})`],
  ['truncated', (c) => String(c.truncatedPages)],
  ['warnings', (c) => String(Object.values(c.warnings).reduce((a, b) => a + b, 0))],
];

function pct(n: number, d: number): string {
  return d === 0 ? '-' : `${((n / d) * 100).toFixed(1)}%`;
}

function counts(rec: Record<string, number>): string[] {
  return Object.entries(rec)
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([k, v]) => `${k}: ${v}`);
}

/** The fact counters as labelled lines, one per measure (the same lines in the table and the markdown). */
export function factLines(f: FactCounts): string[] {
  const { errors: e, filters: fl, results: r } = f;
  return [
    `errors: ${e.total} (with a status ${e.withStatus}, without ${e.withoutStatus}; without a code ${e.withoutCode}); specs whose every error lacks a status: ${e.specsAllWithoutStatus}`,
    `filter operators: ${fl.total} filters (read ${fl.operatorsRead}, inferred ${fl.operatorsInferred}, no provenance ${fl.operatorsWithoutProvenance}; assumed standard set ${fl.operatorsAssumed}); REST 3.0 filters ${fl.v3}, with word operators ${fl.v3WithWords}`,
    `results: from a table ${r.fromTable}, from an example ${r.fromExample}, by convention ${r.byConvention}, from prose ${r.fromProse}, other ${r.other}, none ${r.none} (warned: from example ${r.warnedFromExample}, by convention ${r.warnedByConvention})`,
    `value lists (params and fields): closed ${f.enums.closed}, open ${f.enums.open}`,
    `maps: ${f.maps.nodes} in ${f.maps.specs} specs`,
    `required-alternative groups: ${f.alternatives.groups} in ${f.alternatives.specs} specs`,
    `deprecated: with a successor ${f.deprecated.withSuccessor}, without ${f.deprecated.withoutSuccessor}`,
    `nullable params and fields: ${f.nullable}`,
  ];
}

/** The opaque-result measure as one line of "Facts read". */
export function opaqueLine(o: OpaqueResultCount): string {
  const items = o.opaque.filter((x) => x.list).length;
  return `opaque results: ${o.opaque.length} of ${o.methods} current REST methods (${pct(o.opaque.length, o.methods)}); list methods with an opaque item: ${items} of ${o.listMethods}`;
}

/** Each opaque result with why the page leaves it so (`id: evidence: why`). */
export function opaqueList(o: OpaqueResultCount): string[] {
  return o.opaque.map((x) => `${x.id}${x.list ? ' (list)' : ''}: ${x.evidence}: ${x.why}`);
}

/** A fixed-width table for the terminal. */
export function renderTable(r: CoverageReport, listWarnings = false): string {
  const rows = [...r.sections, r.totals].map((c) => COLUMNS.map(([, f]) => f(c)));
  const header = COLUMNS.map(([h]) => h);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  out.push('', 'pages skipped: ' + (counts(r.totals.skipped).join(', ') || 'none'));
  out.push('warnings by kind: ' + (counts(r.totals.warnings).join(', ') || 'none'));
  out.push('', 'Facts read:', ...[...factLines(r.facts), opaqueLine(r.opaque)].map((l) => `  ${l}`));
  if (r.vibePages.length) {
    out.push('', 'Vibe pages (operations · entity types · cut?):');
    for (const p of r.vibePages) {
      const what = p.operations.length ? `${p.operations.length} ops · ${p.entityTypes.join(', ') || '-'}` : `no operations (${p.skipped ?? '?'})`;
      out.push(`  ${p.path}: ${what}${p.truncated ? ' · CUT' : ''}`);
    }
  }
  if (listWarnings) {
    out.push('', 'Opaque results:', ...opaqueList(r.opaque).map((l) => `  ${l}`));
    out.push('', ...r.warnings.map((w) => `${w.file}${w.line ? `:${w.line}` : ''}: ${w.code}: ${w.message}`));
  }
  return `${out.join('\n')}\n`;
}

/** A markdown document with the same content. */
export function renderMarkdown(r: CoverageReport, listWarnings = false): string {
  const header = COLUMNS.map(([h]) => h);
  const out = ['# b24gen coverage report', '', `| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const c of [...r.sections, r.totals]) out.push(`| ${COLUMNS.map(([, f]) => f(c)).join(' | ')} |`);
  out.push('', '## Pages skipped', '', ...counts(r.totals.skipped).map((s) => `- ${s}`));
  out.push('', '## Warnings by kind', '', ...counts(r.totals.warnings).map((s) => `- ${s}`));
  out.push('', '## Facts read', '', ...[...factLines(r.facts), opaqueLine(r.opaque)].map((l) => `- ${l}`));
  if (r.opaque.opaque.length) out.push('', '## Opaque results', '', ...opaqueList(r.opaque).map((l) => `- ${l.replace(/\|/g, '\\|')}`));
  const truncated = r.pages.filter((p) => p.truncated);
  if (truncated.length) out.push('', '## Truncated pages', '', ...truncated.map((p) => `- ${p.path}: ${p.methods.length} operations`));
  if (r.vibePages.length) {
    out.push('', '## Vibe pages', '', '| page | operations | entity types | cut |', '|---|---|---|---|');
    for (const p of r.vibePages) {
      const ops = p.operations.length ? p.operations.map((o) => `\`${o.replace(/^vibe:/, '')}\``).join('<br>') : `none (${p.skipped ?? '?'})`;
      out.push(`| ${p.path} | ${ops.replace(/\|/g, '\\|')} | ${p.entityTypes.join(', ')} | ${p.truncated ? 'yes' : 'no'} |`);
    }
  }
  if (listWarnings) {
    out.push('', '## Warnings', '');
    for (const w of r.warnings) out.push(`- \`${w.file}${w.line ? `:${w.line}` : ''}\` ${w.code}: ${w.message.replace(/\|/g, '\\|')}`);
  }
  return `${out.join('\n')}\n`;
}

/** JSON for tools. */
export function renderJson(r: CoverageReport): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

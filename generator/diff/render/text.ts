/** The text format: a summary line, then one line per change, grouped by severity. */
import type { DiffReport } from '../report-schema.ts';
import { countsLine, grouped, SEVERITY_TITLE, whereOf } from './shared.ts';

/** Render a report for a terminal or a log. */
export function renderText(r: DiffReport): string {
  const lines = [
    `b24gen diff: ${r.old} → ${r.new}`,
    `${countsLine(r)}; semver: ${r.summary.semver}${r.summary.ignored ? `; ${r.summary.ignored} ignored by config` : ''}`,
  ];
  for (const g of grouped(r)) {
    lines.push('', `${SEVERITY_TITLE[g.severity].toUpperCase()}`);
    for (const ns of g.namespaces) {
      for (const c of ns.changes) {
        const where = whereOf(c);
        lines.push(`  ${c.method}: ${c.message} [${c.rule}]${where ? ` (${where})` : ''}`);
      }
    }
  }
  if (r.changes.length === 0) lines.push('', 'No API changes.');
  return `${lines.join('\n')}\n`;
}

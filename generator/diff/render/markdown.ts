/** The markdown format: fit for a PR comment or a CHANGELOG section, grouped by severity then namespace. */
import type { DiffReport } from '../report-schema.ts';
import { countsLine, grouped, SEVERITY_TITLE, whereOf } from './shared.ts';

/** Inline code that survives any text: a backtick run longer than any inside. */
function code(s: string): string {
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${longest ? ' ' : ''}${s}${longest ? ' ' : ''}${fence}`;
}

/** Text outside code: markdown and HTML specials escaped so doc text cannot restyle the comment. */
function escapeText(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+!|<>~]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, ' ');
}

// Namespaces with more info changes than this fold into <details>, so a big docs update stays readable.
const FOLD_AT = 10;

/** Render a report as markdown. */
export function renderMarkdown(r: DiffReport): string {
  const out = [`## API changes: ${code(r.old)} → ${code(r.new)}`, ''];
  if (r.changes.length === 0) return `${out.join('\n')}No API changes.\n`;
  out.push(`${countsLine(r)}. The package needs a **${r.summary.semver}** release.`);
  for (const g of grouped(r)) {
    out.push('', `### ${SEVERITY_TITLE[g.severity]}`);
    for (const ns of g.namespaces) {
      const items = ns.changes.map((c) => {
        const where = whereOf(c);
        return `- ${code(c.method)}: ${escapeText(c.message)} (${code(c.rule)})${where ? ` — ${code(where)}` : ''}`;
      });
      const fold = g.severity === 'info' && items.length > FOLD_AT;
      out.push('', fold ? `<details><summary>${escapeText(ns.namespace)} (${items.length})</summary>\n` : `#### ${escapeText(ns.namespace)}`, '', ...items);
      if (fold) out.push('', '</details>');
    }
  }
  return `${out.join('\n')}\n`;
}

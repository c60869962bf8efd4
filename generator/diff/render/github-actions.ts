/** The githubactions format: one workflow command per change, so GitHub annotates the doc lines in a PR. */
import type { Change, DiffReport, Severity } from '../report-schema.ts';

const COMMAND: Record<Severity, string> = { breaking: 'error', warning: 'warning', info: 'notice' };

/** Escape a workflow command's message (GitHub's rules: %, CR, LF). */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a workflow command's property value (also `:` and `,`). */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function line(c: Change): string {
  const src = c.newSource ?? c.oldSource;
  const props = [
    ...(src ? [`file=${escapeProperty(src.file)}`, ...(src.line ? [`line=${src.line}`] : [])] : []),
    `title=${escapeProperty(`${c.rule} (${c.severity})`)}`,
  ];
  return `::${COMMAND[c.severity]} ${props.join(',')}::${escapeData(`${c.method}: ${c.message}`)}`;
}

/** Render a report as GitHub Actions workflow commands. */
export function renderGithubActions(r: DiffReport): string {
  const s = r.summary;
  const summary = `::notice title=b24gen diff::${escapeData(`${s.breaking} breaking, ${s.warning} warning, ${s.info} info; semver ${s.semver}`)}`;
  return `${[...r.changes.map(line), summary].join('\n')}\n`;
}

/** What the report formats share: headings, counts and where a change was read. */
import { SEVERITIES, type Change, type DiffReport, type Severity } from '../report-schema.ts';

export const SEVERITY_TITLE: Record<Severity, string> = { breaking: 'Breaking', warning: 'Warnings', info: 'Info' };

/** "3 breaking, 1 warning, 12 info". */
export function countsLine(r: DiffReport): string {
  const s = r.summary;
  return `${s.breaking} breaking, ${s.warning} warning${s.warning === 1 ? '' : 's'}, ${s.info} info`;
}

/** The file:line a change is best looked up at: the new side when there is one. */
export function whereOf(c: Change): string | undefined {
  const s = c.newSource ?? c.oldSource;
  if (!s) return undefined;
  return s.line ? `${s.file}:${s.line}` : s.file;
}

/** Changes grouped by severity, then namespace, in report order (the report is already sorted so). */
export function grouped(r: DiffReport): Array<{ severity: Severity; namespaces: Array<{ namespace: string; changes: Change[] }> }> {
  return SEVERITIES.map((severity) => {
    const namespaces = new Map<string, Change[]>();
    for (const c of r.changes) if (c.severity === severity) namespaces.set(c.namespace, [...(namespaces.get(c.namespace) ?? []), c]);
    return { severity, namespaces: [...namespaces].map(([namespace, changes]) => ({ namespace, changes })) };
  }).filter((g) => g.namespaces.length > 0);
}

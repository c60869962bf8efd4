/** The junit format: one test case per change, failing at or above the --fail-on level, one suite per namespace. */
import { SEVERITIES, type Change, type DiffReport, type Severity } from '../report-schema.ts';
import { whereOf } from './shared.ts';

/** XML text and attribute escaping, with characters XML 1.0 cannot carry dropped. */
function xml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Render a report as JUnit XML; `failOn` decides which changes are failures (default: breaking). */
export function renderJunit(r: DiffReport, failOn: Severity = 'breaking'): string {
  const fails = (c: Change) => SEVERITIES.indexOf(c.severity) <= SEVERITIES.indexOf(failOn);
  const suites = new Map<string, Change[]>();
  for (const c of r.changes) suites.set(c.namespace, [...(suites.get(c.namespace) ?? []), c]);
  const total = r.changes.filter(fails).length;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="b24gen diff" tests="${r.changes.length}" failures="${total}">`];
  for (const [ns, changes] of suites) {
    out.push(`  <testsuite name="${xml(ns)}" tests="${changes.length}" failures="${changes.filter(fails).length}">`);
    for (const c of changes) {
      const name = xml(`${c.rule} ${c.path || '(method)'}`);
      const where = whereOf(c);
      const body = `${c.message}${where ? `\n${where}` : ''}\nid ${c.id}`;
      out.push(
        fails(c)
          ? `    <testcase classname="${xml(c.method)}" name="${name}"><failure type="${c.severity}" message="${xml(c.message)}">${xml(body)}</failure></testcase>`
          : `    <testcase classname="${xml(c.method)}" name="${name}"><system-out>${xml(`${c.severity}: ${body}`)}</system-out></testcase>`,
      );
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

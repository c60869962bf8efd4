/** Render a conformance report: terminal text, markdown, or JSON. */
import { compareStrings } from '../spec/serialize.ts';
import type { ConformanceTiming } from './run.ts';
import type { ConformanceReport, Mismatch } from './types.ts';

/** "file:line: method: path: message [kind, verdict: reason]", the line every mismatch is printed as. */
export function mismatchLine(m: Mismatch): string {
  return `${m.file}${m.line ? `:${m.line}` : ''}: ${m.method}: ${m.path}: ${m.message} [${m.kind}, ${m.verdict}: ${m.reason}]`;
}

/** Count of items per key, as "a 3, b 1" in key order. */
function tally<T>(items: T[], key: (t: T) => string): string {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1);
  const parts = [...counts.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([k, n]) => `${k} ${n}`);
  return parts.join(', ') || 'none';
}

const secs = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/** The summary lines shared by the text and markdown forms. */
function summary(r: ConformanceReport, t: ConformanceTiming | undefined): string[] {
  // By spec, so a REST 3.0 twin's example is not merged with its REST 1 namesake's.
  const failing = new Set(r.mismatches.map((m) => `${m.specId ?? m.method}\u0000${m.exampleId}`)).size;
  const examples = new Set(r.normalised.map((n) => `${n.method}\u0000${n.exampleId}`)).size;
  const lines = [
    `checked ${r.checked} ${r.side ?? 'request'} examples: ${r.passed} conform${r.passedOpaque ? ` (${r.passedOpaque} of them against an opaque result type)` : ''}, ${failing} with ${r.mismatches.length} mismatch(es)`,
    `by kind: ${tally(r.mismatches, (m) => m.kind)}`,
    `by verdict: ${tally(r.mismatches, (m) => m.verdict)}`,
    `skipped: ${r.skipped.length}${r.skipped.length ? ` (${tally(r.skipped, (s) => s.reason)})` : ''}`,
    r.side === 'response'
      ? `examples showing the bare result, checked as the envelope's result: ${r.normalised.length}`
      : `top-level keys normalised to the documented spelling: ${r.normalised.length} in ${examples} example(s) (${tally(r.normalised, (n) => n.why)})`,
  ];
  if (t) {
    lines.push(
      `time: ${secs(t.totalMs)} (specs ${secs(t.loadMs)}, compile ${secs(t.compileMs)} in ${t.rounds} round(s); ${t.files} files, ${t.statements} statements)`,
    );
  }
  return lines;
}

/** Terminal text: the summary, problems of the check itself, then one line per mismatch. */
export function renderText(r: ConformanceReport, t?: ConformanceTiming): string {
  const out = summary(r, t);
  if (r.problems.length) out.push('', `problems of the check itself (${r.problems.length}):`, ...r.problems.map((p) => `  ${p}`));
  if (r.mismatches.length) out.push('', ...r.mismatches.map(mismatchLine));
  return `${out.join('\n')}\n`;
}

/** A markdown document: summary, then a table of mismatches and the skipped examples. */
export function renderMarkdown(r: ConformanceReport, t?: ConformanceTiming): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const out = [`# Doc-example conformance (${r.side ?? 'request'} examples)`, '', ...summary(r, t).map((l) => `- ${l}`)];
  if (r.problems.length) out.push('', '## Problems of the check', '', ...r.problems.map((p) => `- ${cell(p)}`));
  out.push('', '## Mismatches', '');
  if (r.mismatches.length === 0) out.push('None.');
  else {
    out.push('| where | method | example | path | kind | verdict | message | reason |', '|---|---|---|---|---|---|---|---|');
    for (const m of r.mismatches) {
      const where = `${m.file}${m.line ? `:${m.line}` : ''}`;
      out.push(`| ${[where, m.method, m.exampleId, `\`${m.path}\``, m.kind, m.verdict, m.message, m.reason].map(cell).join(' | ')} |`);
    }
  }
  if (r.skipped.length) {
    out.push('', '## Skipped', '', ...r.skipped.map((s) => `- ${cell(`${s.file}${s.line ? `:${s.line}` : ''}: ${s.method} ${s.exampleId}: ${s.reason}`)}`));
  }
  return `${out.join('\n')}\n`;
}

/** The report as JSON (timing included when given, under `timing`). */
export function renderJson(r: ConformanceReport, t?: ConformanceTiming): string {
  return `${JSON.stringify(t ? { ...r, timing: t } : r, null, 2)}\n`;
}

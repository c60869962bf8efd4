/** Findings of all rounds → the sorted conformance report, with a verdict on every mismatch. */
import type { SpecSet } from '../spec/spec-set.ts';
import { compareStrings } from '../spec/serialize.ts';
import type { Finding } from './diagnostics.ts';
import { formatPath, pathKey } from './literal.ts';
import { isOpaqueType } from '../report/opaque-results.ts';
import type { MethodSpec, TypeRef } from '../spec/schema.ts';
import { resultRoot, specLookup, type SpecLookup } from './resolve.ts';
import type { ConformanceReport, ExampleCase, ExampleSide, Mismatch, Normalised, Skipped } from './types.ts';
import { judge } from './verdict.ts';
import { judgeError, judgeResponse } from './verdict-response.ts';

export interface ReportInput {
  cases: ExampleCase[];
  /** Compiler findings by case key (all rounds). */
  findings: Map<string, Finding[]>;
  /** Cases the compiler could not check, by case key, with the reason. */
  unresolved: Map<string, string>;
  problems: string[];
  set: Pick<SpecSet, 'specs' | 'typeCatalogues'>;
  /** Which examples the cases are (default request). */
  side?: ExampleSide;
}

/** Assemble the report: count, judge, and sort everything so equal inputs give an identical report. */
export function buildReport(input: ReportInput): ConformanceReport {
  const lookup = specLookup(input.set);
  const byId = new Map(input.set.specs.map((s) => [s.id, s]));
  const report: ConformanceReport = {
    side: input.side ?? 'request',
    checked: 0,
    passed: 0,
    ...(input.side === 'response' ? { passedOpaque: 0 } : {}),
    mismatches: [],
    skipped: [],
    normalised: [],
    problems: [...input.problems].sort(compareStrings),
  };
  for (const c of input.cases) {
    const where = { method: c.method, exampleId: c.exampleId, file: c.file, line: c.line };
    for (const r of c.renamed) report.normalised.push({ ...where, ...r });
    const skip = c.skip ?? input.unresolved.get(c.key);
    if (skip !== undefined) {
      report.skipped.push({ specId: c.specId, ...where, reason: skip });
      continue;
    }
    const spec = byId.get(c.specId);
    const findings = dedupe([...staticFindings(c), ...(input.findings.get(c.key) ?? [])]);
    report.checked++;
    if (findings.length === 0) report.passed++;
    if (findings.length === 0 && c.side === 'response' && spec && opaqueRoot(spec, lookup)) report.passedOpaque = (report.passedOpaque ?? 0) + 1;
    for (const f of findings) {
      const judgeOf = c.side === 'response' ? judgeResponse : c.side === 'error' ? (g: Finding, e: ExampleCase, s: MethodSpec) => judgeError(g, e, s) : judge;
      const j = spec ? judgeOf(f, c, spec, lookup) : { verdict: 'unclear' as const, reason: 'the spec is not in the set' };
      report.mismatches.push({
        specId: c.specId,
        ...where,
        kind: f.kind,
        path: formatPath(f.path),
        message: f.message,
        verdict: j.verdict,
        reason: j.reason,
        tsCode: f.tsCode,
      });
    }
  }
  report.mismatches.sort(compareMismatches);
  report.skipped.sort((a, b) => compareWhere(a, b) || compareStrings(a.reason, b.reason));
  report.normalised.sort((a, b) => compareWhere(a, b) || compareStrings(a.from, b.from));
  return report;
}

/** True when the result type gives no typed field (`unknown[]`, `Record<string, unknown>`, …): a response passes it trivially. */
function opaqueRoot(spec: MethodSpec, lookup: SpecLookup): boolean {
  const root = resultRoot(spec, lookup);
  if (!root) return true;
  const resolve = (r: Extract<TypeRef, { kind: 'ref' }>) =>
    (r.shared ? lookup.shared.get(r.name) : (root.owner.types.find((t) => t.name === r.name) ?? lookup.shared.get(r.name)))?.type;
  return isOpaqueType(root.type, resolve);
}

/** Keys sent to a method whose page documents nothing to send (the `{}`/`never` type would hide them). */
function staticFindings(c: ExampleCase): Finding[] {
  const what = c.api === 'vibe' ? 'the operation takes no body' : 'the page says the method takes no parameters';
  return c.undocumentedKeys.map((k) => ({ kind: 'unknown-property' as const, path: [k], tsCode: null, message: `'${k}' is not a parameter: ${what}` }));
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.kind}\u0000${pathKey(f.path)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function compareWhere(a: Skipped | Normalised | Mismatch, b: Skipped | Normalised | Mismatch): number {
  return compareStrings(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareStrings(a.method, b.method) || compareStrings(a.exampleId, b.exampleId);
}

/** Doc order: by file and line, then by place in the body, kind and message. */
export function compareMismatches(a: Mismatch, b: Mismatch): number {
  return compareWhere(a, b) || compareStrings(a.path, b.path) || compareStrings(a.kind, b.kind) || compareStrings(a.message, b.message);
}

/** The I/O edge of the conformance check: read specs, compile the checks in rounds, build the report. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../core/errors.ts';
import { loadSpecSet } from '../pipeline/inputs.ts';
import type { SpecSet } from '../spec/spec-set.ts';
import { createCheckSession } from './compile.ts';
import { mapDiagnostics, type Finding } from './diagnostics.ts';
import { collectCases, collectErrorCases, collectResponseCases } from './examples.ts';
import { programForCases } from './program.ts';
import { buildReport } from './report.ts';
import { applyFindings, emptyPatch } from './rounds.ts';
import type { BodyPatch, ConformanceReport, ExampleCase, ExampleSide } from './types.ts';

export interface ConformanceOptions {
  /** The specs folder (read and validated like `b24gen generate` does); ignored when `set` is given. */
  specsDir?: string;
  /** An already loaded spec set (tests). */
  set?: SpecSet;
  /** The generated package folder (holding src/methods.ts), generated from the same specs. */
  generatedDir: string;
  /** Normalise top-level REST keys to the documented case (default true). */
  normalizeCase?: boolean;
  /** Upper bound on compiler rounds (default 50; later rounds recheck few examples and cost little). */
  maxRounds?: number;
  /** Check the request examples (default), the success-response examples, or the error examples. */
  side?: ExampleSide;
  /** Only the specs of these methods (lower-cased names compared); default all. */
  methods?: string[];
}

export interface ConformanceTiming {
  loadMs: number;
  compileMs: number;
  totalMs: number;
  rounds: number;
  /** Compile time of each round and how many examples it checked. */
  perRound: Array<{ ms: number; statements: number }>;
  /** Check files and statements of the first round. */
  files: number;
  statements: number;
}

export interface ConformanceRun {
  report: ConformanceReport;
  timing: ConformanceTiming;
}

/** Check every request (or response) example of the specs against the generated package; the report lists the mismatches. */
export async function runConformance(opts: ConformanceOptions): Promise<ConformanceRun> {
  const started = performance.now();
  if (!existsSync(join(opts.generatedDir, 'src', 'methods.ts'))) {
    throw new UserError(`${opts.generatedDir}: not a generated package (no src/methods.ts; run \`b24gen generate\` first)`);
  }
  if (!opts.set && !opts.specsDir) throw new UserError('conformance needs a specs folder');
  const set = opts.set ?? (await loadSpecSet(opts.specsDir!));
  const only = opts.methods && new Set(opts.methods.map((m) => m.toLowerCase()));
  const specs = only ? set.specs.filter((s) => only.has(s.method.toLowerCase())) : set.specs;
  const side = opts.side ?? 'request';
  const cases =
    side === 'response'
      ? collectResponseCases(specs)
      : side === 'error'
        ? collectErrorCases(specs)
        : collectCases(specs, opts.normalizeCase === false ? { normalizeCase: false } : {});
  const loaded = performance.now();

  const findings = new Map<string, Finding[]>();
  const unresolved = new Map<string, string>();
  const patches = new Map<string, BodyPatch>();
  const problems: string[] = [];
  const maxRounds = opts.maxRounds ?? 50;
  let active: ExampleCase[] = cases;
  const session = createCheckSession(opts.generatedDir);
  let rounds = 0;
  let first = { files: 0, statements: 0 };
  const perRound: ConformanceTiming['perRound'] = [];
  while (active.length > 0 && rounds < maxRounds) {
    rounds++;
    const program = programForCases(active, patches);
    if (rounds === 1) first = { files: program.files.size, statements: program.checks.length };
    if (program.checks.length === 0) break;
    const t0 = performance.now();
    const diagnostics = session.compile(program.files);
    perRound.push({ ms: Math.round(performance.now() - t0), statements: program.checks.length });
    const mapped = mapDiagnostics(program.checks, diagnostics);
    problems.push(...mapped.stray.map((s) => `round ${rounds}: ${s}`));
    const next: ExampleCase[] = [];
    for (const check of program.checks) {
      const key = check.example.key;
      const why = mapped.unresolved.get(check.index);
      if (why !== undefined) {
        unresolved.set(key, why);
        continue;
      }
      const found = mapped.findings.get(check.index) ?? [];
      if (found.length === 0) continue;
      findings.set(key, [...(findings.get(key) ?? []), ...found]);
      const patch = patches.get(key) ?? emptyPatch();
      patches.set(key, patch);
      if (applyFindings(patch, found)) next.push(check.example);
    }
    active = next;
  }
  if (active.length > 0 && rounds >= maxRounds) {
    problems.push(`stopped after ${maxRounds} rounds; ${active.length} example(s) may have more mismatches than listed`);
  }
  const compiledAt = performance.now();
  const report = buildReport({ cases, findings, unresolved, problems, set, side });
  const done = performance.now();
  return {
    report,
    timing: {
      loadMs: Math.round(loaded - started),
      compileMs: Math.round(compiledAt - loaded),
      totalMs: Math.round(done - started),
      rounds,
      perRound,
      ...first,
    },
  };
}

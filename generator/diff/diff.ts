/**
 * The differ: two spec sets → the API changes between them, each with its rule, severity, path and
 * fingerprint. Pure; the sides are read by sides.ts.
 */
import { compareStrings } from '../spec/canonical.ts';
import type { SpecSet } from '../spec/spec-set.ts';
import type { DiffConfig } from './config.ts';
import { fingerprint } from './fingerprint.ts';
import { matchMethods, matchNodes } from './match.ts';
import { modelOf, sharedTypes, type MethodModel } from './model.ts';
import { SEVERITIES, type Change, type DiffReport, type DraftChange, type Severity } from './report-schema.ts';
import { methodLabel } from './rules/methods.ts';
import { ALL_RULES, RULE_MODULES, RULES } from './rules/index.ts';

export interface DiffOptions {
  /** How the sides are named in the report. */
  oldLabel: string;
  newLabel: string;
  /** Report reworded descriptions too (at info). */
  includeDocs?: boolean;
  config?: DiffConfig;
  /** Called as methods are compared (progress on long runs). */
  onProgress?: (done: number, total: number) => void;
}

/** Flatten every method of a set. */
function modelsOf(set: SpecSet): MethodModel[] {
  const shared = sharedTypes(set);
  return set.specs.map((s) => modelOf(s, shared));
}

/** The API changes from `before` to `after`. */
export function diffSpecSets(before: SpecSet, after: SpecSet, opts: DiffOptions): DiffReport {
  const match = matchMethods(modelsOf(before), modelsOf(after));
  const found: Array<{ about: MethodModel; draft: DraftChange }> = [];
  for (const m of RULE_MODULES) for (const d of m.checkSet?.(match) ?? []) found.push({ about: d.about, draft: withoutAbout(d) });
  match.pairs.forEach((p, i) => {
    const pair = {
      old: p.old,
      new: p.new,
      params: matchNodes(p.old.params, p.new.params),
      result: matchNodes(p.old.result, p.new.result),
      includeDocs: Boolean(opts.includeDocs),
    };
    for (const m of RULE_MODULES) for (const d of m.checkMethod?.(pair) ?? []) found.push({ about: p.new, draft: d });
    opts.onProgress?.(i + 1, match.pairs.length);
  });
  return finishReport(
    found.map((f) => toChange(f.about, f.draft)),
    opts,
  );
}

function withoutAbout<T extends { about: unknown }>(d: T): Omit<T, 'about'> {
  const { about: _about, ...rest } = d;
  return rest;
}

/** A draft with its method's names, its default severity and its fingerprint. */
function toChange(about: MethodModel, d: DraftChange): Change {
  const rule = RULES.get(d.rule);
  if (!rule) throw new Error(`a rule reported an unregistered change kind: ${d.rule}`);
  const method = methodLabel(about);
  const namespace = about.spec.api === 'vibe' ? 'vibe' : (about.spec.method.split('.')[0] ?? '').toLowerCase();
  const { rule: ruleId, path, message, old, new: now, basis, oldSource, newSource } = d;
  return {
    id: fingerprint([ruleId, about.spec.id, path, old, now]),
    rule: ruleId,
    severity: rule.severity,
    api: about.spec.api,
    method,
    namespace,
    path,
    message,
    ...(old !== undefined ? { old } : {}),
    ...(now !== undefined ? { new: now } : {}),
    ...(basis ? { basis } : {}),
    ...(oldSource ? { oldSource } : {}),
    ...(newSource ? { newSource } : {}),
  };
}

const rank = (s: Severity) => SEVERITIES.indexOf(s);

/** Apply the config, sort, dedupe and count: the report as every format prints it. */
export function finishReport(changes: readonly Change[], opts: Pick<DiffOptions, 'oldLabel' | 'newLabel' | 'config'>): DiffReport {
  const overrides = opts.config?.severity ?? {};
  const ignored = new Set(opts.config?.ignore ?? []);
  const byId = new Map<string, Change>();
  const seen = new Set<string>();
  let dropped = 0;
  for (const c of changes) {
    // The same fact reached twice (a value under two union members, an operator listed twice) is one
    // change: deduplicated before the config, so that dropping it counts one ignored change, not two.
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    const severity = overrides[c.rule] ?? c.severity;
    if (severity === 'off' || ignored.has(c.id)) {
      dropped++;
      continue;
    }
    byId.set(c.id, { ...c, severity });
  }
  const sorted = [...byId.values()].sort(
    (a, b) =>
      rank(a.severity) - rank(b.severity) ||
      compareStrings(a.namespace, b.namespace) ||
      compareStrings(a.method, b.method) ||
      compareStrings(a.path, b.path) ||
      compareStrings(a.rule, b.rule) ||
      compareStrings(a.id, b.id),
  );
  const count = (s: Severity) => sorted.filter((c) => c.severity === s).length;
  const byRule: Record<string, number> = {};
  for (const c of [...sorted].sort((a, b) => compareStrings(a.rule, b.rule))) byRule[c.rule] = (byRule[c.rule] ?? 0) + 1;
  return {
    tool: 'b24gen diff',
    formatVersion: 1,
    old: opts.oldLabel,
    new: opts.newLabel,
    summary: { breaking: count('breaking'), warning: count('warning'), info: count('info'), ignored: dropped, byRule, semver: semverOf(sorted) },
    changes: sorted,
  };
}

/** The bump the changes call for: major for anything breaking, minor for additions, patch for the rest. */
function semverOf(changes: readonly Change[]): DiffReport['summary']['semver'] {
  if (changes.length === 0) return 'none';
  if (changes.some((c) => c.severity === 'breaking')) return 'major';
  return changes.some((c) => ALL_RULES.get(c.rule)?.bump === 'minor') ? 'minor' : 'patch';
}

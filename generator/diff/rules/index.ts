/** Every rule module of the differ, in the order their changes are computed (the report is sorted after). */
import type { RuleInfo, RuleModule } from '../rule.ts';
import { SURFACE_RULES } from '../surface.ts';
import { alternativeRules } from './alternatives.ts';
import { deprecationRules } from './deprecation.ts';
import { docsRules } from './docs.ts';
import { errorRules } from './errors.ts';
import { listRules } from './list.ts';
import { methodRules } from './methods.ts';
import { paramEnumRules } from './param-enum.ts';
import { paramPresenceRules } from './param-presence.ts';
import { paramRequiredRules } from './param-required.ts';
import { paramTypeRules } from './param-type.ts';
import { resultEnumRules } from './result-enum.ts';
import { resultNullableRules } from './result-nullable.ts';
import { resultPresenceRules } from './result-presence.ts';
import { resultTypeRules } from './result-type.ts';
import { scopeRules } from './scope.ts';

export const RULE_MODULES: readonly RuleModule[] = [
  methodRules,
  deprecationRules,
  scopeRules,
  paramPresenceRules,
  paramRequiredRules,
  paramTypeRules,
  paramEnumRules,
  alternativeRules,
  resultPresenceRules,
  resultTypeRules,
  resultNullableRules,
  resultEnumRules,
  errorRules,
  listRules,
  docsRules,
];

/** Every rule by id, with the module that reports it. */
export const RULES: ReadonlyMap<string, RuleInfo & { module: string }> = new Map(
  RULE_MODULES.flatMap((m) => m.rules.map((r) => [r.id, { ...r, module: m.name }] as const)),
);

/** Spec rules and surface rules (`--surface`) by id: what the report's semver and the config's rule names are checked against. */
export const ALL_RULES: ReadonlyMap<string, RuleInfo & { module: string }> = new Map([
  ...RULES,
  ...SURFACE_RULES.map((r) => {
    if (RULES.has(r.id)) throw new Error(`surface rule ${r.id} has the id of a spec rule`);
    return [r.id, { ...r, module: 'surface' }] as const;
  }),
]);

/** The permission scopes a method needs changed: an app without the new scope gets an access error. */
import { compareStrings } from '../../spec/canonical.ts';
import type { RuleModule } from '../rule.ts';
import { sourceOf } from '../rule.ts';

const scopes = (s: readonly string[]) => [...new Set(s.map((x) => x.toLowerCase()))].sort(compareStrings);

export const scopeRules: RuleModule = {
  name: 'scope',
  rules: [{ id: 'scope-changed', severity: 'warning', bump: 'patch', summary: "The method's permission scopes changed" }],
  checkMethod({ old, new: now }) {
    const a = scopes(old.spec.scope);
    const b = scopes(now.spec.scope);
    // A page that names no scope says nothing about it: only a change between named scopes is one.
    if (a.join(',') === b.join(',') || a.length === 0 || b.length === 0) return [];
    return [
      {
        rule: 'scope-changed',
        path: '',
        message: `scope changed from ${a.join(', ')} to ${b.join(', ')}`,
        old: a,
        new: b,
        oldSource: sourceOf(old.spec.facts['scope']),
        newSource: sourceOf(now.spec.facts['scope']),
      },
    ];
  },
};

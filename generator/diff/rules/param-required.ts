/** A param that became required (every call without it now fails) or optional. */
import type { RuleModule } from '../rule.ts';
import { nodeSources, shownPath } from '../rule.ts';
import type { DraftChange } from '../report-schema.ts';
import { isStructural } from './values.ts';

export const paramRequiredRules: RuleModule = {
  name: 'param-required',
  rules: [
    { id: 'param-became-required', severity: 'breaking', bump: 'patch', summary: 'An optional param (or field of a param object) is now required' },
    { id: 'param-became-optional', severity: 'info', bump: 'patch', summary: 'A required param is now optional' },
  ],
  checkMethod({ params }) {
    const out: DraftChange[] = [];
    for (const p of params.pairs) {
      if (p.old.required === p.new.required || isStructural(p.new)) continue;
      const rule = p.new.required ? 'param-became-required' : 'param-became-optional';
      out.push({
        rule,
        path: p.new.path,
        message: `param ${shownPath(p.new.path)} became ${p.new.required ? 'required' : 'optional'}`,
        old: p.old.required,
        new: p.new.required,
        ...nodeSources(p.old, p.new),
      });
    }
    return out;
  },
};

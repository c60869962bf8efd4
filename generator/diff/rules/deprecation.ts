/** A method that became deprecated, stopped being deprecated, or names another successor. */
import type { Deprecation } from '../../spec/schema.ts';
import type { RuleModule } from '../rule.ts';
import { sourceOf } from '../rule.ts';
import type { DraftChange } from '../report-schema.ts';

const successorOf = (d: Deprecation): string | null => (d === false ? null : d.successor);

export const deprecationRules: RuleModule = {
  name: 'deprecation',
  rules: [
    { id: 'method-deprecated', severity: 'warning', bump: 'patch', summary: 'A method is now marked deprecated' },
    { id: 'method-undeprecated', severity: 'info', bump: 'patch', summary: 'A deprecated method is no longer marked so' },
    { id: 'successor-changed', severity: 'info', bump: 'patch', summary: 'The method a deprecated method points to instead changed' },
  ],
  checkMethod({ old, new: now }) {
    const before = old.spec.deprecated;
    const after = now.spec.deprecated;
    const out: DraftChange[] = [];
    if (before === false && after !== false) {
      const instead = after.successor ? `; use ${after.successor}` : '';
      out.push({
        rule: 'method-deprecated',
        path: '',
        message: `method deprecated${instead}`,
        new: { successor: after.successor },
        newSource: sourceOf(after.source),
      });
    } else if (before !== false && after === false) {
      out.push({
        rule: 'method-undeprecated',
        path: '',
        message: 'method no longer deprecated',
        old: { successor: before.successor },
        oldSource: sourceOf(before.source),
      });
    } else if (before !== false && after !== false) {
      const a = successorOf(before);
      const b = successorOf(after);
      if ((a ?? '').toLowerCase() !== (b ?? '').toLowerCase()) {
        out.push({
          rule: 'successor-changed',
          path: '',
          message: `successor changed from ${a ?? '(none)'} to ${b ?? '(none)'}`,
          old: a,
          new: b,
          oldSource: sourceOf(before.source),
          newSource: sourceOf(after.source),
        });
      }
    }
    return out;
  },
};

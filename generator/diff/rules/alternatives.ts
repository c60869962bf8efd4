/** "At least one of A or B" groups: a new group breaks calls that pass none of its members. */
import type { Alternative } from '../../spec/schema.ts';
import type { RuleModule } from '../rule.ts';
import { sourceOf } from '../rule.ts';
import type { DraftChange } from '../report-schema.ts';

const key = (a: Alternative) => a.params.map((p) => p.toLowerCase()).join('|');

export const alternativeRules: RuleModule = {
  name: 'alternatives',
  rules: [
    { id: 'alternative-added', severity: 'breaking', bump: 'patch', summary: 'A new group of params of which a call must carry at least one' },
    { id: 'alternative-removed', severity: 'info', bump: 'patch', summary: 'A group of params of which a call had to carry at least one is gone' },
  ],
  checkMethod({ old, new: now }) {
    const before = new Map(old.spec.alternatives.map((a) => [key(a), a]));
    const after = new Map(now.spec.alternatives.map((a) => [key(a), a]));
    const out: DraftChange[] = [];
    for (const [k, a] of after) {
      if (!before.has(k))
        out.push({
          rule: 'alternative-added',
          path: `params`,
          message: `a call must now carry at least one of ${a.params.join(', ')}`,
          new: a.params,
          newSource: sourceOf(a.source),
        });
    }
    for (const [k, a] of before) {
      if (!after.has(k))
        out.push({
          rule: 'alternative-removed',
          path: `params`,
          message: `no longer required: at least one of ${a.params.join(', ')}`,
          old: a.params,
          oldSource: sourceOf(a.source),
        });
    }
    return out;
  },
};

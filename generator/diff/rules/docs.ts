/** Reworded descriptions: no API change, reported only with --include-docs. */
import type { RuleModule } from '../rule.ts';
import { nodeSources, shownPath, sourceOf } from '../rule.ts';
import type { DraftChange } from '../report-schema.ts';

import { comparableText as words } from '../match.ts';

export const docsRules: RuleModule = {
  name: 'docs',
  rules: [
    {
      id: 'description-changed',
      severity: 'info',
      bump: 'patch',
      summary: 'A method, param or result field description was reworded (only with --include-docs)',
    },
  ],
  checkMethod({ old, new: now, params, result, includeDocs }) {
    if (!includeDocs) return [];
    const out: DraftChange[] = [];
    if (words(old.spec.description) !== words(now.spec.description)) {
      out.push({
        rule: 'description-changed',
        path: '',
        message: 'method description reworded',
        old: old.spec.description,
        new: now.spec.description,
        oldSource: sourceOf(old.spec.facts['description']),
        newSource: sourceOf(now.spec.facts['description']),
      });
    }
    for (const p of [...params.pairs, ...result.pairs]) {
      if (words(p.old.description) === words(p.new.description)) continue;
      out.push({
        rule: 'description-changed',
        path: p.new.path,
        message: `description of ${shownPath(p.new.path)} reworded`,
        old: p.old.description,
        new: p.new.description,
        ...nodeSources(p.old, p.new),
      });
    }
    return out;
  },
};

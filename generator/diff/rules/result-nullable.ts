/** A result value that may now be null breaks code that reads it without a check (strict null checks). */
import type { RuleModule } from '../rule.ts';
import { exampleBasis, nodeSources, shownPath } from '../rule.ts';
import type { DraftChange } from '../report-schema.ts';

export const resultNullableRules: RuleModule = {
  name: 'result-nullable',
  rules: [
    { id: 'result-field-became-nullable', severity: 'breaking', bump: 'patch', summary: 'A result value may now be null' },
    { id: 'result-field-no-longer-nullable', severity: 'info', bump: 'patch', summary: 'A result value is no longer documented as possibly null' },
  ],
  checkMethod({ result }) {
    const out: DraftChange[] = [];
    for (const p of result.pairs) {
      if (p.old.nullable === p.new.nullable) continue;
      const rule = p.new.nullable ? 'result-field-became-nullable' : 'result-field-no-longer-nullable';
      const { note, ...basis } = exampleBasis(p.new.nullable ? p.new.nullableSource : p.old.nullableSource);
      out.push({
        rule,
        path: p.new.path,
        message: `result ${shownPath(p.new.path)} ${p.new.nullable ? 'may now be null' : 'is no longer nullable'}${note}`,
        old: p.old.nullable,
        new: p.new.nullable,
        ...basis,
        ...nodeSources(p.old, p.new),
      });
    }
    return out;
  },
};

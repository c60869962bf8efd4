/** Methods that appear, disappear or change name between snapshots (set-level: identity is the spec id). */
import type { MethodModel } from '../model.ts';
import type { RuleModule } from '../rule.ts';
import { sourceOf } from '../rule.ts';
import type { DraftChange } from '../report-schema.ts';

/** The name a change shows for a method: REST 3.0 methods carry "@v3". */
export function methodLabel(m: MethodModel): string {
  return `${m.spec.method}${m.spec.restVersion === '3' ? '@v3' : ''}`;
}

const sourceFile = (m: MethodModel) => sourceOf(m.spec.facts['title'] ?? { file: m.spec.sources[0]?.path ?? '', how: 'read' });

export const methodRules: RuleModule = {
  name: 'methods',
  rules: [
    { id: 'method-added', severity: 'info', bump: 'minor', summary: 'A method is documented that was not before' },
    { id: 'method-removed', severity: 'breaking', bump: 'patch', summary: 'A method is no longer documented (and was not deprecated)' },
    { id: 'deprecated-method-removed', severity: 'warning', bump: 'patch', summary: 'A method that was already deprecated is no longer documented' },
    {
      id: 'method-renamed',
      severity: 'breaking',
      bump: 'patch',
      summary: 'A removed and an added method with the same description and the same params: one method under a new name',
    },
    { id: 'rest3-twin-added', severity: 'info', bump: 'minor', summary: 'A REST 3.0 version of a REST 1 method is documented' },
  ],
  checkSet(match) {
    const out: Array<DraftChange & { about: MethodModel }> = [];
    // Methods there before and still there under the same id (a renamed method's old name is gone).
    const kept = new Set(match.pairs.filter((p) => p.how === 'same').map((p) => p.old.spec.id));
    for (const m of match.added) {
      // A twin: the REST 1 method of the same name was there before and still is.
      const twin = m.spec.restVersion === '3' && kept.has(m.spec.id.replace(/@v3$/, ''));
      out.push({
        about: m,
        rule: twin ? 'rest3-twin-added' : 'method-added',
        path: '',
        message: twin ? `REST 3.0 version of ${m.spec.method} added` : `method ${methodLabel(m)} added`,
        new: methodLabel(m),
        newSource: sourceFile(m),
      });
    }
    for (const m of match.removed) {
      const wasDeprecated = m.spec.deprecated !== false;
      out.push({
        about: m,
        rule: wasDeprecated ? 'deprecated-method-removed' : 'method-removed',
        path: '',
        message: `${wasDeprecated ? 'deprecated ' : ''}method ${methodLabel(m)} removed`,
        old: methodLabel(m),
        oldSource: sourceFile(m),
      });
    }
    for (const p of match.pairs) {
      if (p.how !== 'renamed') continue;
      out.push({
        about: p.old,
        rule: 'method-renamed',
        path: '',
        message: `method ${methodLabel(p.old)} renamed to ${methodLabel(p.new)}`,
        old: methodLabel(p.old),
        new: methodLabel(p.new),
        oldSource: sourceFile(p.old),
        newSource: sourceFile(p.new),
      });
    }
    return out;
  },
};

/** How a list method pages and filters: a new paging mode breaks paging loops, a dropped operator breaks filters using it. */
import type { ListSemantics } from '../../spec/schema.ts';
import type { RuleModule } from '../rule.ts';
import { setDelta, sourceOf } from '../rule.ts';
import type { DraftChange } from '../report-schema.ts';

const shownOperator = (op: string) => (op === '' ? '(equality)' : op);
const mode = (l: ListSemantics | null) => (l ? l.paging : 'not a list');
const unpaged = (l: ListSemantics | null) => l === null || l.paging === 'none';

export const listRules: RuleModule = {
  name: 'list',
  rules: [
    { id: 'list-paging-changed', severity: 'breaking', bump: 'patch', summary: 'The paging mode changed, or the method stopped or started being a paged list' },
    { id: 'list-page-size-changed', severity: 'warning', bump: 'patch', summary: 'The documented page size changed' },
    { id: 'list-filter-operator-added', severity: 'info', bump: 'minor', summary: 'The filter accepts a new operator' },
    { id: 'list-filter-operator-removed', severity: 'breaking', bump: 'patch', summary: 'The filter no longer documents an operator' },
  ],
  checkMethod({ old, new: now }) {
    const a = old.spec.list;
    const b = now.spec.list;
    const sources = { oldSource: sourceOf(a?.source), newSource: sourceOf(b?.source) };
    const out: DraftChange[] = [];
    // A list that does not page ('none') and a method that is no list have no paging loop to break: moving
    // between them (a reader that now reads a non-paged list's filter) is no paging change.
    if (mode(a) !== mode(b) && !(unpaged(a) && unpaged(b)))
      out.push({
        rule: 'list-paging-changed',
        path: 'list.paging',
        message: `paging changed from ${mode(a)} to ${mode(b)}`,
        old: mode(a),
        new: mode(b),
        ...sources,
      });
    if (!a || !b) return out;
    if (a.pageSize !== null && b.pageSize !== null && a.pageSize !== b.pageSize) {
      out.push({
        rule: 'list-page-size-changed',
        path: 'list.pageSize',
        message: `page size changed from ${a.pageSize} to ${b.pageSize}`,
        old: a.pageSize,
        new: b.pageSize,
        ...sources,
      });
    }
    if (a.filter && b.filter) {
      const { added, removed } = setDelta(a.filter.operators, b.filter.operators);
      const path = 'list.filter.operators';
      for (const op of added)
        out.push({ rule: 'list-filter-operator-added', path, message: `filter operator ${shownOperator(op)} added`, new: op, ...sources });
      for (const op of removed)
        out.push({ rule: 'list-filter-operator-removed', path, message: `filter operator ${shownOperator(op)} removed`, old: op, ...sources });
    }
    return out;
  },
};

/** Result fields added, removed or renamed. A removed field breaks code that reads it. */
import type { RuleModule } from '../rule.ts';
import { presenceChanges } from './values.ts';

export const resultPresenceRules: RuleModule = {
  name: 'result-presence',
  rules: [
    { id: 'result-field-added', severity: 'info', bump: 'minor', summary: 'A new field in the result' },
    { id: 'result-field-removed', severity: 'breaking', bump: 'patch', summary: 'A result field is no longer documented: code reading it stops compiling' },
    {
      id: 'result-field-renamed',
      severity: 'breaking',
      bump: 'patch',
      summary: 'A removed and an added result field with the same type and description: one field under a new name',
    },
    { id: 'result-field-case-changed', severity: 'warning', bump: 'patch', summary: 'A result field renamed in letter case only' },
  ],
  checkMethod: ({ result }) =>
    presenceChanges(
      result,
      { added: () => 'result-field-added', removed: 'result-field-removed', renamed: 'result-field-renamed', caseChanged: 'result-field-case-changed' },
      'result field',
    ),
};

/** Params (and fields of param objects) added, removed or renamed. A new required one breaks every existing call. */
import type { RuleModule } from '../rule.ts';
import { presenceChanges } from './values.ts';

export const paramPresenceRules: RuleModule = {
  name: 'param-presence',
  rules: [
    { id: 'param-added-required', severity: 'breaking', bump: 'patch', summary: 'A new required param (or required field of a param object)' },
    { id: 'param-added-optional', severity: 'info', bump: 'minor', summary: 'A new optional param (or field of a param object)' },
    { id: 'param-removed', severity: 'breaking', bump: 'patch', summary: 'A param is no longer documented: calls passing it stop compiling' },
    {
      id: 'param-renamed',
      severity: 'breaking',
      bump: 'patch',
      summary: 'A removed and an added param with the same type and description: one param under a new name',
    },
    {
      id: 'param-case-changed',
      severity: 'warning',
      bump: 'patch',
      summary: 'A param renamed in letter case only (REST 1 ignores key case, the typed client does not)',
    },
  ],
  checkMethod: ({ params }) =>
    presenceChanges(
      params,
      {
        added: (n) => (n.required ? 'param-added-required' : 'param-added-optional'),
        removed: 'param-removed',
        renamed: 'param-renamed',
        caseChanged: 'param-case-changed',
      },
      'param',
    ),
};

/** Values of a response enum: a new value can fall through exhaustive switches (warning); a removed one breaks nothing. */
import type { RuleModule } from '../rule.ts';
import { enumChanges } from './values.ts';

export const resultEnumRules: RuleModule = {
  name: 'result-enum',
  rules: [
    { id: 'result-enum-value-added', severity: 'warning', bump: 'minor', summary: 'A result enum may carry a new value' },
    { id: 'result-enum-value-removed', severity: 'info', bump: 'patch', summary: 'A result enum no longer lists a value' },
  ],
  checkMethod: ({ result }) => enumChanges(result, { added: 'result-enum-value-added', removed: 'result-enum-value-removed' }, 'result'),
};

/** Values of a request enum: a removed value breaks calls that send it; an added one breaks nothing. */
import type { RuleModule } from '../rule.ts';
import { enumChanges } from './values.ts';

export const paramEnumRules: RuleModule = {
  name: 'param-enum',
  rules: [
    { id: 'param-enum-value-added', severity: 'info', bump: 'minor', summary: 'A param enum accepts a new value' },
    { id: 'param-enum-value-removed', severity: 'breaking', bump: 'patch', summary: 'A param enum no longer accepts a value' },
  ],
  checkMethod: ({ params }) => enumChanges(params, { added: 'param-enum-value-added', removed: 'param-enum-value-removed' }, 'param'),
};

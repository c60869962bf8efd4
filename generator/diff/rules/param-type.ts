/** A param's type changed. Accepting fewer values (narrowed) breaks calls that pass the others; accepting more does not. */
import type { RuleModule } from '../rule.ts';
import { typeChanges } from './values.ts';

export const paramTypeRules: RuleModule = {
  name: 'param-type',
  rules: [
    { id: 'param-type-narrowed', severity: 'breaking', bump: 'patch', summary: 'A param accepts fewer values (string → integer, any → object, string → enum)' },
    { id: 'param-type-widened', severity: 'info', bump: 'minor', summary: 'A param accepts more values (integer → string, enum → string, X → any)' },
    {
      id: 'param-type-changed',
      severity: 'breaking',
      bump: 'patch',
      summary: 'A param type changed to one not comparable with it (string → boolean, array → object)',
    },
  ],
  checkMethod: ({ params }) => typeChanges(params, { narrowed: 'param-type-narrowed', widened: 'param-type-widened', changed: 'param-type-changed' }, 'param'),
};

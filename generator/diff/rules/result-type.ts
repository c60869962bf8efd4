/** A result value's type changed. A wider one breaks code that handled the old values only; a narrower one does not. */
import type { RuleModule } from '../rule.ts';
import { typeChanges } from './values.ts';

export const resultTypeRules: RuleModule = {
  name: 'result-type',
  rules: [
    {
      id: 'result-field-type-widened',
      severity: 'breaking',
      bump: 'patch',
      summary: 'A result value may now carry values old code did not expect (integer → string, enum → string)',
    },
    { id: 'result-field-type-narrowed', severity: 'info', bump: 'patch', summary: 'A result value carries fewer kinds of value (string → integer)' },
    { id: 'result-field-type-changed', severity: 'breaking', bump: 'patch', summary: 'A result value changed to a type not comparable with the old one' },
  ],
  checkMethod: ({ result }) =>
    typeChanges(result, { widened: 'result-field-type-widened', narrowed: 'result-field-type-narrowed', changed: 'result-field-type-changed' }, 'result'),
};

/** list.ts: the list semantics (order, select, filter) a list method's page gives. */
import { describe, expect, it } from 'vitest';
import { operatorsFromText } from '../../../../generator/sources/yfm/extract/list.ts';
import { specOf } from '../../../support/yfm-corpus.ts';

describe('on real pages', () => {
  it('user.get: a string `sort`/`order` is no field → direction map; userfieldconfig.list: a structured select is no field list', () => {
    expect(specOf('api-reference/user/user-get.md').list?.order).toBeNull();
    expect(specOf('api-reference/crm/universal/userfieldconfig/userfieldconfig-list.md').list?.select).toBeNull();
  });

  it('call.followup.list: a filter documented as a structure is an object even on REST 3.0', () => {
    expect(specOf('api-reference/telephony/follow-up/call-followup-list.md').list?.filter?.syntax).toBe('prefix');
  });
});

describe('operatorsFromText on a filter cell whose line breaks are gone', () => {
  // catalog-store-list.md's filter cell as the table hands it over: one line, bullets inline.
  const cell =
    'An additional prefix can be specified for the key to clarify the filter\'s behavior. Possible prefix values: - `>=` — greater than or equal to - `>` — greater than - `<=` — less than or equal to - `<` — less than - `@` — IN, an array is passed as the value - `!@` — NOT IN, an array is passed as the value - `%` — LIKE, substring search. The `%` symbol in the filter value does not need to be passed. - `=%` — LIKE, substring search. Examples: - `"mol%"` — searches for values starting with "mol" - `%=` — LIKE (similar to `=%`) - `!%` — NOT LIKE - `!=%` — NOT LIKE, substring search - `!%=` — NOT LIKE (similar to `!=%`) - `=` — equal, exact match (used by default) - `!=` — not equal - `!` — not equal';
  it('lists every operator the page documents, in written order, and no example value', () => {
    expect(operatorsFromText(cell)).toEqual(['>=', '>', '<=', '<', '@', '!@', '%', '=%', '%=', '!%', '!=%', '!%=', '=', '!=', '!']);
  });
  it('takes no operator that is only mentioned in passing', () => {
    expect(operatorsFromText('The `%` symbol in the value - `%` is not needed')).toEqual([]);
  });
});

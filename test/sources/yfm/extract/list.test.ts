/** list.ts: the list semantics (order, select, filter) a list method's page gives. */
import { describe, expect, it } from 'vitest';
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

import { describe, expect, it } from 'vitest';
import { diff, none, only, spec } from '../spec-builder.ts';

describe('scope rules', () => {
  it('scope-changed (warning) with the sorted old and new scope lists', () => {
    const c = only(diff(spec('crm.deal.get', { scope: ['crm'] }), spec('crm.deal.get', { scope: ['user', 'crm'] })), 'scope-changed', '');
    expect(c).toMatchObject({ severity: 'warning', old: ['crm'], new: ['crm', 'user'] });
  });

  it('case and order of scopes are no change', () => {
    none(diff(spec('crm.deal.get', { scope: ['crm', 'user'] }), spec('crm.deal.get', { scope: ['USER', 'crm'] })));
  });

  it('a page that names no scope (either side) says nothing about it', () => {
    none(diff(spec('crm.deal.get', { scope: [] }), spec('crm.deal.get', { scope: ['crm'] })));
    none(diff(spec('crm.deal.get', { scope: ['crm'] }), spec('crm.deal.get', { scope: [] })));
  });
});

import { describe, expect, it } from 'vitest';
import { deprecated, diff, none, only, spec } from '../spec-builder.ts';

describe('deprecation rules', () => {
  it('method-deprecated (warning), with the successor', () => {
    const c = only(diff(spec('crm.lead.list'), spec('crm.lead.list', { deprecated: deprecated('crm.item.list') })), 'method-deprecated', '');
    expect(c).toMatchObject({ severity: 'warning', new: { successor: 'crm.item.list' } });
    expect(c.old).toBeUndefined();
  });

  it('method-undeprecated (info)', () => {
    const c = only(diff(spec('crm.lead.list', { deprecated: deprecated(null) }), spec('crm.lead.list')), 'method-undeprecated', '');
    expect(c).toMatchObject({ severity: 'info', old: { successor: null } });
  });

  it('successor-changed (info), also from none to one', () => {
    const c = only(
      diff(spec('crm.lead.list', { deprecated: deprecated('crm.item.list') }), spec('crm.lead.list', { deprecated: deprecated('crm.entity.list') })),
      'successor-changed',
      '',
    );
    expect(c).toMatchObject({ severity: 'info', old: 'crm.item.list', new: 'crm.entity.list' });
    const d = only(
      diff(spec('crm.lead.list', { deprecated: deprecated(null) }), spec('crm.lead.list', { deprecated: deprecated('crm.item.list') })),
      'successor-changed',
      '',
    );
    expect(d).toMatchObject({ old: null, new: 'crm.item.list' });
  });

  it('a successor named in another case is no change', () => {
    none(diff(spec('crm.lead.list', { deprecated: deprecated('crm.item.list') }), spec('crm.lead.list', { deprecated: deprecated('CRM.Item.List') })));
  });
});

import { describe, expect, it } from 'vitest';
import { diff, error, none, only, rulesAndPaths, spec } from '../spec-builder.ts';

describe('errors rules', () => {
  it('error-added (info) and error-removed (warning), at errors.<CODE>', () => {
    const c = only(
      diff(
        spec('crm.deal.get', { errors: [error('ACCESS_DENIED', 403)] }),
        spec('crm.deal.get', { errors: [error('ACCESS_DENIED', 403), error('NOT_FOUND', 400)] }),
      ),
      'error-added',
      'errors.NOT_FOUND',
    );
    expect(c).toMatchObject({ severity: 'info', new: 'NOT_FOUND' });
    const d = only(
      diff(
        spec('crm.deal.get', { errors: [error('ACCESS_DENIED', 403), error('NOT_FOUND', 400)] }),
        spec('crm.deal.get', { errors: [error('ACCESS_DENIED', 403)] }),
      ),
      'error-removed',
      'errors.NOT_FOUND',
    );
    expect(d).toMatchObject({ severity: 'warning', old: 'NOT_FOUND' });
  });

  it('error-status-changed (warning)', () => {
    const c = only(
      diff(spec('crm.deal.get', { errors: [error('NOT_FOUND', 400)] }), spec('crm.deal.get', { errors: [error('NOT_FOUND', 404)] })),
      'error-status-changed',
      'errors.NOT_FOUND',
    );
    expect(c).toMatchObject({ severity: 'warning', old: [400], new: [404] });
  });

  it('a status the docs stop (or start) giving is no status change', () => {
    none(diff(spec('crm.deal.get', { errors: [error('NOT_FOUND', 400)] }), spec('crm.deal.get', { errors: [error('NOT_FOUND', null)] })));
  });

  it('code-less errors are ignored, whatever their wording does', () => {
    none(
      diff(
        spec('crm.deal.get', { errors: [error(null, 400, 'Deal not found')] }),
        spec('crm.deal.get', { errors: [error(null, 400, 'The deal was not found')] }),
      ),
    );
    none(diff(spec('crm.deal.get'), spec('crm.deal.get', { errors: [error(null, 400, 'Empty value')] })));
  });

  it('reordered errors: no change; several codes are reported in code order', () => {
    none(diff(spec('crm.deal.get', { errors: [error('A'), error('B')] }), spec('crm.deal.get', { errors: [error('B'), error('A')] })));
    expect(rulesAndPaths(diff(spec('crm.deal.get'), spec('crm.deal.get', { errors: [error('Z_CODE'), error('A_CODE')] })))).toEqual([
      ['error-added', 'errors.A_CODE'],
      ['error-added', 'errors.Z_CODE'],
    ]);
  });
});

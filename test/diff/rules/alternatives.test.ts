import { describe, expect, it } from 'vitest';
import { alternative, diff, none, only, param, spec } from '../spec-builder.ts';

const params = [param('IBLOCK_ID'), param('IBLOCK_CODE')];

describe('alternatives rules', () => {
  it('alternative-added (breaking)', () => {
    const c = only(
      diff(spec('lists.get', { params }), spec('lists.get', { params, alternatives: [alternative('IBLOCK_CODE', 'IBLOCK_ID')] })),
      'alternative-added',
      'params',
    );
    expect(c).toMatchObject({ severity: 'breaking', new: ['IBLOCK_CODE', 'IBLOCK_ID'] });
  });

  it('alternative-removed (info)', () => {
    const c = only(
      diff(spec('lists.get', { params, alternatives: [alternative('IBLOCK_CODE', 'IBLOCK_ID')] }), spec('lists.get', { params })),
      'alternative-removed',
      'params',
    );
    expect(c).toMatchObject({ severity: 'info', old: ['IBLOCK_CODE', 'IBLOCK_ID'] });
  });

  it('the same group in another letter case is no change', () => {
    none(
      diff(
        spec('lists.get', { params, alternatives: [alternative('IBLOCK_CODE', 'IBLOCK_ID')] }),
        spec('lists.get', { params, alternatives: [alternative('iblock_code', 'iblock_id')] }),
      ),
    );
  });
});

/** alternatives.ts: "either `A` or `B`" prose that makes alternative params optional. */
import { describe, expect, it } from 'vitest';
import { alternativeGroups } from '../../../../generator/sources/yfm/extract/alternatives.ts';
import { fieldsOf, param, specOf } from '../../../support/yfm-corpus.ts';

describe('alternativeGroups', () => {
  it('lists.delete: "At least one of the parameters must be specified: `IBLOCK_ID` or `IBLOCK_CODE`" unstars both', () => {
    expect(alternativeGroups('At least one of the parameters must be specified: `IBLOCK_ID` or `IBLOCK_CODE`')).toEqual([['IBLOCK_ID', 'IBLOCK_CODE']]);
    expect(alternativeGroups('either the `employeeId`, `employeeCode`, or `userId` parameter')).toEqual([['employeeId', 'employeeCode', 'userId']]);
    const s = specOf('api-reference/lists/lists/lists-delete.md');
    expect(param(s, 'IBLOCK_ID').required).toBe(false);
    expect(param(s, 'IBLOCK_CODE').required).toBe(false);
    expect(param(s, 'IBLOCK_TYPE_ID').required).toBe(true);
  });

  it('sign.b2e.document.send: "Pass either the `uuid` or `crmId` parameter." under a nested table unstars both', () => {
    const s = specOf('api-reference/sign/sign-b2e-document-send.md');
    const company = s.types.flatMap((t) => fieldsOf(t.type)).filter((f) => f.name === 'uuid' || f.name === 'crmId');
    expect(company.length).toBe(2);
    expect(company.every((f) => f.required === false)).toBe(true);
  });
});

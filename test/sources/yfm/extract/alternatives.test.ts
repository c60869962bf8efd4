/** alternatives.ts: prose that states required alternatives ("at least one of", "pass either", "required if … is not provided"). */
import { describe, expect, it } from 'vitest';
import { alternativeGroups, alternativesAmong, requiredUnless } from '../../../../generator/sources/yfm/extract/alternatives.ts';
import { fieldsOf, param, specOf } from '../../../support/yfm-corpus.ts';

const row = (name: string, description = '', line = 1) => ({ name, required: true as const, description, source: { file: 'p.md', line } });

describe('alternativeGroups', () => {
  it('reads the wordings of the corpus as they are written', () => {
    // lists.*, telephony.externalCall.*, messageservice.sender.update, sale.paysystem.pay.invoice, im.notify.delete, imbot.v2.Bot.get
    expect(alternativeGroups('At least one of the parameters must be specified: `IBLOCK_ID` or `IBLOCK_CODE`')).toEqual([['IBLOCK_ID', 'IBLOCK_CODE']]);
    expect(alternativeGroups('At least one of the parameters: `IBLOCK_ID` or `IBLOCK_CODE` must be specified.')).toEqual([['IBLOCK_ID', 'IBLOCK_CODE']]);
    expect(alternativeGroups('The request must include `CODE` and at least one of the parameters `HANDLER`, `NAME`, or `DESCRIPTION`.')).toEqual([
      ['HANDLER', 'NAME', 'DESCRIPTION'],
    ]);
    expect(alternativeGroups('Pass either the `employeeId`, `employeeCode`, or `userId` parameter.')).toEqual([['employeeId', 'employeeCode', 'userId']]);
    expect(alternativeGroups('You must provide either the `PAY_SYSTEM_ID` parameter or the `BX_REST_HANDLER` parameter:')).toEqual([
      ['PAY_SYSTEM_ID', 'BX_REST_HANDLER'],
    ]);
    expect(alternativeGroups('Pass one of the parameters: `ID`, `TAG`, or `SUB_TAG`')).toEqual([['ID', 'TAG', 'SUB_TAG']]);
    expect(alternativeGroups('You must provide one of the parameters: `botId` or `code`.')).toEqual([['botId', 'code']]);
  });

  it('does not take a choice the page leaves free for a requirement', () => {
    // lists.field.add: "you can use either `LIST`, `LIST_TEXT_VALUES`, or both parameters together".
    expect(alternativeGroups('When creating a List type field, you can use either `LIST`, `LIST_TEXT_VALUES`, or both parameters together.')).toEqual([]);
    expect(alternativeGroups('Use either `searchQuery` for substring search or `name` for exact match search.')).toEqual([]);
    expect(alternativeGroups('Semantic code of the stage. It can be either `SUCCESS` or `FAIL`.')).toEqual([]);
  });
});

describe('requiredUnless', () => {
  it('im.chat.*: "Required if `DIALOG_ID` is not provided" names the other member', () => {
    expect(requiredUnless('Identifier of the chat. Required if `DIALOG_ID` is not provided.')).toEqual(['DIALOG_ID']);
    expect(requiredUnless('Required if the `companyUuid` parameter is not provided')).toEqual(['companyUuid']);
    expect(requiredUnless('Required if `afterCursor` is specified')).toEqual([]);
  });
});

describe('alternativesAmong', () => {
  it('keeps a group only when every member is a row, once per set, with the line that states it', () => {
    const rows = [row('CHAT_ID', 'Required if `DIALOG_ID` is not provided', 10), row('DIALOG_ID', 'Required if `CHAT_ID` is not provided', 12), row('MESSAGE')];
    expect(alternativesAmong(rows, [{ text: 'At least one of the parameters must be specified: `MESSAGE` or `ATTACH`', file: 'p.md', line: 20 }])).toEqual([
      { names: ['CHAT_ID', 'DIALOG_ID'], from: 'row', file: 'p.md', line: 10 },
    ]);
  });
});

describe('spec alternatives from pages', () => {
  it('lists.delete: the group is recorded and both members are optional', () => {
    const s = specOf('api-reference/lists/lists/lists-delete.md');
    expect(param(s, 'IBLOCK_ID').required).toBe(false);
    expect(param(s, 'IBLOCK_CODE').required).toBe(false);
    expect(param(s, 'IBLOCK_TYPE_ID').required).toBe(true);
    expect(s.alternatives.map((a) => [a.id, a.params, a.source.how])).toEqual([['alt:IBLOCK_CODE|IBLOCK_ID', ['IBLOCK_CODE', 'IBLOCK_ID'], 'read']]);
  });

  it('sign.b2e.document.send: "Pass either the `uuid` or `crmId` parameter." under the company table of fields', () => {
    const s = specOf('api-reference/sign/sign-b2e-document-send.md');
    const company = s.types.flatMap((t) => fieldsOf(t.type)).filter((f) => f.name === 'uuid' || f.name === 'crmId');
    expect(company.length).toBe(2);
    expect(company.every((f) => f.required === false)).toBe(true);
    expect(s.alternatives.map((a) => a.id)).toContain('alt:fields.company.crmId|fields.company.uuid');
  });

  it('vote.AttachedVote.vote: "three options for calling the method" — a call carries one variant\'s own first param (inferred)', () => {
    // Options: 1. `attachId*`; 2. `moduleId*`, `entityType*`, `entityId*`; 3. `signedAttachId*`; `ballot*` in all.
    const s = specOf('api-reference/vote/vote.attachedvote.vote.md');
    expect(s.alternatives.map((a) => [a.id, a.source.how, a.source.evidence])).toEqual([['alt:attachId|moduleId|signedAttachId', 'inferred', 'call-variants']]);
    expect(param(s, 'ballot').required).toBe(true);
  });
});

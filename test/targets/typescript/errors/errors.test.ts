/** The errors part: error-code consts with their union type, and src/errors.ts with or without catalogues. */
import { describe, expect, it } from 'vitest';
import { FileContext } from '../../../../generator/targets/typescript/common/file-context.ts';
import { errorCodeStatements } from '../../../../generator/targets/typescript/errors/codes.ts';
import { emitErrorsFile } from '../../../../generator/targets/typescript/errors/file.ts';
import { planOf, printed } from '../../given.ts';

const source = { file: 'x.md', how: 'read' as const };

describe('errors part', () => {
  it('declares documented codes once, sorted, as a const and a union type; uncoded errors go to the doc', () => {
    const file = new FileContext('src/methods/crm.ts');
    const text = printed(
      errorCodeStatements(
        'CrmDealGetErrorCode',
        [
          { id: 'e1', code: 'NOT_FOUND', status: 404, message: 'Not found', source },
          { id: 'e2', code: 'ACCESS_DENIED', status: 403, message: 'Access denied', source },
          { id: 'e3', code: 'NOT_FOUND', status: 400, message: 'Not found again', source },
          { id: 'e4', code: null, status: 400, message: 'ID is not defined', source },
        ],
        '`crm.deal.get`',
        file,
      ),
    );
    expect(text.indexOf('ACCESS_DENIED: "ACCESS_DENIED"')).toBeLessThan(text.indexOf('NOT_FOUND: "NOT_FOUND"'));
    expect(text).toContain('- HTTP 400 — ID is not defined');
    expect(text).toContain('export type CrmDealGetErrorCode = (typeof CrmDealGetErrorCode)[keyof typeof CrmDealGetErrorCode];');
    expect(file.exports).toEqual([{ name: 'CrmDealGetErrorCode', kind: 'const', file: 'src/methods/crm.ts', signature: '{ ACCESS_DENIED, NOT_FOUND }' }]);
  });

  it('declares nothing for a method without codes', () => {
    expect(errorCodeStatements('X', [], 'x', new FileContext('src/x.ts'))).toEqual([]);
  });

  it('keeps SystemErrorCode and VibeSystemErrorCode when no catalogue is given, typed never', () => {
    const text = printed(emitErrorsFile(planOf([])).statements);
    expect(text).toContain('export const SystemErrorCode = {} as const;');
    expect(text).toContain('export type VibeSystemErrorCode = never;');
  });
});

/** The REST system-error catalogue (common/rest-system-errors.ts) and the matching of reworded explanations. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorCatalogue } from '../../../generator/spec/schema.ts';
import { matchSystemError, REST_SYSTEM_ERRORS } from '../../../generator/sources/common/rest-system-errors.ts';
import { requireShared, SHARED } from '../../support/shared.ts';

describe('REST system-error catalogue', () => {
  it('holds the 15 documented codes once each', () => {
    ErrorCatalogue.parse(REST_SYSTEM_ERRORS);
    expect(REST_SYSTEM_ERRORS).toMatchObject({ id: 'rest-system-errors', api: 'rest' });
    const codes = REST_SYSTEM_ERRORS.errors.map((e) => e.code);
    expect(codes).toHaveLength(15);
    expect(new Set(codes).size).toBe(15);
    expect(REST_SYSTEM_ERRORS.errors.find((e) => e.code === 'QUERY_LIMIT_EXCEEDED')).toMatchObject({ status: 503, message: 'Too many requests' });
    expect(REST_SYSTEM_ERRORS.errors.every((e) => e.source.file === '_includes/system-errors.md' && e.source.how === 'read')).toBe(true);
  });

  it('cites the lines of the include that hold each code', () => {
    const lines = readFileSync(requireShared(join(SHARED.corpus, '_includes/system-errors.md')), 'utf8').split('\n');
    for (const e of REST_SYSTEM_ERRORS.errors) expect(lines[e.source.line! - 1]).toContain(`\`${e.code}\``);
  });

  it('recognises reworded explanations and rejects method errors', () => {
    expect(matchSystemError('The methods must be called using the HTTPS protocol')?.code).toBe('INVALID_REQUEST');
    expect(matchSystemError('The current method is not allowed to be called using batch')?.code).toBe('ERROR_BATCH_METHOD_NOT_ALLOWED');
    expect(matchSystemError('The user whose access token or webhook was used to call the method lacks permissions')?.code).toBe('INVALID_CREDENTIALS');
    expect(matchSystemError('The provided access token has expired')?.code).toBe('expired_token');
    expect(matchSystemError('The user does not have permission to read companies')).toBeUndefined();
    expect(matchSystemError('A non-array value was passed to the')).toBeUndefined();
    expect(matchSystemError('')).toBeUndefined();
  });
});

/** The vibe part: the VibeOperations map, with path/query/body as the plan places them. */
import { describe, expect, it } from 'vitest';
import { emitVibeOperationsFile } from '../../../../generator/targets/typescript/vibe/operations-file.ts';
import { method, param, planOf, printed } from '../../given.ts';

describe('vibe part', () => {
  it('maps each operation key to its parts; absent path/query are {} and an absent body is never', () => {
    const plan = planOf([
      method({ api: 'vibe', method: 'contacts.get', http: { verb: 'GET', path: '/v1/contacts/{id}' }, params: [param('id', { in: 'path' })] }),
      method({ api: 'vibe', method: 'contacts.add', http: { verb: 'POST', path: '/v1/contacts' }, params: [param('name')] }),
    ]);
    const text = printed(emitVibeOperationsFile(plan).statements);
    expect(text).toContain("import type * as contacts from './vibe/contacts.js';");
    expect(text).toMatch(/"GET \/v1\/contacts\/\{id\}": \{\s*path: contacts\.VibeContactsGetPath;\s*query: \{\};\s*body: never;/);
    expect(text).toMatch(/"POST \/v1\/contacts": \{\s*path: \{\};\s*query: \{\};\s*body: contacts\.VibeContactsAddBody;/);
    expect(text).toMatch(/errorCode: VibeSystemErrorCode;\s*list: never;/);
  });
});

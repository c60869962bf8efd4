// The README's "Mock portal" example, run as written (only the import paths differ: ../../ here, ./ there);
// the last test checks the README still shows exactly this code.
import { readFileSync } from 'node:fs';
import { expect as expectReadme, it as itReadme } from 'vitest';
// README:begin
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMockPortal, type MockPortal } from '../../generator/mock/index.ts';
import { createClient } from '../../generated/src/index.ts';

let portal: MockPortal;
beforeAll(async () => (portal = await createMockPortal({ specs: 'specs', only: ['crm.contact'] })));
afterAll(() => portal.close());

it('retries a throttled call', async () => {
  portal.inject('crm.contact.get=QUERY_LIMIT_EXCEEDED*1'); // the next call answers 503
  const b24 = createClient({ webhookUrl: portal.webhookUrl });
  expect((await b24.call('crm.contact.get', { id: 5 })).ID).toBe('5');
  expect(portal.requests.map((r) => r.status)).toEqual([503, 200]);
});
// README:end

itReadme('the README shows this example', () => {
  const own = readFileSync(new URL(import.meta.url), 'utf8');
  const code = own.slice(own.indexOf('// README:begin\n') + 16, own.indexOf('// README:end')).replaceAll('../../', './');
  expectReadme(readFileSync('README.md', 'utf8')).toContain(code);
});

/**
 * An app that calls one method bundles the runtime core and nothing of the other 1,700 methods: no
 * other method's error codes, no zod, no Vibe client. Sizes are reported by `npm run bench`, not tested.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../targets/helpers.ts';

async function bundle(source: string): Promise<string> {
  const out = await build({
    stdin: { contents: source, resolveDir: ROOT, sourcefile: 'app.ts', loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return Buffer.from(out.outputFiles[0]!.contents).toString('utf8');
}

const entry = JSON.stringify(join(ROOT, 'generated/src/index.ts'));

describe('tree-shaking of the generated package', () => {
  it('keeps a one-method REST app to the runtime core', async () => {
    const code = await bundle(`import { createClient } from ${entry};
const b24 = createClient({ webhookUrl: 'https://example.bitrix24.com/rest/1/secret/' });
console.log(await b24.call('crm.contact.get', { id: 23 }));`);
    expect(code).toContain('crm.contact.get');
    for (const foreign of ['ERROR_BATCH_METHOD_NOT_ALLOWED', 'ENTITY_NOT_FOUND', 'ZodError', 'vibecode.bitrix24.tech']) {
      expect(code.includes(foreign), foreign).toBe(false);
    }
  });

  it('bundles an error-code enum only when the app imports it', async () => {
    const code = await bundle(`import { SystemErrorCode } from ${entry};
console.log(SystemErrorCode.QUERY_LIMIT_EXCEEDED);`);
    expect(code).toContain('QUERY_LIMIT_EXCEEDED');
    expect(code.includes('oauth.bitrix.info')).toBe(false);
  });
});

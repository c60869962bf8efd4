// `import { createMockPortal } from 'b24gen/mock'` from a user's project where b24gen sits in node_modules:
// package.json's `exports['./mock']` points at the TypeScript entry, which vitest compiles (it inlines .ts
// files, even under node_modules). The project links b24gen and vitest into its node_modules and keeps the
// link paths (preserveSymlinks), so the import resolves through node_modules/b24gen as after an install.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

let dir = '';
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

it("a user's vitest test imports the mock as 'b24gen/mock'", async () => {
  dir = await mkdtemp(join(tmpdir(), 'b24gen-mock-user-'));
  await mkdir(join(dir, 'node_modules'));
  await symlink(resolve('.'), join(dir, 'node_modules', 'b24gen'));
  await symlink(resolve('node_modules/vitest'), join(dir, 'node_modules', 'vitest'));
  await writeFile(join(dir, 'package.json'), '{ "name": "user-project", "type": "module" }\n');
  await writeFile(join(dir, 'vitest.config.mjs'), 'export default { resolve: { preserveSymlinks: true }, test: { testTimeout: 120_000 } };\n');
  await writeFile(
    join(dir, 'app.test.ts'),
    [
      "import { expect, it } from 'vitest';",
      "import { createMockPortal } from 'b24gen/mock';",
      "it('answers', async () => {",
      "  const portal = await createMockPortal({ specs: 'node_modules/b24gen/specs', only: ['crm.contact'] });",
      '  const r = await fetch(`${portal.webhookUrl}crm.contact.get?id=3`);',
      "  expect((await r.json()).result.ID).toBe('3');",
      '  await portal.close();',
      '});',
      '',
    ].join('\n'),
  );
  const { stdout } = await promisify(execFile)(process.execPath, [resolve('node_modules/vitest/vitest.mjs'), 'run'], {
    cwd: dir,
    env: { ...process.env, CI: '1' },
  });
  expect(stdout).toMatch(/1 passed/);
});

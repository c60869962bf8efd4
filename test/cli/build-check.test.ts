/** `b24gen build --check`: writes nothing, exits 0 when specs/ and generated/ are what the inputs give, 1 naming each stale file. */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../generator/write/atomic-tree.ts';

const run = promisify(execFile);
const BIN = resolve('generator/cli/bin.mjs');

async function b24gen(args: string[]) {
  try {
    const r = await run(process.execPath, [BIN, ...args], { maxBuffer: 64 << 20 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

let tmp: string;
let args: string[];
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'b24gen-check-'));
  // A shared folder holding only the seed pages: a whole build in seconds.
  await mkdir(join(tmp, 'shared'), { recursive: true });
  await cp(resolve('test/fixtures/seeds'), join(tmp, 'shared', 'seeds'), { recursive: true });
  args = ['--shared', join(tmp, 'shared'), '--specs', join(tmp, 'specs'), '--out', join(tmp, 'gen'), '-q'];
  const built = await b24gen(['build', ...args]);
  expect(built.code).toBe(0);
}, 120_000);
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('b24gen build --check', () => {
  it('exits 0 on fresh output and writes nothing', async () => {
    const before = await listFiles(tmp);
    const r = await b24gen(['build', '--check', ...args]);
    expect(r.code).toBe(0);
    expect(await listFiles(tmp)).toEqual(before);
  }, 120_000);

  it('exits 1 naming a changed, a deleted and a foreign file', async () => {
    const spec = join(tmp, 'specs', 'rest', 'crm', 'crm.contact.get.json');
    await writeFile(spec, (await readFile(spec, 'utf8')).replace('"title": "', '"title": "edited '));
    await rm(join(tmp, 'gen', 'api.md'));
    await writeFile(join(tmp, 'gen', 'notes.txt'), 'mine');
    // What users' tools leave inside a package folder is not ours to judge.
    await mkdir(join(tmp, 'gen', 'node_modules', 'x'), { recursive: true });
    await writeFile(join(tmp, 'gen', 'node_modules', 'x', 'index.js'), '');
    const r = await b24gen(['build', '--check', ...args]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${spec}: differs from what the inputs give`);
    expect(r.stderr).toContain(`${join(tmp, 'gen', 'api.md')}: missing`);
    expect(r.stderr).toContain(`${join(tmp, 'gen', 'notes.txt')}: not written by b24gen build`);
    expect(r.stderr).not.toContain('node_modules');
    expect(r.stderr).toContain('3 file(s) stale');
  }, 120_000);
});

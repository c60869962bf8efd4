import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listFiles } from '../../generator/write/atomic-tree.ts';

const run = promisify(execFile);
const BIN = resolve('generator/cli/bin.mjs');
const SEEDS = resolve('test/fixtures/seeds');

async function b24gen(args: string[], env: Record<string, string> = {}) {
  try {
    const r = await run(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'b24gen-cli-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('b24gen CLI', () => {
  it('ends quietly with its own exit code when the reader of its output stops early (`| head`)', async () => {
    // `report --json` on the committed specs/ writes ~700 KB, far more than a pipe holds: the reader closes
    // the pipe after the first chunk and the next write meets EPIPE.
    const child = spawn(process.execPath, [BIN, 'report', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });

  it('explains itself', async () => {
    const top = await b24gen(['--help']);
    expect(top.code).toBe(0);
    for (const cmd of ['parse', 'generate', 'build', 'report', 'schema']) expect(top.stdout).toContain(cmd);
    const parse = await b24gen(['parse', '--help']);
    expect(parse.stdout).toMatch(/--out <dir>/);
  });

  it('parses the seeds into specs and generates a package from them', async () => {
    const specs = join(tmp, 'specs');
    const out = join(tmp, 'generated');
    const p = await b24gen(['parse', SEEDS, '--out', specs]);
    expect(p.stderr).toMatch(/wrote 5 specs from 5 pages/);
    expect(p.code).toBe(0);
    const files = await listFiles(specs);
    expect(files).toEqual(
      expect.arrayContaining([
        'index.json',
        'spec.schema.json',
        'rest/crm/crm.contact.get.json',
        'rest/crm/crm.contact.list.json',
        'vibe/get_v1_contacts_id.json',
      ]),
    );
    const g = await b24gen(['generate', '--specs', specs, '--out', out]);
    expect(g.code, g.stderr).toBe(0);
    expect(await listFiles(out)).toEqual(expect.arrayContaining(['package.json', 'src/index.ts', 'src/methods.ts']));
    const report = await b24gen(['report', '--specs', specs, '--json']);
    expect(JSON.parse(report.stdout).totals.methods).toBe(5);
  });

  it('rejects bad input naming the file, and leaves the output as it was', async () => {
    const specs = join(tmp, 'kept');
    await mkdir(specs);
    await writeFile(join(specs, 'marker.json'), '{}');
    const bad = join(tmp, 'bad');
    await mkdir(bad);
    await cp(join(SEEDS, 'crm.contact.get.txt'), join(bad, 'crm.contact.get.txt'));
    await writeFile(join(bad, 'binary.txt'), Buffer.from([0x89, 0x50, 0x00, 0x01]));
    await writeFile(join(bad, 'prose.txt'), 'Just some words.\nNothing that looks like a method page.\n');
    const r = await b24gen(['parse', bad, '--out', specs]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\/binary\.txt: not a text file/);
    expect(r.stderr).toMatch(/bad\/prose\.txt: no reader recognises this page/);
    expect(await listFiles(specs)).toEqual(['marker.json']);
  });

  it('names the file and field of an invalid spec given to generate', async () => {
    const specs = join(tmp, 'broken-specs');
    await b24gen(['parse', join(SEEDS, 'crm.lead.get.txt'), '--out', specs]);
    const file = join(specs, 'rest/crm/crm.lead.get.json');
    const json = JSON.parse(await readFile(file, 'utf8'));
    json.params = 'nope';
    await writeFile(file, JSON.stringify(json));
    const r = await b24gen(['generate', '--specs', specs, '--out', join(tmp, 'never')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/crm\.lead\.get\.json: does not match the spec schema: params/);
    await expect(listFiles(join(tmp, 'never'))).rejects.toThrow();
  });

  it('gives the same bytes whatever the time zone and locale', async () => {
    const a = join(tmp, 'tz-a');
    const b = join(tmp, 'tz-b');
    const seeds = (await listFiles(SEEDS)).map((f) => join(SEEDS, f));
    await b24gen(['parse', ...seeds, '--out', a], { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' });
    await b24gen(['parse', ...[...seeds].reverse(), '--out', b], { TZ: 'Asia/Kolkata', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' });
    expect((await listFiles(a)).length).toBeGreaterThan(5);
    const fa = await listFiles(a);
    expect(await listFiles(b)).toEqual(fa);
    for (const f of fa) expect(await readFile(join(b, f), 'utf8'), f).toBe(await readFile(join(a, f), 'utf8'));
  });
});

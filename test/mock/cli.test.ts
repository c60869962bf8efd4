// `b24gen mock` as a user starts it: `--port 0`, the URLs on stdout, answers over HTTP, stops on SIGINT.
import { spawn } from 'node:child_process';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const BIN = resolve('generator/cli/bin.mjs');

describe('b24gen mock', () => {
  it('explains itself', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [BIN, 'mock', '--help']);
    for (const opt of ['--port', '--specs', '--records', '--seed', '--fault', '--only', 'QUERY_LIMIT_EXCEEDED', 'X-Mock-Fault']) expect(stdout).toContain(opt);
  });

  it('starts on a free port, answers a webhook call and an injected fault, and stops on SIGINT', async () => {
    const child = spawn(process.execPath, [BIN, 'mock', '--port', '0', '--only', 'crm.contact', '--fault', 'crm.contact.list=QUERY_LIMIT_EXCEEDED*1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const webhook = await new Promise<string>((ok, fail) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /webhook\s+(\S+)/.exec(out);
        if (m && out.includes('Ctrl-C')) ok(m[1]!);
      });
      child.on('exit', (code) => fail(new Error(`exited ${code}: ${out}`)));
    });
    expect(out).toMatch(/21 REST, 0 REST 3.0 and 0 Vibe methods, ready in \d+ ms/);
    const get = await fetch(`${webhook}crm.contact.get.json?id=7`);
    expect(get.status).toBe(200);
    expect(((await get.json()) as { result: { ID: string } }).result.ID).toBe('7');
    const limited = await fetch(`${webhook}crm.contact.list`, { method: 'POST' });
    expect([limited.status, ((await limited.json()) as { error: string }).error]).toEqual([503, 'QUERY_LIMIT_EXCEEDED']);
    const list = (await (await fetch(`${webhook}crm.contact.list`, { method: 'POST' })).json()) as { total: number; next: number };
    expect([list.total, list.next]).toEqual([120, 50]);
    const code = await new Promise<number | null>((ok) => {
      child.on('exit', ok);
      child.kill('SIGINT');
    });
    expect(code).toBe(0);
  });
});

/** `b24gen conformance` as a user runs it: a report on stdout, exit 0 with mismatches, non-zero on usage errors. */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specSetToFiles } from '../../generator/spec/spec-set.ts';
import { loadFixtureSet, writeGenerated } from './helpers.ts';

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

let tmp = '';
let specs = '';
let generated = '';

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'b24gen-conformance-cli-'));
  const set = await loadFixtureSet();
  specs = join(tmp, 'specs');
  for (const [rel, text] of specSetToFiles(set)) {
    await mkdir(dirname(join(specs, rel)), { recursive: true });
    await writeFile(join(specs, rel), text);
  }
  generated = await writeGenerated(set);
});

afterAll(async () => {
  for (const d of [tmp, generated]) if (d) await rm(d, { recursive: true, force: true });
});

describe('b24gen conformance', () => {
  it('prints a summary and one `file:line: method: …` line per mismatch, and exits 0', async () => {
    const r = await b24gen(['conformance', '--specs', specs, '--generated', generated]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^checked 12 request examples: 4 conform, 8 with 11 mismatch\(es\)$/m);
    expect(r.stdout).toMatch(/^time: [\d.]+s \(specs [\d.]+s, compile [\d.]+s in \d+ round\(s\); 1 files, 11 statements\)$/m);
    expect(r.stdout).toContain('demo/item-add.md:60: demo.item.add: fields.COLOR: ');
    expect(r.stdout).toContain('demo/ping.md:15: demo.ping: verbose: ');
  });

  it('prints JSON and markdown', async () => {
    const j = await b24gen(['conformance', '--specs', specs, '--generated', generated, '--json']);
    expect(j.code).toBe(0);
    const report = JSON.parse(j.stdout) as { checked: number; passed: number; mismatches: unknown[]; timing: { rounds: number } };
    expect([report.checked, report.passed, report.mismatches.length]).toEqual([12, 4, 11]);
    expect(report.timing.rounds).toBeGreaterThan(0);
    const md = await b24gen(['conformance', '--specs', specs, '--generated', generated, '--markdown']);
    expect(md.stdout).toMatch(/^# Doc-example conformance/);
    expect(md.stdout).toContain('| demo/item-add.md:60 | demo.item.add | request:unknown-key | `fields.COLOR` | unknown-property | doc-bug |');
  });

  it('checks the response examples with --responses, and only the named methods with --method', async () => {
    const r = await b24gen(['conformance', '--specs', specs, '--generated', generated, '--responses', '--method', 'demo.item.read']);
    expect(r.code, r.stderr).toBe(0);
    // demo.item.read: 6 response examples parse (fixtures/demo.item.read.json), 4 of them break it in 11 ways.
    // The fixture is not linked, so its numbers and flags have no wire record and admit both forms
    // ("ID": "43" and "OPENED": "N" conform); null, [] and a string total are still wire forms.
    expect(r.stdout).toMatch(/^checked 6 response examples: 2 conform, 4 with 11 mismatch\(es\)$/m);
    expect(r.stdout).toMatch(/^by verdict: doc-bug 3, parser-bug 5, wire 3$/m);
    expect(r.stdout).toContain('demo/item-read.md:50: demo.item.read: result.TITLE: ');
    const help = await b24gen(['conformance', '--help']);
    expect(help.stdout).toContain('--responses');
  });

  it('fails on usage errors: conflicting formats, a folder that is no generated package', async () => {
    const both = await b24gen(['conformance', '--specs', specs, '--generated', generated, '--json', '--markdown']);
    expect(both.code).not.toBe(0);
    const missing = await b24gen(['conformance', '--specs', specs, '--generated', join(tmp, 'nope')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/not a generated package/);
    const noSpecs = await b24gen(['conformance', '--specs', join(tmp, 'nope'), '--generated', generated]);
    expect(noSpecs.code).toBe(1);
  });
});

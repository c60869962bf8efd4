/**
 * `b24gen diff` as users run it: the bin on two docs folders (test/fixtures/diff/pages: one page edited by
 * hand — TITLE made required, OWNER_ID renamed ownerId, COLOR gained `green`, ERROR_LIMIT documented), on
 * two specs folders, on two packages' api.md; every format, the exit codes, the config file, --schema.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiffReport } from '../../generator/diff/report-schema.ts';
import { RULES } from '../../generator/diff/rules/index.ts';
import { specSetToFiles } from '../../generator/spec/spec-set.ts';
import { requireShared, SHARED } from '../support/shared.ts';
import { param, spec, specSet, str } from './spec-builder.ts';

const run = promisify(execFile);
const BIN = resolve('generator/cli/bin.mjs');
const PAGES = resolve('test/fixtures/diff/pages');

async function b24gen(args: string[], cwd = process.cwd()) {
  try {
    const r = await run(process.execPath, [BIN, ...args], { cwd, maxBuffer: 64 << 20 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'b24gen-diff-cli-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const docsArgs = () => [join(PAGES, 'old'), join(PAGES, 'new')];

describe('b24gen diff on two docs folders', () => {
  it('json: the four changes the page edit made, valid against the published schema', async () => {
    const r = await b24gen(['diff', ...docsArgs(), '--format', 'json', '-q']);
    expect(r.code).toBe(0);
    const report = DiffReport.parse(JSON.parse(r.stdout));
    expect(report.changes.map((c) => [c.severity, c.method, c.rule, c.path])).toEqual([
      ['breaking', 'demo.widget.add', 'param-became-required', 'params.TITLE'],
      ['breaking', 'demo.widget.add', 'param-renamed', 'params.ownerId'],
      ['info', 'demo.widget.add', 'error-added', 'errors.ERROR_LIMIT'],
      ['info', 'demo.widget.add', 'param-enum-value-added', 'params.COLOR'],
    ]);
    const required = report.changes[0]!;
    expect(required).toMatchObject({ old: false, new: true, oldSource: { line: 14 }, newSource: { line: 14 } });
    expect(report.changes[3]).toMatchObject({ new: 'green' });
    expect(report.summary).toMatchObject({ breaking: 2, warning: 0, info: 2, semver: 'major' });
  });

  it('is byte-identical across runs, and the fingerprints are stable', async () => {
    const a = await b24gen(['diff', ...docsArgs(), '--format', 'json', '-q']);
    const b = await b24gen(['diff', ...docsArgs(), '--format', 'json', '-q']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('--fail-on: exit 1 at or above the level, 0 below it', async () => {
    expect((await b24gen(['diff', ...docsArgs(), '--fail-on', 'breaking', '-q'])).code).toBe(1);
    expect((await b24gen(['diff', join(PAGES, 'new'), join(PAGES, 'new'), '--fail-on', 'info', '-q'])).code).toBe(0);
  });

  it('markdown, githubactions and junit say the same changes in their own forms', async () => {
    const md = (await b24gen(['diff', ...docsArgs(), '--format', 'markdown', '-q'])).stdout;
    expect(md).toContain('### Breaking');
    expect(md).toContain('#### demo');
    expect(md).toContain('`demo.widget.add`: param TITLE became required (`param-became-required`)');
    expect(md).toContain('The package needs a **major** release.');

    const gha = (await b24gen(['diff', ...docsArgs(), '--format', 'githubactions', '-q'])).stdout.trim().split('\n');
    expect(gha[0]).toBe('::error file=new/demo-widget-add.md,line=14,title=param-became-required (breaking)::demo.widget.add: param TITLE became required');
    expect(gha.filter((l) => l.startsWith('::notice file='))).toHaveLength(2);

    const junit = (await b24gen(['diff', ...docsArgs(), '--format', 'junit', '--fail-on', 'warning', '-q'])).stdout;
    expect(junit).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="b24gen diff" tests="4" failures="2">/);
    expect(junit.match(/<failure /g)).toHaveLength(2);
  });

  it('a config file overrides severities and ignores changes by fingerprint', async () => {
    const report = DiffReport.parse(JSON.parse((await b24gen(['diff', ...docsArgs(), '--format', 'json', '-q'])).stdout));
    const renamed = report.changes.find((c) => c.rule === 'param-renamed')!;
    const dir = join(tmp, 'config');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'b24gen.config.json'), JSON.stringify({ diff: { severity: { 'param-became-required': 'warning' }, ignore: [renamed.id] } }));
    const r = await b24gen(['diff', ...docsArgs(), '--format', 'json', '--fail-on', 'breaking', '-q'], dir);
    expect(r.code).toBe(0);
    const got = DiffReport.parse(JSON.parse(r.stdout));
    expect(got.changes.map((c) => [c.rule, c.severity])).toEqual([
      ['param-became-required', 'warning'],
      ['error-added', 'info'],
      ['param-enum-value-added', 'info'],
    ]);
    expect(got.summary.ignored).toBe(1);
  });

  it('a TypeScript config named with --config is loaded (the CLI runs bundled, with no loader registered)', async () => {
    const file = join(tmp, 'severity.config.mts');
    await writeFile(file, "const rule: string = 'param-made-required';\nexport default { diff: { severity: { [rule]: 'info' } } };\n");
    const r = await b24gen(['diff', ...docsArgs(), '--config', file, '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: diff.severity names no rule: param-made-required`);
  });

  it('a config naming no rule is an error naming the file (exit 2)', async () => {
    const file = join(tmp, 'bad.config.json');
    await writeFile(file, JSON.stringify({ diff: { severity: { 'param-made-required': 'info' } } }));
    const r = await b24gen(['diff', ...docsArgs(), '--config', file, '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: diff.severity names no rule: param-made-required`);
  });
});

describe('b24gen diff: tool errors exit 2', () => {
  it('a path that does not exist', async () => {
    const r = await b24gen(['diff', join(tmp, 'nope'), join(PAGES, 'new')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(tmp, 'nope')}: no such file or folder`);
  });

  it('a specs folder with a spec that does not validate', async () => {
    const dir = join(tmp, 'bad-specs');
    const files = specSetToFiles(specSet([spec('demo.widget.add', { params: [param('TITLE', str)] })]));
    for (const [rel, text] of files) {
      await mkdir(join(dir, rel, '..'), { recursive: true });
      await writeFile(join(dir, rel), text);
    }
    await writeFile(join(dir, 'rest/demo/demo.widget.add.json'), '{"specVersion": 2, "id": 1}');
    const r = await b24gen(['diff', dir, dir, '--fail-on', 'breaking']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rest/demo/demo.widget.add.json');
  });

  it('an unknown revision of a repository', async () => {
    const r = await b24gen(['diff', '--repo', requireShared(join(SHARED.root, 'corpus', 'b24restdocs.bundle')), 'no-such-rev', 'HEAD']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown revision no-such-rev');
  });

  it('a bad argument', async () => {
    expect((await b24gen(['diff', ...docsArgs(), '--format', 'yaml'])).code).toBe(2);
    expect((await b24gen(['diff', join(PAGES, 'old')])).code).toBe(2);
  });
});

describe('b24gen diff --surface, --schema, --rules', () => {
  it('--surface: an export removed from api.md is breaking (major)', async () => {
    const text = await readFile(resolve('generated/api.md'), 'utf8');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('- `AccessNameParams` interface'));
    expect(at).toBeGreaterThan(0);
    const before = join(tmp, 'pkg-old');
    const after = join(tmp, 'pkg-new');
    await mkdir(before, { recursive: true });
    await mkdir(after, { recursive: true });
    await writeFile(join(before, 'api.md'), text);
    await writeFile(join(after, 'api.md'), lines.filter((_, i) => i !== at).join('\n'));
    const r = await b24gen(['diff', '--surface', before, after, '--format', 'json', '--fail-on', 'breaking', '-q']);
    expect(r.code).toBe(1);
    const report = DiffReport.parse(JSON.parse(r.stdout));
    expect(report.changes.map((c) => [c.rule, c.method])).toEqual([['export-removed', 'AccessNameParams']]);
    expect(report.summary.semver).toBe('major');
  });

  it('--schema prints the JSON Schema of the json format', async () => {
    type Schema = { $schema: string; $ref: string; $defs: Record<string, { properties: Record<string, unknown> }> };
    const schema = JSON.parse((await b24gen(['diff', '--schema'])).stdout) as Schema;
    expect(schema.$schema).toContain('2020-12');
    expect(schema.$ref).toBe('#/$defs/DiffReport');
    expect(Object.keys(schema.$defs['DiffReport']!.properties)).toEqual(['tool', 'formatVersion', 'old', 'new', 'summary', 'changes']);
    expect(Object.keys(schema.$defs['Change']!.properties)).toContain('oldSource');
  });

  it('--rules lists every rule with its default severity', async () => {
    const out = (await b24gen(['diff', '--rules'])).stdout;
    for (const r of RULES.values()) expect(out).toMatch(new RegExp(`^${r.id} +${r.severity} `, 'm'));
  });
});

import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../generator/diff/fingerprint.ts';
import { RULES } from '../../generator/diff/rules/index.ts';
import { deprecated, diff, error, field, int, list, obj, param, rulesAndPaths, spec, specSet, str, strEnum } from './spec-builder.ts';

// A before/after pair with changes of every severity, in several methods and namespaces.
const before = () =>
  specSet([
    spec('crm.deal.get', { params: [param('id', int, { required: true })], result: obj(field('ID', int), field('TITLE')) }),
    spec('crm.deal.add', { params: [param('fields', obj(field('TITLE')))] }),
    spec('tasks.task.get', { errors: [error('NOT_FOUND', 400)], result: obj(field('status', strEnum('a'))) }),
    spec('user.get'),
  ]);
const after = () =>
  specSet([
    spec('crm.deal.get', { params: [param('id', int, { required: true }), param('select')], result: obj(field('ID', int)) }),
    spec('crm.deal.add', { params: [param('fields', obj(field('TITLE'), field('STAGE_ID', str, { required: true })))] }),
    spec('tasks.task.get', { errors: [error('NOT_FOUND', 404)], result: obj(field('status', strEnum('a', 'b'))), deprecated: deprecated('tasks.task.get2') }),
    spec('user.get'),
    spec('user.current'),
  ]);

const expected: Array<[string, string]> = [
  ['param-added-required', 'params.fields.STAGE_ID'],
  ['result-field-removed', 'result.TITLE'],
  ['method-deprecated', ''],
  ['error-status-changed', 'errors.NOT_FOUND'],
  ['result-enum-value-added', 'result.status'],
  ['param-added-optional', 'params.select'],
  ['method-added', ''],
];

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('diffSpecSets', () => {
  it('sorts by severity, namespace, method, path, rule', () => {
    const r = diff(before(), after());
    expect(rulesAndPaths(r)).toEqual(expected);
    expect(r.changes.map((c) => c.method)).toEqual([
      'crm.deal.add',
      'crm.deal.get',
      'tasks.task.get',
      'tasks.task.get',
      'tasks.task.get',
      'crm.deal.get',
      'user.current',
    ]);
    expect(r.changes.map((c) => c.severity)).toEqual(['breaking', 'breaking', 'warning', 'warning', 'warning', 'info', 'info']);
  });

  it('fingerprints are stable: the same changes with the specs shuffled give the same ids in the same order', () => {
    const first = diff(before(), after());
    for (const seed of [1, 7, 42]) {
      const b = before();
      const a = after();
      const again = diff(specSet(shuffled(b.specs, seed)), specSet(shuffled(a.specs, seed + 1)));
      expect(again.changes.map((c) => c.id)).toEqual(first.changes.map((c) => c.id));
      expect(again).toEqual(first);
    }
    expect(new Set(first.changes.map((c) => c.id)).size).toBe(first.changes.length);
    for (const c of first.changes) expect(c.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('the fingerprint covers rule, method, path and values, not messages or sources', () => {
    const r = diff(spec('crm.deal.get', { file: 'a.md' }), spec('crm.deal.get', { file: 'b.md', deprecated: deprecated('x') }));
    expect(r.changes[0]!.id).toBe(fingerprint(['method-deprecated', 'rest:crm.deal.get', '', undefined, { successor: 'x' }]));
    expect(fingerprint(['a', 'b'])).not.toBe(fingerprint(['a', 'c']));
  });

  it('summary counts and byRule', () => {
    const r = diff(before(), after());
    expect(r.summary).toEqual({
      breaking: 2,
      warning: 3,
      info: 2,
      ignored: 0,
      byRule: {
        'error-status-changed': 1,
        'method-added': 1,
        'method-deprecated': 1,
        'param-added-optional': 1,
        'param-added-required': 1,
        'result-enum-value-added': 1,
        'result-field-removed': 1,
      },
      semver: 'major',
    });
    expect(r).toMatchObject({ tool: 'b24gen diff', formatVersion: 1, old: 'old', new: 'new' });
  });

  it('config: a severity override moves the change and its counts', () => {
    const r = diff(before(), after(), { config: { severity: { 'result-field-removed': 'info', 'method-added': 'breaking' } } });
    expect(r.changes.find((c) => c.rule === 'result-field-removed')!.severity).toBe('info');
    expect(r.changes.find((c) => c.rule === 'method-added')!.severity).toBe('breaking');
    expect(r.summary).toMatchObject({ breaking: 2, warning: 3, info: 2, ignored: 0 });
    // Sorted by the overridden severity.
    expect(rulesAndPaths(r).slice(0, 2)).toEqual([
      ['param-added-required', 'params.fields.STAGE_ID'],
      ['method-added', ''],
    ]);
  });

  it('config: "off" drops a rule and counts it as ignored', () => {
    const r = diff(before(), after(), { config: { severity: { 'result-enum-value-added': 'off', 'method-added': 'off' } } });
    expect(rulesAndPaths(r)).toEqual(expected.filter(([rule]) => rule !== 'result-enum-value-added' && rule !== 'method-added'));
    expect(r.summary).toMatchObject({ breaking: 2, warning: 2, info: 1, ignored: 2 });
    expect(r.summary.byRule['method-added']).toBeUndefined();
  });

  it('config: ignore by fingerprint drops exactly that change', () => {
    const full = diff(before(), after());
    const gone = full.changes.find((c) => c.rule === 'error-status-changed')!;
    const r = diff(before(), after(), { config: { ignore: [gone.id] } });
    expect(r.changes).toEqual(full.changes.filter((c) => c.id !== gone.id));
    expect(r.summary).toMatchObject({ warning: 2, ignored: 1 });
  });

  it('semver: major for breaking, minor for additions, patch for the rest, none for nothing', () => {
    expect(diff(before(), after()).summary.semver).toBe('major');
    expect(diff(specSet([spec('a.b')]), specSet([spec('a.b'), spec('a.c')])).summary.semver).toBe('minor');
    expect(RULES.get('method-added')!.bump).toBe('minor');
    // A warning with a patch bump (scope-changed) and an info with a patch bump (param-became-optional).
    expect(diff(spec('a.b', { scope: ['crm'] }), spec('a.b', { scope: ['user'] })).summary.semver).toBe('patch');
    expect(diff(spec('a.b', { params: [param('x', str, { required: true })] }), spec('a.b', { params: [param('x')] })).summary.semver).toBe('patch');
    expect(diff(spec('a.b'), spec('a.b')).summary).toMatchObject({ semver: 'none', breaking: 0, warning: 0, info: 0 });
  });

  it('semver follows the configured severity: a breaking rule turned to a warning no longer calls for major', () => {
    const r = diff(spec('a.b', { params: [param('x')] }), spec('a.b'), { config: { severity: { 'param-removed': 'warning' } } });
    expect(r.summary).toMatchObject({ breaking: 0, warning: 1, semver: 'patch' });
  });

  it('reports progress per matched method', () => {
    const seen: Array<[number, number]> = [];
    diff(before(), after(), { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });
});

describe('finishReport: duplicates', () => {
  it('the same fact reported twice is one change, and dropping it counts one ignored change', () => {
    const a = spec('crm.deal.list', { list: list({}, ['']) });
    const b = spec('crm.deal.list', { list: list({}, ['', '>', '>']) });
    const r = diff(a, b);
    expect(rulesAndPaths(r)).toEqual([['list-filter-operator-added', 'list.filter.operators']]);
    const dropped = diff(a, b, { config: { ignore: [r.changes[0]!.id] } });
    expect(dropped.changes).toEqual([]);
    expect(dropped.summary).toMatchObject({ ignored: 1, semver: 'none' });
  });
});

import { describe, expect, it } from 'vitest';
import { arr, diff, field, int, none, obj, only, param, rulesAndPaths, spec, specSet, str } from './spec-builder.ts';

const described = (name: string, description: string, type = str) => param(name, type, { description });

describe('matching: identity, case, renames', () => {
  it('a method whose page moved to another file is no change', () => {
    const params = [param('id', int, { required: true })];
    none(
      diff(
        spec('crm.deal.get', { params, file: 'api-reference/crm/deals/crm-deal-get.md' }),
        spec('crm.deal.get', { params, file: 'api-reference/crm/crm-deal-get.md' }),
      ),
    );
  });

  it('methods match by spec id, whatever the order of the sets', () => {
    none(diff(specSet([spec('a.b.c'), spec('a.b.d')]), specSet([spec('a.b.d'), spec('a.b.c')])));
  });

  it('a case-only rename of a param is one param-case-changed; its children are not reported', () => {
    const before = spec('crm.deal.add', { params: [param('FIELDS', obj(field('TITLE'), field('ITEMS', arr(obj(field('ID', int))))))] });
    const after = spec('crm.deal.add', { params: [param('Fields', obj(field('TITLE'), field('ITEMS', arr(obj(field('ID', int))))))] });
    const c = only(diff(before, after), 'param-case-changed', 'params.Fields');
    expect(c).toMatchObject({ old: 'FIELDS', new: 'Fields' });
  });

  it('a case-only rename of a nested field is reported at its new path, under its renamed parent', () => {
    const before = spec('crm.deal.add', { params: [param('FIELDS', obj(field('TITLE')))] });
    const after = spec('crm.deal.add', { params: [param('fields', obj(field('title')))] });
    expect(rulesAndPaths(diff(before, after))).toEqual([
      ['param-case-changed', 'params.fields'],
      ['param-case-changed', 'params.fields.title'],
    ]);
  });

  it('a likely rename (same type and description) is one param-renamed / result-field-renamed', () => {
    only(
      diff(
        spec('x.y.get', { params: [described('OWNER', 'The user who owns it')] }),
        spec('x.y.get', { params: [described('OWNER_ID', 'The user who owns it')] }),
      ),
      'param-renamed',
      'params.OWNER_ID',
    );
    const r = (name: string) => spec('x.y.get', { result: obj(field(name, int, { description: 'The user who owns it' })) });
    only(diff(r('OWNER'), r('OWNER_ID')), 'result-field-renamed', 'result.OWNER_ID');
  });

  it('a renamed object param carries its subtree along: fields that stayed are no change', () => {
    const before = spec('x.y.add', { params: [param('data', obj(field('A'), field('B', int)), { description: 'The record to add' })] });
    const after = spec('x.y.add', { params: [param('fields', obj(field('A'), field('B', int)), { description: 'The record to add' })] });
    only(diff(before, after), 'param-renamed', 'params.fields');
  });

  it('a renamed param does not carry along a sibling whose name merely starts with its name', () => {
    // NAME → TITLE is a rename; NAME_X is a sibling, not a child, so it is removed and TITLE_X is added.
    const before = spec('x.y.add', { params: [described('NAME', 'The display name'), described('NAME_X', 'Extra one')] });
    const after = spec('x.y.add', { params: [described('TITLE', 'The display name'), described('TITLE_X', 'Extra two')] });
    expect(rulesAndPaths(diff(before, after))).toEqual([
      ['param-removed', 'params.NAME_X'],
      ['param-renamed', 'params.TITLE'],
      ['param-added-optional', 'params.TITLE_X'],
    ]);
  });

  it('a different type or an empty description is no rename evidence', () => {
    expect(
      rulesAndPaths(
        diff(
          spec('x.y.get', { params: [described('A', 'Same words', str)] }),
          spec('x.y.get', { params: [described('B', 'Same words', { kind: 'scalar', name: 'boolean' })] }),
        ),
      ),
    ).toEqual([
      ['param-removed', 'params.A'],
      ['param-added-optional', 'params.B'],
    ]);
    expect(rulesAndPaths(diff(spec('x.y.get', { params: [param('A')] }), spec('x.y.get', { params: [param('B')] })))).toEqual([
      ['param-removed', 'params.A'],
      ['param-added-optional', 'params.B'],
    ]);
  });

  it('ambiguous candidates are remove + add: two added fit one removed', () => {
    const r = diff(
      spec('x.y.get', { params: [described('A', 'An identifier')] }),
      spec('x.y.get', { params: [described('B', 'An identifier'), described('C', 'An identifier')] }),
    );
    expect(rulesAndPaths(r)).toEqual([
      ['param-removed', 'params.A'],
      ['param-added-optional', 'params.B'],
      ['param-added-optional', 'params.C'],
    ]);
  });

  it('ambiguous candidates are remove + add: two removed fit one added', () => {
    const r = diff(
      spec('x.y.get', { params: [described('A', 'An identifier'), described('B', 'An identifier')] }),
      spec('x.y.get', { params: [described('C', 'An identifier')] }),
    );
    expect(rulesAndPaths(r)).toEqual([
      ['param-removed', 'params.A'],
      ['param-removed', 'params.B'],
      ['param-added-optional', 'params.C'],
    ]);
  });

  it('renames are looked for under the same parent only', () => {
    const before = spec('x.y.get', { params: [param('a', obj(field('X', str, { description: 'Some value' }))), param('b', obj())] });
    const after = spec('x.y.get', { params: [param('a', obj()), param('b', obj(field('Y', str, { description: 'Some value' })))] });
    expect(rulesAndPaths(diff(before, after))).toEqual([
      ['param-removed', 'params.a.X'],
      ['param-added-optional', 'params.b.Y'],
    ]);
  });
});

describe('matching: case twins', () => {
  it('two new names that differ from the old one in case only are ambiguous: remove + add, whatever the row order', () => {
    const before = spec('x.y.get', { params: [param('Id')] });
    const expected = [
      ['param-removed', 'params.Id'],
      ['param-added-optional', 'params.ID'],
      ['param-added-optional', 'params.id'],
    ];
    expect(rulesAndPaths(diff(before, spec('x.y.get', { params: [param('ID'), param('id')] })))).toEqual(expected);
    expect(rulesAndPaths(diff(before, spec('x.y.get', { params: [param('id'), param('ID')] })))).toEqual(expected);
  });

  it('an exact name wins over a case twin', () => {
    only(diff(spec('x.y.get', { params: [param('id')] }), spec('x.y.get', { params: [param('id'), param('ID')] })), 'param-added-optional', 'params.ID');
  });
});

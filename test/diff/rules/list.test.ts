import { describe, expect, it } from 'vitest';
import { diff, list, none, only, rulesAndPaths, spec } from '../spec-builder.ts';

describe('list rules', () => {
  it('list-paging-changed (breaking): another paging mode', () => {
    const c = only(
      diff(spec('crm.deal.list', { list: list() }), spec('crm.deal.list', { list: list({ paging: 'page' }) })),
      'list-paging-changed',
      'list.paging',
    );
    expect(c).toMatchObject({ severity: 'breaking', old: 'start', new: 'page' });
  });

  it('list-paging-changed when the method starts or stops being a paged list', () => {
    expect(only(diff(spec('crm.deal.list'), spec('crm.deal.list', { list: list() })), 'list-paging-changed', 'list.paging')).toMatchObject({
      old: 'not a list',
      new: 'start',
    });
    expect(only(diff(spec('crm.deal.list', { list: list() }), spec('crm.deal.list')), 'list-paging-changed', 'list.paging')).toMatchObject({
      old: 'start',
      new: 'not a list',
    });
  });

  it('list-page-size-changed (warning); an unknown page size on one side is no change', () => {
    const c = only(
      diff(spec('crm.deal.list', { list: list() }), spec('crm.deal.list', { list: list({ pageSize: 100 }) })),
      'list-page-size-changed',
      'list.pageSize',
    );
    expect(c).toMatchObject({ severity: 'warning', old: 50, new: 100 });
    none(diff(spec('crm.deal.list', { list: list() }), spec('crm.deal.list', { list: list({ pageSize: null }) })));
  });

  it('list-filter-operator-added (info) and list-filter-operator-removed (breaking), one change per operator', () => {
    const r = diff(spec('crm.deal.list', { list: list({}, ['', '!', '>']) }), spec('crm.deal.list', { list: list({}, ['', '>', '<=', '%']) }));
    expect(rulesAndPaths(r)).toEqual([
      ['list-filter-operator-removed', 'list.filter.operators'],
      ['list-filter-operator-added', 'list.filter.operators'],
      ['list-filter-operator-added', 'list.filter.operators'],
    ]);
    expect(r.changes[0]).toMatchObject({ severity: 'breaking', old: '!' });
    expect(
      r.changes
        .slice(1)
        .map((c) => c.new)
        .sort(),
    ).toEqual(['%', '<=']);
    expect(r.changes.slice(1).every((c) => c.severity === 'info')).toBe(true);
  });

  it('the equality operator "" is an operator too', () => {
    expect(
      only(
        diff(spec('crm.deal.list', { list: list({}, ['', '>']) }), spec('crm.deal.list', { list: list({}, ['>']) })),
        'list-filter-operator-removed',
        'list.filter.operators',
      ),
    ).toMatchObject({ old: '' });
  });

  it('reordered operators: no change', () => {
    none(diff(spec('crm.deal.list', { list: list({}, ['>', '']) }), spec('crm.deal.list', { list: list({}, ['', '>']) })));
  });
});

describe('list rules: what is not a paging change', () => {
  it('a list that does not page and a method that is no list both have no paging loop to break', () => {
    none(diff(spec('crm.deal.fields'), spec('crm.deal.fields', { list: list({ paging: 'none', pageSize: null }) })));
    none(diff(spec('crm.deal.fields', { list: list({ paging: 'none', pageSize: null }) }), spec('crm.deal.fields')));
    // Starting to page from a list that did not is a change.
    expect(
      only(diff(spec('crm.deal.list', { list: list({ paging: 'none' }) }), spec('crm.deal.list', { list: list() })), 'list-paging-changed', 'list.paging'),
    ).toMatchObject({ old: 'none', new: 'start' });
  });
});

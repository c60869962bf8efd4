import { describe, expect, it } from 'vitest';
import { deprecated, diff, none, only, param, rulesAndPaths, spec, specSet } from '../spec-builder.ts';

describe('methods rules', () => {
  it('method-added (info) for a method that did not exist', () => {
    const c = only(diff(specSet([spec('crm.deal.get')]), specSet([spec('crm.deal.get'), spec('crm.deal.add')])), 'method-added', '');
    expect(c).toMatchObject({ severity: 'info', method: 'crm.deal.add', namespace: 'crm', new: 'crm.deal.add' });
    expect(c.old).toBeUndefined();
    expect(c.newSource).toEqual({ file: 'api-reference/crm/crm.deal.add.md', line: 1 });
  });

  it('method-removed (breaking) for a method that was not deprecated', () => {
    const c = only(diff(specSet([spec('crm.deal.get'), spec('crm.deal.add')]), specSet([spec('crm.deal.get')])), 'method-removed', '');
    expect(c).toMatchObject({ severity: 'breaking', method: 'crm.deal.add', old: 'crm.deal.add' });
    expect(c.new).toBeUndefined();
  });

  it('deprecated-method-removed (warning) when the removed method was already deprecated', () => {
    const before = specSet([spec('crm.deal.get'), spec('crm.deal.old', { deprecated: deprecated('crm.deal.get') })]);
    const c = only(diff(before, specSet([spec('crm.deal.get')])), 'deprecated-method-removed', '');
    expect(c).toMatchObject({ severity: 'warning', method: 'crm.deal.old', old: 'crm.deal.old' });
  });

  it('method-renamed (breaking): same description and params under a new name is one change', () => {
    const description = 'Returns the list of delivery services of the online store.';
    const params = [param('FILTER'), param('select')];
    const before = specSet([spec('sale.delivery.list', { description, params })]);
    const after = specSet([spec('sale.deliveryservice.list', { description, params: [param('filter'), param('SELECT')] })]);
    const r = diff(before, after);
    // The params differ in case only, and that is still reported inside the renamed method.
    expect(rulesAndPaths(r)).toEqual([
      ['method-renamed', ''],
      ['param-case-changed', 'params.SELECT'],
      ['param-case-changed', 'params.filter'],
    ]);
    // The rename is told under the old name; changes inside the method under the new one.
    expect(r.changes[0]).toMatchObject({ severity: 'breaking', old: 'sale.delivery.list', new: 'sale.deliveryservice.list', method: 'sale.delivery.list' });
    expect(r.changes[1]).toMatchObject({ method: 'sale.deliveryservice.list', old: 'select', new: 'SELECT' });
  });

  it('a rename needs a description of some length: short identical descriptions stay remove + add', () => {
    const before = specSet([spec('a.b.old', { description: 'Gets it.' })]);
    const after = specSet([spec('a.b.new', { description: 'Gets it.' })]);
    expect(rulesAndPaths(diff(before, after))).toEqual([
      ['method-removed', ''],
      ['method-added', ''],
    ]);
  });

  it('two removed methods fitting one added method: ambiguous, so remove + add', () => {
    const description = 'Returns the list of delivery services of the online store.';
    const before = specSet([spec('x.one.list', { description }), spec('x.two.list', { description })]);
    const after = specSet([spec('x.three.list', { description })]);
    expect(rulesAndPaths(diff(before, after))).toEqual([
      ['method-removed', ''],
      ['method-removed', ''],
      ['method-added', ''],
    ]);
  });

  it('rest3-twin-added (info) when rest:x@v3 appears beside an existing rest:x', () => {
    const before = specSet([spec('tasks.task.get')]);
    const after = specSet([spec('tasks.task.get'), spec('tasks.task.get', { restVersion: '3' })]);
    const c = only(diff(before, after), 'rest3-twin-added', '');
    expect(c).toMatchObject({ severity: 'info', method: 'tasks.task.get@v3', new: 'tasks.task.get@v3' });
  });

  it('a REST 3.0 method with no REST 1 method before it is method-added', () => {
    const c = only(diff(specSet([]), specSet([spec('tasks.task.get', { restVersion: '3' })])), 'method-added', '');
    expect(c.method).toBe('tasks.task.get@v3');
  });

  it('the same set on both sides: nothing', () => {
    none(diff(specSet([spec('crm.deal.get'), spec('crm.deal.add')]), specSet([spec('crm.deal.add'), spec('crm.deal.get')])));
  });

  it('a REST 3.0 method whose REST 1 name was renamed away is no twin: method-added', () => {
    const description = 'Returns the list of delivery services of the online store.';
    const before = specSet([spec('sale.delivery.list', { description })]);
    const after = specSet([spec('sale.deliveryservice.list', { description }), spec('sale.delivery.list', { restVersion: '3' })]);
    expect(rulesAndPaths(diff(before, after))).toEqual([
      ['method-renamed', ''],
      ['method-added', ''],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { catalogue, diff, field, int, none, obj, only, param, ref, named, rulesAndPaths, spec, specSet, str } from '../spec-builder.ts';

const fieldsParam = (...fs: Parameters<typeof obj>) => param('fields', obj(...fs), { required: true });

describe('param-presence rules', () => {
  it('param-added-optional (info) and param-added-required (breaking)', () => {
    const c = only(diff(spec('crm.deal.list'), spec('crm.deal.list', { params: [param('order')] })), 'param-added-optional', 'params.order');
    expect(c).toMatchObject({ severity: 'info', new: 'order' });
    const d = only(diff(spec('crm.deal.get'), spec('crm.deal.get', { params: [param('id', int, { required: true })] })), 'param-added-required', 'params.id');
    expect(d).toMatchObject({ severity: 'breaking', new: 'id' });
  });

  it('param-removed (breaking)', () => {
    const c = only(
      diff(spec('crm.deal.get', { params: [param('id', int), param('select')] }), spec('crm.deal.get', { params: [param('id', int)] })),
      'param-removed',
      'params.select',
    );
    expect(c).toMatchObject({ severity: 'breaking', old: 'select' });
    expect(c.new).toBeUndefined();
  });

  it('nested fields of a param object: added (optional/required) and removed, at their nested paths', () => {
    const before = spec('crm.deal.add', { params: [fieldsParam(field('TITLE'), field('OLD'))] });
    const after = spec('crm.deal.add', { params: [fieldsParam(field('TITLE'), field('COMMENTS'), field('STAGE_ID', str, { required: true }))] });
    expect(rulesAndPaths(diff(before, after))).toEqual([
      ['param-removed', 'params.fields.OLD'],
      ['param-added-required', 'params.fields.STAGE_ID'],
      ['param-added-optional', 'params.fields.COMMENTS'],
    ]);
  });

  it('nested fields through a named type (spec.types)', () => {
    const before = spec('crm.deal.add', { params: [param('fields', ref('DealFields'))], types: [named('DealFields', obj(field('TITLE')))] });
    const after = spec('crm.deal.add', {
      params: [param('fields', ref('DealFields'))],
      types: [named('DealFields', obj(field('TITLE'), field('OPPORTUNITY')))],
    });
    only(diff(before, after), 'param-added-optional', 'params.fields.OPPORTUNITY');
  });

  it('nested fields through a shared catalogue type (ref shared: true)', () => {
    const s = spec('tasks.task.add', { params: [param('fields', ref('TaskFields', true), { required: true })] });
    const cat = (...fs: Parameters<typeof obj>) => catalogue('tasks-types', named('TaskFields', obj(...fs)));
    const c = only(
      diff(specSet([s], [cat(field('TITLE'))]), specSet([s], [cat(field('TITLE'), field('RESPONSIBLE_ID', int, { required: true }))])),
      'param-added-required',
      'params.fields.RESPONSIBLE_ID',
    );
    expect(c).toMatchObject({ severity: 'breaking', new: 'RESPONSIBLE_ID' });
  });

  it('a param added with a subtree reports only the param, not its fields', () => {
    only(
      diff(spec('crm.deal.add'), spec('crm.deal.add', { params: [param('fields', obj(field('TITLE', str, { required: true })))] })),
      'param-added-optional',
      'params.fields',
    );
  });

  it('a param removed with a subtree reports only the param', () => {
    only(diff(spec('crm.deal.add', { params: [param('fields', obj(field('TITLE'), field('X')))] }), spec('crm.deal.add')), 'param-removed', 'params.fields');
  });

  it('param-renamed (breaking): a removed and an added param with the same type and description', () => {
    const before = spec('crm.deal.get', { params: [param('ENTITY_ID', int, { description: 'Identifier of the deal' })] });
    const after = spec('crm.deal.get', { params: [param('DEAL_ID', int, { description: 'Identifier of the deal.' })] });
    const c = only(diff(before, after), 'param-renamed', 'params.DEAL_ID');
    expect(c).toMatchObject({ severity: 'breaking', old: 'ENTITY_ID', new: 'DEAL_ID' });
  });

  it('param-case-changed (warning): one change, its children not reported', () => {
    const before = spec('crm.deal.add', { params: [param('FIELDS', obj(field('TITLE'), field('COMMENTS')))] });
    const after = spec('crm.deal.add', { params: [param('fields', obj(field('TITLE'), field('COMMENTS')))] });
    const c = only(diff(before, after), 'param-case-changed', 'params.fields');
    expect(c).toMatchObject({ severity: 'warning', old: 'FIELDS', new: 'fields' });
  });

  it('reordered params are no change', () => {
    none(
      diff(
        spec('crm.deal.list', { params: [param('select'), param('filter'), param('order')] }),
        spec('crm.deal.list', { params: [param('order'), param('select'), param('filter')] }),
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { arr, catalogue, diff, field, int, named, none, obj, only, ref, rulesAndPaths, spec, specSet, str, union } from '../spec-builder.ts';

const dealResult = (...fs: Parameters<typeof obj>) => spec('crm.deal.get', { result: obj(...fs) });

describe('result-presence rules', () => {
  it('result-field-added (info) and result-field-removed (breaking)', () => {
    const c = only(diff(dealResult(field('ID', int)), dealResult(field('ID', int), field('TITLE'))), 'result-field-added', 'result.TITLE');
    expect(c).toMatchObject({ severity: 'info', new: 'TITLE' });
    const d = only(diff(dealResult(field('ID', int), field('TITLE')), dealResult(field('ID', int))), 'result-field-removed', 'result.TITLE');
    expect(d).toMatchObject({ severity: 'breaking', old: 'TITLE' });
  });

  it('fields of list items: result[].PHONE', () => {
    const before = spec('crm.contact.list', { result: arr(obj(field('ID', int))) });
    const after = spec('crm.contact.list', { result: arr(obj(field('ID', int), field('PHONE', arr(obj(field('VALUE')))))) });
    only(diff(before, after), 'result-field-added', 'result[].PHONE');
  });

  it('a method that starts returning a result: the result is added; one that stops: removed', () => {
    only(diff(spec('crm.deal.delete', { result: null }), spec('crm.deal.delete', { result: obj(field('ID', int)) })), 'result-field-added', 'result');
    only(diff(spec('crm.deal.delete', { result: obj(field('ID', int)) }), spec('crm.deal.delete', { result: null })), 'result-field-removed', 'result');
  });

  it('result-field-renamed (breaking): same type and description, new name', () => {
    const before = dealResult(field('ID', int), field('ASSIGNED', int, { description: 'Responsible user' }));
    const after = dealResult(field('ID', int), field('ASSIGNED_BY_ID', int, { description: 'Responsible user' }));
    const c = only(diff(before, after), 'result-field-renamed', 'result.ASSIGNED_BY_ID');
    expect(c).toMatchObject({ severity: 'breaking', old: 'ASSIGNED', new: 'ASSIGNED_BY_ID' });
  });

  it('result-field-case-changed (warning): one change, the children follow', () => {
    const before = dealResult(field('items', arr(obj(field('id', int), field('title')))));
    const after = dealResult(field('ITEMS', arr(obj(field('id', int), field('title')))));
    const c = only(diff(before, after), 'result-field-case-changed', 'result.ITEMS');
    expect(c).toMatchObject({ severity: 'warning', old: 'items', new: 'ITEMS' });
  });

  it('nested fields through a named type resolved from spec.types', () => {
    const before = spec('crm.deal.get', {
      result: ref('Deal'),
      types: [named('Deal', obj(field('ID', int), field('CONTACT', ref('Contact')))), named('Contact', obj(field('NAME')))],
    });
    const after = spec('crm.deal.get', {
      result: ref('Deal'),
      types: [named('Deal', obj(field('ID', int), field('CONTACT', ref('Contact')))), named('Contact', obj(field('NAME'), field('EMAIL')))],
    });
    only(diff(before, after), 'result-field-added', 'result.CONTACT.EMAIL');
  });

  it('nested fields through a shared catalogue type (ref shared: true)', () => {
    const task = (...fs: Parameters<typeof obj>) => catalogue('tasks-types', named('Task', obj(...fs)));
    const s = spec('tasks.task.get', { result: obj(field('task', ref('Task', true))) });
    const r = diff(specSet([s], [task(field('id', int), field('deadline'))]), specSet([s], [task(field('id', int))]));
    expect(rulesAndPaths(r)).toEqual([['result-field-removed', 'result.task.deadline']]);
    // The same structure declared inline instead of through the catalogue is no change.
    none(diff(specSet([s], [task(field('id', int))]), spec('tasks.task.get', { result: obj(field('task', obj(field('id', int)))) })));
  });

  it('a self-referencing type does not hang, and a change below it is found', () => {
    const section = (...extra: Parameters<typeof obj>) => named('Section', obj(field('ID', int), field('CHILDREN', arr(ref('Section'))), ...extra));
    const before = spec('catalog.section.get', { result: ref('Section'), types: [section()] });
    const after = spec('catalog.section.get', { result: ref('Section'), types: [section(field('CODE', str))] });
    none(diff(before, before));
    only(diff(before, after), 'result-field-added', 'result.CODE');
  });

  it('a type that is only a ref to itself reads as unknown (any), without hanging', () => {
    const s = spec('x.y.get', { result: ref('Loop'), types: [named('Loop', ref('Loop'))] });
    none(diff(s, s));
  });
});

describe('result-presence: unions that name themselves', () => {
  it('a union with itself as a member (U = string | U, or A = integer | B, B = string | A) does not recurse forever', () => {
    const u = spec('x.y.get', { result: ref('U'), types: [named('U', union(str, ref('U'), obj(field('ID', int))))] });
    none(diff(u, u));
    const ab = (...fs: Parameters<typeof obj>) =>
      spec('x.y.get', { result: ref('A'), types: [named('A', union(int, ref('B'))), named('B', union(obj(...fs), ref('A')))] });
    none(diff(ab(field('ID', int)), ab(field('ID', int))));
    only(diff(ab(field('ID', int)), ab(field('ID', int), field('NAME'))), 'result-field-added', 'result.NAME');
  });
});

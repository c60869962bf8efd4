import { describe, expect, it } from 'vitest';
import { diff, field, int, none, obj, only, param, rulesAndPaths, spec } from '../spec-builder.ts';

const before = spec('crm.deal.get', {
  description: 'Returns a deal by its identifier.',
  params: [param('id', int, { description: 'Deal identifier' })],
  result: obj(field('TITLE', undefined, { description: 'Deal title' })),
});
const after = spec('crm.deal.get', {
  description: 'Returns the deal with the given identifier.',
  params: [param('id', int, { description: 'Identifier of the deal' })],
  result: obj(field('TITLE', undefined, { description: 'Name of the deal' })),
});

describe('docs rules', () => {
  it('reworded descriptions without includeDocs: nothing', () => {
    none(diff(before, after));
  });

  it('description-changed (info) with includeDocs: the method, a param and a result field', () => {
    const r = diff(before, after, { includeDocs: true });
    expect(rulesAndPaths(r)).toEqual([
      ['description-changed', ''],
      ['description-changed', 'params.id'],
      ['description-changed', 'result.TITLE'],
    ]);
    expect(r.changes.every((c) => c.severity === 'info')).toBe(true);
    expect(r.changes[1]).toMatchObject({ old: 'Deal identifier', new: 'Identifier of the deal' });
    expect(r.changes[0]).toMatchObject({ old: 'Returns a deal by its identifier.', new: 'Returns the deal with the given identifier.' });
  });

  it('case, punctuation and emphasis are no rewording, even with includeDocs', () => {
    const emphasised = spec('crm.deal.get', {
      description: 'returns a **deal** by its identifier',
      params: [param('id', int, { description: 'Deal identifier.' })],
      result: obj(field('TITLE', undefined, { description: 'deal title' })),
    });
    none(diff(before, emphasised, { includeDocs: true }));
  });

  it('the result description', () => {
    const a = spec('crm.deal.add', { result: int, resultDescription: 'Identifier of the new deal' });
    const b = spec('crm.deal.add', { result: int, resultDescription: 'The new deal ID' });
    only(diff(a, b, { includeDocs: true }), 'description-changed', 'result');
  });

  it('a link whose target moved is no rewording; a link whose text changed is', () => {
    const linked = (description: string) => spec('crm.deal.get', { params: [param('id', int, { description })] });
    none(diff(linked('See [the deal](../deals/deal.md)'), linked('See [the deal](../crm/deal.md#top)'), { includeDocs: true }));
    only(diff(linked('See [the deal](a.md)'), linked('See [the lead](a.md)'), { includeDocs: true }), 'description-changed', 'params.id');
  });
});

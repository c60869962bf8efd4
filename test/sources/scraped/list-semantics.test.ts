/** list-semantics.ts: which methods are lists. */
import { describe, expect, it } from 'vitest';
import type { Param } from '../../../generator/spec/schema.ts';
import { isListMethod } from '../../../generator/sources/scraped/list-semantics.ts';
import { pageOf } from '../../support/scraped.ts';

const param = (name: string): Param => ({
  id: `param:${name}`,
  name,
  type: { kind: 'scalar', name: 'integer' },
  required: false,
  source: { file: 'p.txt', how: 'read' },
});

describe('isListMethod', () => {
  const prose = pageOf('T', 'The method returns 50 records per page.').page;
  const plain = pageOf('T', 'The method returns a deal.').page;
  it.each([
    ['a .list name', 'crm.deal.list', [], plain, true],
    ['a .getList name', 'sale.order.getList', [], plain, true],
    ['a start param with the page-size prose', 'tasks.task.history', [param('start')], prose, true],
    ['a start param without it', 'tasks.task.history', [param('start')], plain, false],
    ['a get', 'crm.deal.get', [param('id')], prose, false],
  ])('%s → %s', (_name, method, params, page, want) => {
    expect(isListMethod(page, { method, params, bodyFrom: 1, bodyTo: 3 })).toBe(want);
  });
});

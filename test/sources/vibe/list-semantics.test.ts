/** list-semantics.ts: paging, page size, filter, select and order of a list operation. */
import { describe, expect, it } from 'vitest';
import type { Param, Provenance } from '../../../generator/spec/schema.ts';
import { listSemantics } from '../../../generator/sources/vibe/list-semantics.ts';

const at = (line: number): Provenance => ({ file: 'p.txt', line, how: 'read' });
const param = (name: string, line: number, extra: Partial<Param> = {}): Param => ({
  id: `param:${name}`,
  name,
  type: { kind: 'scalar', name: 'integer' },
  required: false,
  source: at(line),
  ...extra,
});

describe('listSemantics without conventions', () => {
  it('reads offset paging and the page size from the limit default, and a filter/select/order the page tables', () => {
    const { list, facts } = listSemantics(
      [param('limit', 3, { default: 25 }), param('offset', 4), param('filter', 5), param('select', 6), param('order', 7)],
      { source: at(1), totalField: { value: 'meta.total', source: at(9) } },
      undefined,
    );
    expect(list).toMatchObject({
      paging: 'offset',
      pageSize: 25,
      startParam: 'offset',
      totalField: 'meta.total',
      idCursor: false,
      filter: { param: 'filter', syntax: 'vibe', operators: [], logic: false },
      select: { param: 'select', masks: [] },
      order: { param: 'order' },
      entity: null,
    });
    expect(Object.fromEntries(Object.entries(facts).map(([k, v]) => [k, v.line]))).toEqual({
      list: 1,
      'list.paging': 4,
      'list.pageSize': 3,
      'list.totalField': 9,
      'list.filter': 5,
    });
  });

  it('has no paging, size, filter, select or order when the page documents none', () => {
    const { list } = listSemantics([], { source: at(1) }, undefined);
    expect(list).toMatchObject({ paging: 'none', pageSize: null, filter: null, select: null, order: null });
    expect(list).not.toHaveProperty('startParam');
    expect(list).not.toHaveProperty('totalField');
  });

  it('ignores a limit default that is not a positive whole number', () => {
    expect(listSemantics([param('limit', 3, { default: 0 })], { source: at(1) }, undefined).list.pageSize).toBeNull();
  });
});

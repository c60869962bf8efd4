/** linked-filters.ts: a filter cell that sends the reader to another list method's filter takes that page's operators. */
import { describe, expect, it } from 'vitest';
import { linkDescribedFilters } from '../../generator/link/linked-filters.ts';
import { filterDescribedIn } from '../../generator/sources/yfm/extract/list.ts';
import { specOf } from '../support/yfm-corpus.ts';

describe('filterDescribedIn', () => {
  it('reads the list method a filter cell sends the reader to', () => {
    // crm.item.payment.list and crm.item.delivery.list, as their cells read once flattened.
    expect(
      filterDescribedIn(
        'Additional filter for cases when you need to get not all payments of the entity, but based on a more specific filter. The format description is provided in the filter parameter of the `sale.payment.list` method',
      ),
    ).toBe('sale.payment.list');
    expect(filterDescribedIn('The format of the `filter` parameter corresponds to what is described in the `sale.shipment.list` method')).toBe(
      'sale.shipment.list',
    );
  });

  it('names no method when the cell names none, or names one that lists nothing', () => {
    expect(filterDescribedIn('Object for filtering the selected records in the format `{"field_1": "value_1"}`')).toBeNull();
    expect(filterDescribedIn('The fields are described in `crm.item.fields`')).toBeNull();
  });
});

describe('linkDescribedFilters on real pages', () => {
  const own = specOf('api-reference/crm/universal/payment/crm-item-payment-list.md');
  const other = specOf('api-reference/sale/payment/sale-payment-list.md');

  it('crm.item.payment.list takes the operators sale.payment.list lists, inferred, citing that page', () => {
    const [linked] = linkDescribedFilters([own, other]);
    // sale-payment-list.md's filter cell: = % > < != !% >= <= =% %= !=% !%= ("" is equality without a prefix).
    expect(new Set(linked?.list?.filter?.operators)).toEqual(new Set(['', '=', '%', '>', '<', '!=', '!%', '>=', '<=', '=%', '%=', '!=%', '!%=']));
    expect(linked?.facts['list.filter.operators']).toMatchObject({
      file: 'api-reference/sale/payment/sale-payment-list.md',
      how: 'inferred',
      evidence: 'linked-filter',
    });
    expect(linked?.warnings.some((w) => w.code === 'filter-operators-assumed')).toBe(false);
  });

  it('keeps the assumed set when the other page is not read', () => {
    const [alone] = linkDescribedFilters([own]);
    expect(alone).toBe(own);
    expect(own.facts['list.filter.operators']?.evidence).toBe('filter-described-in:sale.payment.list');
  });
});

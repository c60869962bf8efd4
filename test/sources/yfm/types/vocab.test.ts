/** vocab.ts: `X.id` references in doc type lines. */
import { describe, expect, it } from 'vitest';
import { dottedReference } from '../../../../generator/sources/yfm/types/vocab.ts';
import { catalogueOf, fieldsOf, param, specOf } from '../../../support/yfm-corpus.ts';

describe('dottedReference', () => {
  it('`X.id` references: character ids stay strings; a link to #X names the id, not the structure', () => {
    expect(dottedReference('sale_status.id')).toMatchObject({ name: 'string' });
    expect(dottedReference('sale_order.id')).toMatchObject({ name: 'integer' });
    expect(param(specOf('api-reference/sale/status/sale-status-get.md'), 'id').type).toMatchObject({ name: 'string' });
    const payment = catalogueOf('api-reference/sale/data-types.md').types.find((t) => t.name === 'sale_order_payment');
    expect(fieldsOf(payment?.type).find((f) => f.name === 'orderId')?.type).toMatchObject({ kind: 'scalar', name: 'integer' });
  });
});

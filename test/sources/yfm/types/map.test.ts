/** map.ts: type tokens mapped to spec types through the vocabulary tiers. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseTypeLine } from '../../../../generator/sources/yfm/extract/type-line.ts';
import { mapTypeTokens, type MapContext } from '../../../../generator/sources/yfm/types/map.ts';
import { TYPE_VOCAB } from '../../../../generator/sources/yfm/types/vocab.ts';
import { markdownCell as cell } from '../../../support/yfm.ts';

describe('mapTypeTokens', () => {
  it('maps tokens through the vocabulary tiers', () => {
    const ctx: MapContext = { position: 'field', resolveLocal: () => null };
    expect(mapTypeTokens(parseTypeLine(cell('[`crm_multifield[]`](L)')), ctx).type).toEqual({
      kind: 'array',
      items: { kind: 'ref', name: 'crm_multifield', shared: true },
    });
    expect(mapTypeTokens(parseTypeLine(cell('[`sale_order.id`](L)')), ctx).type).toMatchObject({ kind: 'scalar', name: 'integer', docType: 'sale_order.id' });
    expect(mapTypeTokens(parseTypeLine(cell('[`string`](L) \\| `null`')), ctx).type).toEqual({
      kind: 'union',
      anyOf: [
        { kind: 'scalar', name: 'string' },
        { kind: 'scalar', name: 'null' },
      ],
    });
    expect(mapTypeTokens(parseTypeLine(cell('`sale_order`')), { ...ctx, position: 'param' }).type).toMatchObject({ kind: 'scalar', name: 'integer' });
    const unk = mapTypeTokens(parseTypeLine(cell('`frobnicator`')), ctx);
    expect(unk.unknown).toEqual(['frobnicator']);
  });
  it('covers every name of type-vocab.tsv', () => {
    const tsv = readFileSync(new URL('../../../fixtures/yfm-extract/type-vocab.tsv', import.meta.url), 'utf8');
    const names = tsv
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t')[0] ?? '')
      .filter(Boolean);
    expect(names.length).toBe(218);
    const ctx: MapContext = { position: 'field', resolveLocal: () => null };
    const missing = names.filter((n) => {
      if (TYPE_VOCAB.has(n)) return false;
      return mapTypeTokens(parseTypeLine(`\`${n}\``), ctx).unknown.length > 0;
    });
    expect(missing).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { mapTypeLeaves } from '../../generator/spec/type-walk.ts';
import type { TypeRef } from '../../generator/spec/schema.ts';

describe('mapTypeLeaves', () => {
  it('reaches leaves through arrays, unions, maps, object fields and additional keys', () => {
    const src = { file: 'x', how: 'read' as const };
    const t: TypeRef = {
      kind: 'object',
      fields: [{ id: 'a', name: 'a', required: true, source: src, type: { kind: 'array', items: { kind: 'ref', name: 'x' } } }],
      additional: {
        kind: 'union',
        anyOf: [
          { kind: 'ref', name: 'x' },
          { kind: 'map', values: { kind: 'ref', name: 'x' } },
        ],
      },
    };
    const out = mapTypeLeaves(t, (l) => (l.kind === 'ref' ? { kind: 'scalar', name: 'integer' } : l));
    expect(JSON.stringify(out)).not.toContain('"ref"');
    expect(JSON.stringify(out).match(/"integer"/g)).toHaveLength(3);
    expect(JSON.stringify(t)).toContain('"ref"'); // the input is not modified
  });
});

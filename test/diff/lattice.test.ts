import { describe, expect, it } from 'vitest';
import { tokenText, tokenWithin, typeMove, typeToken } from '../../generator/diff/lattice.ts';
import type { TypeRef } from '../../generator/spec/schema.ts';
import { anyT, arr, bool, date, datetime, int, intEnum, map, named, nul, num, obj, ref, str, strEnum, union, yn } from './spec-builder.ts';

const types = new Map([named('Status', strEnum('open', 'closed')), named('Id', int)].map((t) => [t.name, t.type]));
const resolve = (t: TypeRef): TypeRef => (t.kind === 'ref' ? (types.get(t.name) ?? t) : t);
const tok = (t: TypeRef) => typeToken(t, resolve);
const move = (a: TypeRef, b: TypeRef) => typeMove(tok(a).atoms, tok(b).atoms);
const unknown: TypeRef = { kind: 'scalar', name: 'unknown' };
const double: TypeRef = { kind: 'scalar', name: 'number', format: 'double' };
const openEnum: TypeRef = { kind: 'enum', base: 'string', values: [{ value: 'a' }], open: true };

describe('type lattice', () => {
  it('number ≡ integer ≡ double ≡ a named id type', () => {
    expect(move(num, int)).toBe('same');
    expect(move(int, double)).toBe('same');
    expect(move(ref('Id'), num)).toBe('same');
    expect(tokenText(tok(int).atoms)).toBe('number');
  });

  it('string formats ≡ string', () => {
    expect(move(date, str)).toBe('same');
    expect(move(datetime, date)).toBe('same');
    expect(move({ kind: 'scalar', name: 'string', format: 'text' }, str)).toBe('same');
  });

  it('a closed enum sits below its base; an open enum is its base', () => {
    expect(move(strEnum('a'), str)).toBe('widened');
    expect(move(str, strEnum('a'))).toBe('narrowed');
    expect(move(intEnum(1), num)).toBe('widened');
    expect(move(openEnum, str)).toBe('same');
    expect(move(strEnum('a'), openEnum)).toBe('widened');
    expect(move(strEnum('a'), intEnum(1))).toBe('changed');
    expect(tok(ref('Status')).enumValues).toEqual(['"closed"', '"open"']);
    expect(tok(openEnum).enumValues).toBeUndefined();
  });

  it('yn sits below string, and is not boolean', () => {
    expect(move(yn, str)).toBe('widened');
    expect(move(str, yn)).toBe('narrowed');
    expect(move(yn, bool)).toBe('changed');
  });

  it('numbers sit below string (integer → string widens, string → integer narrows)', () => {
    expect(move(int, str)).toBe('widened');
    expect(move(str, int)).toBe('narrowed');
    // Transitively: an integer enum is below number, so below string too.
    expect(move(intEnum(1, 2), str)).toBe('widened');
    expect(move(bool, str)).toBe('changed');
  });

  it('any (and unknown, and an unresolved ref) is the top', () => {
    for (const t of [str, int, bool, arr(int), obj(), map(str), strEnum('a')]) {
      expect(move(t, anyT)).toBe('widened');
      expect(move(anyT, t)).toBe('narrowed');
    }
    expect(move(unknown, anyT)).toBe('same');
    expect(move(ref('Nowhere'), anyT)).toBe('same');
  });

  it('structures: array, object and map are incomparable with each other and with scalars', () => {
    expect(move(arr(int), obj())).toBe('changed');
    expect(move(obj(), map(str))).toBe('changed');
    expect(move(arr(int), arr(str))).toBe('same'); // the items are their own node
    expect(move(str, arr(str))).toBe('changed');
  });

  it('unions: a member added widens, a member dropped narrows, member order is nothing', () => {
    expect(move(bool, union(bool, arr(int)))).toBe('widened');
    expect(move(union(bool, arr(int)), arr(int))).toBe('narrowed');
    expect(move(union(bool, obj()), union(obj(), bool))).toBe('same');
    expect(move(union(bool, arr(int)), union(bool, obj()))).toBe('changed');
    expect(tokenText(tok(union(obj(), bool)).atoms)).toBe('boolean | object');
  });

  it('null is nullability, not a type', () => {
    const t = tok(union(int, nul));
    expect(t).toMatchObject({ atoms: ['number'], nullable: true });
    expect(move(union(int, nul), int)).toBe('same');
    expect(tokenText(tok(nul).atoms)).toBe('null');
  });

  it('tokenWithin is the order', () => {
    expect(tokenWithin(['enum:string'], ['string'])).toBe(true);
    expect(tokenWithin(['string'], ['enum:string'])).toBe(false);
    expect(tokenWithin(['boolean', 'number'], ['any'])).toBe(true);
  });
});

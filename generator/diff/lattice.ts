/**
 * The small type lattice the differ decides widening and narrowing with. Types are reduced to what a
 * client can tell apart: the docs' `number`, `integer`, `double` and id types are one `number`; date,
 * datetime and the other string formats are `string`; a closed enum sits below its base type, Y/N and
 * numbers below `string`; `any` (and a type the docs leave unknown) sits above everything. Null is kept apart, as
 * nullability, because it has its own rule.
 */
import type { TypeRef } from '../spec/schema.ts';

/** One kind of value a type admits. */
export type Atom = 'any' | 'string' | 'yn' | 'enum:string' | 'number' | 'enum:number' | 'boolean' | 'array' | 'object' | 'map';

/** A type as a sorted set of atoms (a union has several). */
export type TypeToken = readonly Atom[];

/** How a type changed between two snapshots. */
export type TypeMove = 'same' | 'widened' | 'narrowed' | 'changed';

// The atoms directly above each atom; atomWithin follows them transitively. A number sits below string: a
// string param accepts "43" as well as any text, so integer → string widens and string → integer narrows
// (the rule table's own examples; without this edge both read as incomparable, "changed").
const ABOVE: Partial<Record<Atom, readonly Atom[]>> = {
  yn: ['string'],
  'enum:string': ['string'],
  'enum:number': ['number'],
  number: ['string'],
};

/** The token of a type, its closed-enum values (JSON text, sorted) and whether it admits null; `resolve` follows refs. */
export function typeToken(t: TypeRef, resolve: (t: TypeRef) => TypeRef): { atoms: TypeToken; enumValues?: string[]; nullable: boolean } {
  const atoms = new Set<Atom>();
  const values = new Set<string>();
  let nullable = false;
  let closedEnum = false;
  const visit = (ref: TypeRef, depth: number): void => {
    const x = resolve(ref);
    switch (x.kind) {
      case 'scalar':
        if (x.name === 'null') nullable = true;
        else atoms.add(scalarAtom(x.name, x.format));
        return;
      case 'enum':
        if (x.open) atoms.add(x.base === 'integer' ? 'number' : 'string');
        else {
          closedEnum = true;
          atoms.add(x.base === 'integer' ? 'enum:number' : 'enum:string');
          for (const v of x.values) values.add(JSON.stringify(v.value));
        }
        return;
      case 'union':
        if (depth < 8) for (const m of x.anyOf) visit(m, depth + 1);
        return;
      case 'ref':
        atoms.add('any'); // a ref to a type no page declares: nothing is known of it
        return;
      default:
        atoms.add(x.kind);
    }
  };
  visit(t, 0);
  const sorted = [...atoms].sort();
  return { atoms: sorted, nullable, ...(closedEnum ? { enumValues: [...values].sort() } : {}) };
}

function scalarAtom(name: string, format: string | undefined): Atom {
  if (name === 'any' || name === 'unknown') return 'any';
  if (name === 'integer' || name === 'number') return 'number';
  if (name === 'boolean') return 'boolean';
  return format === 'yn' ? 'yn' : 'string';
}

/** Whether every value of atom `a` is a value of atom `b`. */
function atomWithin(a: Atom, b: Atom): boolean {
  return a === b || b === 'any' || (ABOVE[a]?.some((up) => atomWithin(up, b)) ?? false);
}

/** Whether every value of `a` is a value of `b`. */
export function tokenWithin(a: TypeToken, b: TypeToken): boolean {
  return a.every((x) => b.some((y) => atomWithin(x, y)));
}

/** How the type moved from `before` to `after` in the lattice. */
export function typeMove(before: TypeToken, after: TypeToken): TypeMove {
  const down = tokenWithin(after, before);
  const up = tokenWithin(before, after);
  if (down && up) return 'same';
  if (up) return 'widened';
  if (down) return 'narrowed';
  return 'changed';
}

/** A token as people read it: `string | number`. */
export function tokenText(t: TypeToken): string {
  return t.length ? t.join(' | ') : 'null';
}

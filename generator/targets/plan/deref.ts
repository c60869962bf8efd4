/** Follow `ref`s to the type they name, keeping the scope the refs inside it resolve in. */
import type { TypeRef } from '../../spec/schema.ts';
import type { TypeDecl, TypeScope } from './types.ts';

/** A dereferenced type and the scope its own refs resolve in. */
export interface Deref {
  type: TypeRef;
  scope: TypeScope;
  /** The last named type passed through, if any. */
  decl?: TypeDecl | undefined;
}

/** The type a chain of refs ends in (undefined when a ref does not resolve or the chain loops). */
export function deref(t: TypeRef, scope: TypeScope): Deref | undefined {
  let cur: Deref = { type: t, scope };
  for (let depth = 0; depth < 16; depth++) {
    if (cur.type.kind !== 'ref') return cur;
    const decl = cur.scope.resolve(cur.type);
    if (!decl) return undefined;
    cur = { type: decl.named.type, scope: decl.scope, decl };
  }
  return undefined;
}

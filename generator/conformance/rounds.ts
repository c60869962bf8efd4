/**
 * Why rounds: the compiler reports one excess property per object literal, and none at all while
 * another property of the same assignment has a wrong value; a missing required param is reported
 * only when nothing else is. So after each round the reported nodes are stubbed out (unknown keys
 * pruned, wrong values replaced by a `never` value, missing params added as one) and the examples
 * that had errors are checked again, until a round reports nothing new.
 */
import type { Finding } from './diagnostics.ts';
import { pathKey } from './literal.ts';
import type { BodyPatch } from './types.ts';

/** An empty patch. */
export function emptyPatch(): BodyPatch {
  return { prune: new Set(), never: new Set(), inject: new Map() };
}

/** Stub out what `findings` report; true when the patch grew (so another round can reveal more). */
export function applyFindings(patch: BodyPatch, findings: Finding[]): boolean {
  let grew = false;
  for (const f of findings) {
    if (f.path.length === 0) continue; // the body as a whole is wrong: nothing smaller to stub out
    const key = pathKey(f.path);
    if (f.kind === 'unknown-property' && !patch.prune.has(key)) {
      patch.prune.add(key);
      grew = true;
    } else if (f.kind === 'wrong-type' && !patch.never.has(key)) {
      patch.never.add(key);
      grew = true;
    } else if (f.kind === 'missing-required') {
      const parent = pathKey(f.path.slice(0, -1));
      const name = String(f.path[f.path.length - 1]);
      const names = patch.inject.get(parent) ?? [];
      if (!names.includes(name)) {
        patch.inject.set(parent, [...names, name]);
        grew = true;
      }
    }
  }
  return grew;
}

/** Change fingerprints, shared by the spec differ (diff.ts) and the surface differ (surface.ts). */
import { sha256 } from '../core/hash.ts';

/** A stable id of a change: the same facts give the same id in every run, whatever the lines or the order. */
export function fingerprint(parts: readonly unknown[]): string {
  return sha256(parts.map((p) => (p === undefined ? '' : JSON.stringify(p))).join('\n')).slice(0, 16);
}

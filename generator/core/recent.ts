/** Which entries of a run-stamped cache to keep when it is saved. */

/**
 * Every entry the current run used, then the most recently used others while their total size stays
 * under `maxBytes`: several input trees can share one cache without evicting each other, and it does not
 * grow without end.
 */
export function keepRecent<E extends { used: number }>(entries: ReadonlyMap<string, E>, run: number, size: (e: E) => number, maxBytes: number): Map<string, E> {
  const kept = new Map<string, E>();
  let bytes = 0;
  for (const [key, e] of [...entries].sort((a, b) => b[1].used - a[1].used)) {
    bytes += size(e);
    if (e.used < run && bytes > maxBytes) break;
    kept.set(key, e);
  }
  return kept;
}

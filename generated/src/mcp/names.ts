// Method names: the REST 3.0 suffix, their namespace, and the close matches a did-you-mean offers.

/**
 * A REST 3.0 method is named in the catalogue by its documented name plus this suffix (`tasks.task.add@v3`), as the
 * spec files and `b24gen diff` name it: REST 3.0 reuses REST 1 names (tasks.task.add exists in both, with other
 * params and another wire), so the bare name stays the REST 1 method and the suffix picks the REST 3.0 one.
 */
export const V3_SUFFIX = '@v3';

/** Whether a catalogue name is a REST 3.0 method's. */
export function isV3Name(name: string): boolean {
  return name.toLowerCase().endsWith(V3_SUFFIX);
}

/** The name the portal knows: the catalogue name without the REST 3.0 suffix. */
export function documentedName(name: string): string {
  return isV3Name(name) ? name.slice(0, -V3_SUFFIX.length) : name;
}

/** The catalogue name of a documented method: REST 3.0 ones carry the suffix. */
export function catalogueName(method: string, restVersion: string | undefined): string {
  return restVersion === '3' ? `${method}${V3_SUFFIX}` : method;
}

/** A method's namespace: its first name segment (`crm.deal.add` → `crm`), the grouping of the detail modules. */
export function namespaceOfMethod(name: string): string {
  const dot = name.indexOf('.');
  return (dot < 0 ? '_root' : name.slice(0, dot)).toLowerCase().replace(/[^a-z0-9_]/g, '_');
}

/** Edit distance with adjacent transpositions (NAEM → NAME is one typo), stopping once it exceeds `max` (then max + 1). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (before[j - 2] ?? 0) + 1);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** The candidates closest to `word` (case-insensitive), within a distance that grows with its length; best first. */
export function closeMatches(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const w = word.toLowerCase();
  const max = Math.max(1, Math.min(4, Math.floor(w.length / 4)));
  const found: Array<{ c: string; d: number }> = [];
  for (const c of candidates) {
    const lc = c.toLowerCase();
    const d = editDistance(w, lc, max);
    if (d <= max) found.push({ c, d });
  }
  return found
    .sort((x, y) => x.d - y.d || x.c.length - y.c.length || (x.c < y.c ? -1 : 1))
    .slice(0, limit)
    .map((x) => x.c);
}

// Method names: their namespace, and the close matches a did-you-mean offers.

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

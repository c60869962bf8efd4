/**
 * Alternative required params: a table stars both `IBLOCK_ID` and `IBLOCK_CODE`, and a note says "At least
 * one of the parameters must be specified: `IBLOCK_ID` or `IBLOCK_CODE`". Neither is required on its own.
 */

/** A run of code spans joined by commas, "or", "and" (`A` or `B`; `A`, `B`, or `C`). */
const NAMES = '((?:`[A-Za-z_][\\w.]*`(?:\\s*,\\s*(?:or\\s+|and\\s+)?|\\s+or\\s+|\\s+and\\s+)?){2,})';
const LEADS = [
  new RegExp(`\\b(?:at least )?one of (?:the )?(?:following )?(?:parameters|fields)\\b[^.\`]{0,40}?${NAMES}`, 'gi'),
  new RegExp(`\\beither (?:the )?${NAMES}`, 'gi'),
];

/** Groups of names the prose says are alternatives ("at least one of …", "either `A` or `B`"). */
export function alternativeGroups(text: string): string[][] {
  const groups: string[][] = [];
  for (const re of LEADS) {
    for (const m of text.matchAll(re)) {
      const names = [...(m[1] ?? '').matchAll(/`([^`]+)`/g)].map((x) => x[1] ?? '');
      if (names.length >= 2) groups.push(names);
    }
  }
  return groups;
}

/**
 * The names to stop calling required: every member of a group whose members are all rows of the same
 * table(s) and of which at least two are marked required (one alone may really be required).
 */
export function relaxedByAlternatives(rows: ReadonlyArray<{ name: string; required: boolean | 'unknown' }>, text: string): Set<string> {
  const byName = new Map(rows.map((r) => [r.name, r]));
  const out = new Set<string>();
  for (const group of alternativeGroups(text)) {
    const members = group.map((n) => byName.get(n));
    if (members.some((m) => !m)) continue;
    if (members.filter((m) => m?.required === true).length < 2) continue;
    for (const n of group) out.add(n);
  }
  return out;
}

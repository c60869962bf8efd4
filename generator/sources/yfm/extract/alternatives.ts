/**
 * Alternative required params: a note says "At least one of the parameters must be specified: `IBLOCK_ID` or
 * `IBLOCK_CODE`", a row says "Pass either `CHAT_ID` or `DIALOG_ID`" or "Required if `DIALOG_ID` is not
 * provided". Neither member is required on its own, but a call must carry one of them: the group is a fact
 * of the spec (`alternatives`), and its members stop being required one by one.
 */
import { compareStrings } from '../../../spec/serialize.ts';

/** A code span naming a param, optionally followed by "parameter"/"field"/"element". */
const NAME = '`[A-Za-z_][\\w.]*`(?:\\s+(?:parameters?|fields?|elements?))?';
/** A run of at least two names joined by commas, "or", "and" (`A` or `B`; `A`, `B`, or the `C` parameter). */
const NAMES = `((?:${NAME}(?:\\s*,\\s*(?:or\\s+|and\\s+)?(?:the\\s+)?|\\s+or\\s+(?:the\\s+)?|\\s+and\\s+(?:the\\s+)?)?){2,})`;
/** Wordings that make a group required: "at least one of", "pass/provide/accepts one of", "pass/provide either". */
const LEADS = [
  new RegExp(`\\b(?:at least one|(?:pass|provide|specify|send|accepts?) one) of (?:the )?(?:following )?(?:parameters|fields)\\b[^.\`]{0,40}?${NAMES}`, 'gi'),
  new RegExp(`\\b(?:pass|provide|specify|send|supply) either (?:the )?${NAMES}`, 'gi'),
];
/** A row that is "Required if `X` is not provided": the row and X are alternatives. */
const REQUIRED_UNLESS = /\brequired if (?:the )?`([A-Za-z_][\w.]*)`(?:\s+(?:parameter|field))? is not (?:provided|specified|passed|set|filled)/gi;

/** Groups of names the prose says are required alternatives ("at least one of …", "pass either `A` or `B`"). */
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

/** The names a row's description makes it an alternative of ("Required if `CHAT_ID` is not provided"). */
export function requiredUnless(description: string): string[] {
  return [...description.matchAll(REQUIRED_UNLESS)].map((m) => m[1] ?? '');
}

export interface AlternativeRow {
  name: string;
  required: boolean | 'unknown';
  description: string;
  source: { file: string; line?: number | undefined };
}

/** A group of rows of which a call must carry at least one, and the line that says so. */
export interface AlternativeGroup {
  /** Member names in code-unit order (the order the prose writes them carries no meaning). */
  names: string[];
  /** Where it is stated: a row's description, a paragraph around the table, or (inferred) the call variants. */
  from: 'row' | 'prose' | 'variants';
  file: string;
  line: number | undefined;
}

/**
 * The alternative groups among `rows`: stated in a row's description or in a prose block around the
 * table(s). A group counts only when every member is one of the rows (a name from elsewhere on the page
 * is not a sibling param). First statement wins; the same set stated twice is one group.
 */
export function alternativesAmong(
  rows: readonly AlternativeRow[],
  prose: ReadonlyArray<{ text: string; file: string; line: number | undefined }>,
): AlternativeGroup[] {
  const names = new Set(rows.map((r) => r.name));
  const out = new Map<string, AlternativeGroup>();
  const add = (members: readonly string[], from: 'row' | 'prose', file: string, line: number | undefined) => {
    const set = [...new Set(members)].sort(compareStrings);
    if (set.length < 2 || set.some((n) => !names.has(n))) return;
    const key = set.join('|');
    if (!out.has(key)) out.set(key, { names: set, from, file, line });
  };
  for (const r of rows) {
    for (const g of alternativeGroups(r.description)) add(g, 'row', r.source.file, r.source.line);
    for (const other of requiredUnless(r.description)) add([r.name, other], 'row', r.source.file, r.source.line);
  }
  for (const p of prose) for (const g of alternativeGroups(p.text)) add(g, 'prose', p.file, p.line);
  return [...out.values()];
}

/** The names to stop calling required: every member of an alternative group (the group carries the requirement). */
export function relaxedByAlternatives(groups: readonly AlternativeGroup[]): Set<string> {
  return new Set(groups.flatMap((g) => g.names));
}

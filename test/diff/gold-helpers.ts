/** Matching the differ's report against gold files written by reading the docs' diffs (test/fixtures/diff/gold/). */
import { readFileSync } from 'node:fs';
import type { Change } from '../../generator/diff/report-schema.ts';

export interface GoldChange {
  method: string;
  rule: string;
  /** The path inside the method; gold writers unsure of a result's nesting give the field name instead. */
  path?: string;
  field?: string;
  operator?: string;
  evidence: string;
}

export interface GoldFile {
  old: string;
  new: string;
  subject?: string;
  changes: GoldChange[];
  negatives: Array<{ file: string; methods: string[]; evidence: string }>;
  /** Every API change of the commit is listed: the differ may report nothing else. */
  complete?: boolean;
}

/** Read a gold file. */
export function readGold(file: string): GoldFile {
  return JSON.parse(readFileSync(file, 'utf8')) as GoldFile;
}

/** A method name as gold and report both can spell it: lower case, REST 3.0 marker dropped. */
const methodKey = (m: string) => m.toLowerCase().replace(/@v3$/, '');

/** Whether a reported change is the one a gold item describes. */
export function matches(g: GoldChange, c: Change): boolean {
  if (methodKey(g.method) !== methodKey(c.method) || g.rule !== c.rule) return false;
  if (g.operator !== undefined && c.old !== g.operator && c.new !== g.operator) return false;
  // A value added or removed inside a structure added or removed as a whole is reported once, at the structure.
  if (g.path !== undefined) return g.path === c.path || (/-(added|removed)$/.test(g.rule) && g.path.startsWith(`${c.path}.`));
  if (g.field !== undefined) return c.path.endsWith(`.${g.field}`);
  return true;
}

/** Gold items the report misses, and reported changes on methods the gold names as unchanged. */
export function compareWithGold(gold: GoldFile, changes: readonly Change[]): { missed: GoldChange[]; onNegatives: Change[]; unexpected: Change[] } {
  const missed = gold.changes.filter((g) => !changes.some((c) => matches(g, c)));
  // A negative names a page whose other hunks are text only: a method the gold also lists a change for is checked by that change.
  const changed = new Set(gold.changes.map((g) => methodKey(g.method)));
  const negativeMethods = new Set(gold.negatives.flatMap((n) => n.methods.map(methodKey)).filter((m) => !changed.has(m)));
  const onNegatives = changes.filter((c) => negativeMethods.has(methodKey(c.method)));
  // Gold is read from the tables: a change that rests on a response example only is outside what it claims.
  const unexpected = gold.complete ? changes.filter((c) => c.basis !== 'example' && !gold.changes.some((g) => matches(g, c))) : [];
  return { missed, onNegatives, unexpected };
}

/**
 * REST 3.0 filter operators. A REST 3.0 filter is an array of `[field, operator, value]` conditions whose
 * operators are written as symbols (`>=`) or words (`in`, `between`), so they are kept as written. A method
 * page may list them ("Available filter operators: `=`, `>`, …, `in`, `between`"), name only the default
 * ("`["field", value]`, default operator `=`"), or say nothing and link to the REST 3.0 overview, whose
 * "Supported operators" table then applies (inferred: the method page does not state it).
 */
import { V3_OPERATOR_PATTERN } from '../../../spec/schema.ts';

/** The corpus page that documents the REST 3.0 filter scheme for every method (its "Supported operators" table). */
export const REST_V3_OVERVIEW = 'api-reference/rest-v3.md';

/** A REST 3.0 operator as written: a run of comparison symbols or one lower-case word. */
const V3_OPERATOR = V3_OPERATOR_PATTERN;

/** A run of code spans joined by commas, "and", "or" (`=`, `>`, and `in`). */
const SPAN_RUN = '((?:`[^`\\n]{1,16}`(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+|\\s+or\\s+)?)+)';
/** "Available filter operators: …", "the following operators are supported: …". */
const LISTED = new RegExp(`\\boperators\\b[^.:\`]{0,60}:\\s*${SPAN_RUN}`, 'gi');
/** "default operator `=`", "default operator is `=`". */
const DEFAULT_OP = /\bdefault operator (?:is )?`([^`]{1,16})`/i;
/** The two-element condition `["field", value]`: a quoted field and a value that is no quoted operator. */
const SHORTHAND = /\[\s*"[^"]+"\s*,\s*[^"\s,\]][^,\]]*\]/;

/** What a REST 3.0 filter cell states about its operators. */
export interface V3CellOperators {
  /** The operators the cell lists (symbols and words, in written order). Empty when it lists none. */
  listed: string[];
  /** The phrase the list was read from (to find its line), when the cell lists operators. */
  phrase?: string;
  /** The default operator the cell names for the two-element condition, when it names one. */
  defaultOperator?: string;
  /** True when the cell documents the two-element condition `["field", value]` (stored as the operator ""). */
  shorthand: boolean;
}

/** The operators a REST 3.0 filter cell states (its text may have lost its line breaks). */
export function v3OperatorsFromCell(text: string): V3CellOperators {
  const listed: string[] = [];
  let phrase: string | undefined;
  for (const m of text.matchAll(LISTED)) {
    const ops = [...(m[1] ?? '').matchAll(/`([^`]+)`/g)].map((x) => (x[1] ?? '').trim());
    // A run that holds anything but operators (field names after "operators for:") is no operator list:
    // every item a symbol run or a lower-case word, and at least one symbol (field names are words too).
    if (!ops.every((o) => V3_OPERATOR.test(o) && !/[A-Z]/.test(o)) || !ops.some((o) => /^[=!<>]+$/.test(o))) continue;
    phrase ??= m[0];
    for (const o of ops) if (!listed.includes(o)) listed.push(o);
  }
  const def = DEFAULT_OP.exec(text)?.[1]?.trim();
  const defaultOperator = def && V3_OPERATOR.test(def) ? def : undefined;
  const shorthand = SHORTHAND.test(text) || /\bonly pass the field name and (?:the )?value\b/i.test(text);
  return { listed, ...(phrase ? { phrase } : {}), ...(defaultOperator ? { defaultOperator } : {}), shorthand };
}

/**
 * The "Supported operators" table of the REST 3.0 overview: the code span of each row's first cell, in
 * written order, and the line of the table's heading. Undefined when the page has no such table.
 */
export function v3OperatorsFromOverview(text: string): { operators: string[]; line: number } | undefined {
  const lines = text.split(/\r?\n/);
  const heading = lines.findIndex((l) => /^#{2,6}\s.*\boperators\b/i.test(l));
  if (heading < 0) return undefined;
  const operators: string[] = [];
  let inTable = false;
  for (let i = heading + 1; i < lines.length; i++) {
    const l = (lines[i] ?? '').trim();
    if (/^#{1,6}\s/.test(l)) break;
    if (l.startsWith('#|')) inTable = true;
    else if (l.startsWith('|#')) break;
    else if (inTable) {
      const op = /^\|\|\s*`([^`]+)`\s*\|/.exec(l)?.[1]?.trim();
      if (op && V3_OPERATOR.test(op) && !operators.includes(op)) operators.push(op);
    }
  }
  return operators.length > 0 ? { operators, line: heading + 1 } : undefined;
}

/**
 * The values a param or field may take, as a description lists them: a bullet list (`` - `X` — text ``)
 * or a sentence ("Supported types are `PAGE`, `STORE`"). Also tells a list of values from a list of
 * field names ("Available fields:") and from lists that describe parts or formats of the value.
 */
import type { EnumValue } from '../../../spec/schema.ts';
import { kids, lineOf, squash, textOf } from './md.ts';
import type { AnyNode } from './nodes.ts';
import { inlineProse } from './prose.ts';

/** A value list read from a description. */
export interface ValueList {
  values: EnumValue[];
  /** Line of the list (or of the sentence that lists the values). */
  line?: number | undefined;
  /** The lead-in says the items are field names ("Available fields:"), not values of the field itself. */
  names: boolean;
}

/**
 * The words of a list's lead-in that say the items are parts of the value (keys, modifiers) or formats, not its
 * values; a lead-in that is only "where:" explains the placeholders of a formula or filter shown just before
 * (crm.deal STAGE_ID: "``{ ENTITY_ID: entityId, STATUS_ID: statusId }`` where: - `entityId` is equal to …").
 */
const NOT_VALUES =
  /\b(structure|fields|keys|parameters|modifiers?|extensions?|macros?|placeholders?|masks?|operators?|following options|formats?)\b|\bin the format\b|^\s*where\s*:?\s*$/i;

/**
 * A lead-in naming the fields one may pass ("Available fields:", "Supported fields:", "Sorting works on the
 * following fields:"), not the fields of a structure.
 */
const FIELD_NAMES =
  /\b(?:available|possible|supported|allowed|acceptable|valid)\s+fields\s*:?\s*$|\b(?:works|is\s+possible|is\s+available|is\s+supported)\s+(?:on|by|for|with)\s+the\s+following\s+fields\s*:?\s*$/i;

/** A lead-in that says what follows are the values ("Possible values:", "Acceptable values"). */
const VALUES_INTRO = /\b(?:possible|available|acceptable|allowed|supported|valid|permitted)\s+(?:values|types|statuses)\b|\bcan take\b|\bvalues?\s*:?\s*$/i;

/**
 * A sentence that names the values inline: "Supported types are `A`, `B`", "Can take values `Y` or `N`",
 * "Acceptable values: `M`, `F`", "Service activity, values `Y` or `N`", "Uses values `Y` or `N`", "may contain
 * one or more values: `denied` …" — but not "If both values `NAME` and `LAST_NAME` are provided" nor "for
 * `recurrence_mode` with values `this` or `next`" (values of other keys). The capture is the text after the lead-in.
 */
const INLINE_INTRO =
  /\b(?:(?:possible|supported|available|acceptable|allowed|valid|permitted)\s+(?:values|types|statuses)(?:\s+(?:are|is))?|(?:can\s+take|takes|accepts|may\s+take)(?:\s+the)?(?:\s+following)?\s+values?|values(?=\s*:\s*`)|(?<=(?:^|[.,;(]|\buses)\s*)values(?=\s*`))\s*[:—–]?\s*/gi;

/** Words after a list that say the values are not taken ("`Y` and `N` do not work", "are not supported"). */
const NEGATED = /^\s*(?:(?:do|does|are|is|will|must|should)\s+not|don't|doesn't|aren't|isn't|cannot|can't)\b/i;

/** A sentence whose subject is another key than the row's own ("The `align` parameter sets alignment."). */
const OTHER_KEY = /^\s*(?:the\s+)?`[^`]+`\s+(?:parameter|field|key|attribute|property)\b/i;

/** What may stand between two values of an inline list: a description after a dash or in parentheses, then a separator. */
const GAP = /^\s*(?:\([^()`]*\)\s*)?(?:[—–-]\s*([^`]*?)\s*)?(?:,\s*(?:or\s+|and\s+)?|;\s*|\s+or\s+|\s+and\s+|\s*\/\s*|\s*\n\s*)$|^\s+$/;

/** Values that name JSON types ("`array` — a list is set", "`null` — none"): the list describes shapes, not values. */
const TYPE_WORDS = /^(array|object|null|string|integer|number|boolean|bool|int|float)$/i;

/** The value of a code span: quotes around it are no part of it (`'P'` is P). */
function unquote(v: string): string {
  return /^'[^']*'$|^"[^"]*"$/.test(v) ? v.slice(1, -1) : v;
}

/** The first value list of a description's blocks: bullet lists first (they are the common form), then a sentence. */
export function valueListOf(nodes: readonly unknown[]): ValueList | null {
  const found = bulletList(nodes) ?? inlineList(nodes);
  if (!found) return null;
  // JSON type names with `null` or `array` among them ("`string` — a position is set, `null` — none") describe
  // the shapes the value takes, not values; `string`, `integer`, `date` alone may be the values of a type field.
  const words = found.values.map((v) => String(v.value));
  if (words.every((w) => TYPE_WORDS.test(w)) && words.some((w) => /^(null|array|object)$/i.test(w))) return null;
  return found;
}

/**
 * Bullet lists: at least two items, and most of them, start with a code span (the value; the rest after
 * a dash is its description). After a lead-in that says these are values, an item may also start with a
 * bare UPPER_CASE word ("- P — personal settings").
 */
function bulletList(nodes: readonly unknown[]): ValueList | null {
  for (const { list, intro } of findLists(nodes)) {
    // The lead-in proper is the intro's last sentence ("… data format version 1.05. Possible values:").
    const lead =
      intro
        .trim()
        .split(/[.!?]\s+/)
        .pop() ?? '';
    const names = FIELD_NAMES.test(lead);
    if (!names && NOT_VALUES.test(lead)) continue;
    const bare = VALUES_INTRO.test(lead);
    const values: EnumValue[] = [];
    let items = 0;
    for (const item of kids(list)) {
      items++;
      const para = kids(item)[0];
      const inl = para ? kids(para) : [];
      const first = inl[0] as { type?: string; value?: string } | undefined;
      if (first?.type === 'inlineCode' && first.value !== undefined) {
        const after = squash(inlineProse(inl.slice(1)));
        // "- `DEALS` and `UF_DEALS` become `UF_USR_DEALS`": a code span running on into a sentence is an
        // example, not a value; unless the lead-in says values follow, a value stands alone or before a dash.
        if (!bare && /^\s*\p{L}/u.test(after)) continue;
        const rest = after.replace(/^[\s—–:=-]+/, '').trim();
        const value = unquote(first.value);
        values.push(rest ? { value, description: rest } : { value });
        continue;
      }
      const m = bare ? /^([A-Z][A-Z0-9_]*)\s+[—–-]\s+(.+)$/s.exec(squash(inlineProse(inl))) : null;
      if (m?.[1]) values.push({ value: m[1], description: (m[2] ?? '').trim() });
    }
    if (values.length >= 2 && values.length * 3 >= items * 2) return { values, line: lineOf(list), names };
  }
  return null;
}

/** A sentence that lists the values after a lead-in ("Supported values are `Y` and `N`."); not "Examples of valid values". */
function inlineList(nodes: readonly unknown[]): ValueList | null {
  const paras = paragraphs(nodes);
  for (const [i, para] of paras.entries()) {
    const text = inlineProse(kids(para));
    for (const m of text.matchAll(INLINE_INTRO)) {
      const sentences = text.slice(0, m.index).split(/[.!?]\s/);
      const before = sentences.pop() ?? '';
      if (/\bexamples?\b/i.test(before)) continue;
      // "The `align` parameter sets alignment. Possible values: `left`, `right`": the values of another key.
      if (OTHER_KEY.test(sentences.pop() ?? '')) continue;
      let rest = text.slice((m.index ?? 0) + m[0].length);
      let at = para;
      // "Possible values:" ending its paragraph, the values on the lines of the next one.
      const next = paras[i + 1];
      if (rest.trim() === '' && next) [rest, at] = [inlineProse(kids(next)).trim(), next];
      const { values, end } = inlineValues(rest);
      // "Values `Y` and `N` do not work. You must pass `"true"`": values the key does not take.
      if (NEGATED.test(rest.slice(end))) continue;
      // A bare "values `A` or `B`" is a list only with two or more ("the values `[12, 255]`" names one).
      const bare = /^values/i.test(m[0]);
      if (values.filter((v) => v.value !== 'null').length > (bare ? 1 : 0)) return { values, line: lineOf(at), names: false };
    }
  }
  return labelList(paras[0]);
}

/** A label that introduces something else than the row's values: keys, parameters, formats, examples, a choice of params. */
const NOT_A_VALUE_LABEL = new RegExp(`${NOT_VALUES.source}|\\b(?:one of|at least|required|mandatory|examples?|e\\.g\\.|such as|returns?)\\b`, 'i');

/**
 * A description that opens with a label and a colon and lists the values after it, to the end of its
 * sentence: "Read status of the notification: `Y` or `N`", "User's gender: `M` or `F`", "Type of chat:
 * `chat`, `open`, `channel`, and others". Only the first sentence: later ones may speak of other things.
 */
function labelList(para: AnyNode | undefined): ValueList | null {
  if (!para) return null;
  const text = inlineProse(kids(para));
  const m = /^([^:.!?\n]{3,100}?):\s*(?=`)/.exec(text);
  if (!m?.[1] || NOT_A_VALUE_LABEL.test(m[1])) return null;
  const rest = text.slice(m[0].length);
  const { values, end } = inlineValues(rest);
  if (values.length < 2) return null;
  // The list must end its sentence ("… `N`. This parameter…", "… and others"): no more words that would make it part of a phrase.
  if (!/^(?:\s*[—–-][^`.;\n]*)?\s*(?:,?\s*(?:and|or)\s+others|,?\s*etc\.?)?\s*(?:[.;]\s|[.;]?$|\n)/.test(rest.slice(end))) return null;
  return { values, line: lineOf(para), names: false };
}

/** The code spans at the start of `rest` that a list's separators join, each with the description beside it, and where the last one ends. */
function inlineValues(rest: string): { values: EnumValue[]; end: number } {
  const out: EnumValue[] = [];
  const re = /`([^`\n]+)`/g;
  let at = 0;
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    const gap = rest.slice(at, m.index);
    if (out.length === 0 ? gap.trim() !== '' : !GAP.test(gap)) break;
    if (out.length > 0) {
      const desc = GAP.exec(gap)?.[1]?.trim();
      const prev = out[out.length - 1];
      if (desc && prev) prev.description = desc;
    }
    out.push({ value: unquote(m[1] ?? '') });
    at = m.index + m[0].length;
  }
  // The last value's description runs to the end of its line or sentence ("`V` — can edit only").
  const tail = /^\s*[—–-]\s*([^`\n]*?)\s*(?:[.;]\s|$|\n)/.exec(rest.slice(at));
  const last = out[out.length - 1];
  if (last && tail?.[1]) last.description = tail[1].replace(/\.$/, '');
  return { values: out, end: at };
}

/** Paragraphs in document order (not inside tables or lists). */
function paragraphs(nodes: readonly unknown[]): AnyNode[] {
  const out: AnyNode[] = [];
  const visit = (siblings: readonly unknown[]) => {
    for (const node of siblings) {
      const n = node as AnyNode;
      if (n.type === 'paragraph') out.push(n);
      else if (n.type !== 'yfmTable' && n.type !== 'list' && n.type !== 'code') visit(kids(n));
    }
  };
  visit(nodes);
  return out;
}

/** Lists in document order (not inside tables), each with the text of the paragraph right before it. */
function findLists(nodes: readonly unknown[]): Array<{ list: AnyNode; intro: string }> {
  const out: Array<{ list: AnyNode; intro: string }> = [];
  const visitAll = (siblings: readonly unknown[]) => {
    siblings.forEach((node, i) => {
      const n = node as AnyNode;
      if (n.type === 'list') {
        const prev = siblings[i - 1] as AnyNode | undefined;
        out.push({ list: n, intro: prev && prev.type === 'paragraph' ? textOf(prev) : '' });
        return;
      }
      if (n.type === 'yfmTable') return;
      visitAll(kids(n));
    });
  };
  visitAll(nodes);
  return out;
}

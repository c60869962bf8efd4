/**
 * The keys of an object as the row's own description names them, when the page gives the object no table:
 * a bullet list after a lead-in ("Pagination parameters:" / "- `page` — page number"), or a sentence
 * ("The option `iNumPage` is available — page number", "one key is available: `height` — …").
 * Lists of values ("Possible values:"), of format parts ("in the format `{…}`, where:"), of filter or sort
 * fields, and of examples are not keys of the object; the caller decides the row is an object at all.
 */
import type { TypeRef } from '../../../spec/schema.ts';
import { inferJsonType } from '../../common/infer-json-type.ts';
import { kids, lineOf, squash, textOf } from './md.ts';
import type { AnyNode } from './nodes.ts';
import { isNamePattern, isPlaceholderValue } from './patterns.ts';
import { inlineProse } from './prose.ts';

/** One key the description names. */
export interface DescribedKey {
  name: string;
  /** The words after the key's dash ("page number"). */
  description: string;
  /** The blocks of the key's bullet below its first line (a nested value list), if any. */
  more: unknown[];
  line?: number | undefined;
}

/** The keys a description names, and whether the lead-in says the list is only a part ("for example"). */
export interface DescribedKeys {
  keys: DescribedKey[];
  partial: boolean;
  form: 'bullets' | 'sentence';
}

/**
 * A lead-in after which the bullets are not the object's keys: values ("Possible values for `order`:",
 * "can take the following values"), format parts ("in the format `{…}`, where:"), the fields a filter or a
 * sort accepts, fields that are required ("Required fields for creating a template:"), examples.
 */
const NOT_KEYS =
  /\bvalues?\b|\bexamples?\b|\be\.g\.|\bformat\b|\bform\b|\bwhere\b|\bfilter|\bsort|\brequired\b|\bmandatory\b|\bavailable fields\b|\bmap\b|\bcan take\b/i;

/** A description that gives the object's shape as a format: its bullets describe the format, not keys. */
const IN_FORMAT = /\b(?:format|form)\b/i;

/** A lead-in that says the list is part of the keys only. */
const PARTIAL = /\b(?:for example|such as|including|among others|some of|main|basic)\b/i;

/** A key's description that says part of its name stands for something else ("*lang* is replaced with en, de"). */
const REPLACED_PART = /\b(?:is|are) replaced (?:with|by)\b/i;

/** A key name: a plain identifier (not `>=`, not `user[id]`), and not a value word or placeholder. */
const KEY_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const VALUE_WORDS = /^(?:true|false|null|Y|N|array|object|string|integer|boolean)$/i;
/** `field_n`, `value_1`, `field_N`, `order_N`: the parts of a format, not keys. */
const FORMAT_PART = /_(?:[nN]|\d+)$/;

function isKeyName(name: string, description: string): boolean {
  return KEY_NAME.test(name) && !VALUE_WORDS.test(name) && !FORMAT_PART.test(name) && !isNamePattern(name, description) && !isPlaceholderValue(name);
}

/** The keys the description's blocks name, or null when they name none (see the module comment). */
export function describedKeys(nodes: readonly unknown[]): DescribedKeys | null {
  return bulletKeys(nodes) ?? sentenceKeys(nodes);
}

/** A top-level bullet list whose every item starts with a key in a code span and a dash, after a lead-in ending in a colon. */
function bulletKeys(nodes: readonly unknown[]): DescribedKeys | null {
  for (const [i, node] of nodes.entries()) {
    const n = node as AnyNode;
    if (n.type !== 'list') continue;
    const prev = nodes[i - 1] as AnyNode | undefined;
    const intro = prev?.type === 'paragraph' ? squash(textOf(prev)).trim() : '';
    if (!intro.endsWith(':') || NOT_KEYS.test(intro)) continue;
    // "Access permissions in the format `{"access_code": "permission_level"}`": later lists explain the format's parts.
    if (nodes.slice(0, i).some((b) => (b as AnyNode).type === 'paragraph' && IN_FORMAT.test(textOf(b)))) return null;
    const keys: DescribedKey[] = [];
    let family = false;
    for (const item of kids(n)) {
      const [para, ...more] = kids(item);
      const inl = para ? kids(para) : [];
      const first = inl[0] as { type?: string; value?: string } | undefined;
      const rest = inlineProse(inl.slice(1));
      const sep = /^\s*(?:\\?\*\s*)?[—–:-]\s*/.exec(rest);
      if (first?.type !== 'inlineCode' || first.value === undefined || !sep) return null;
      const description = squash(rest.slice(sep[0].length)).trim();
      if (!isKeyName(first.value, description)) return null;
      // "`lang_selfhosted` — *lang* is replaced with en, de, …": a family of keys, not one; the object stays open to them.
      if (REPLACED_PART.test(description)) {
        family = true;
        continue;
      }
      keys.push({ name: first.value, description, more, line: lineOf(item) });
    }
    if (keys.length === 0) return null;
    return { keys, partial: family || PARTIAL.test(intro), form: 'bullets' };
  }
  return null;
}

/**
 * "The option `iNumPage` is available — page number", "Currently, one key is available: `height` — specifies
 * the height": the sentence names the object's one key, with its meaning after a dash.
 */
const KEY_SENTENCE = /\b(?:options?|keys?)\s+(?:`([^`]+)`\s+(?:is|are)\s+available|(?:is|are)\s+available\s*:\s*`([^`]+)`)\s*(?:[—–-]\s*([\s\S]*))?/i;

function sentenceKeys(nodes: readonly unknown[]): DescribedKeys | null {
  for (const node of nodes) {
    const n = node as AnyNode;
    if (n.type !== 'paragraph') continue;
    const m = KEY_SENTENCE.exec(inlineProse(kids(n)));
    const name = m?.[1] ?? m?.[2];
    if (!m || !name) continue;
    // The rest of the paragraph is about that key ("… in pixels. Default — `0`.").
    const description = squash(m[3] ?? '').trim();
    if (!isKeyName(name, description)) continue;
    return { keys: [{ name, description, more: [], line: lineOf(n) }], partial: false, form: 'sentence' };
  }
  return null;
}

/** Words that say a key holds a count or a position: "number of records", "page number", "record offset", "user ID". */
const INTEGER_WORDS = /\b(?:[Nn]umber of|[Pp]age number|[Oo]ffset)\b|\bID\b/;

/** How a described key got its type: the page's example of the object, its words, or nothing. */
export interface KeyTyping {
  type: TypeRef;
  /** What the type rests on: `example`, `words` (with the word), or null when the key stays untyped. */
  from: { kind: 'example' } | { kind: 'words'; word: string } | null;
}

/**
 * The type of a described key: the value the page's example gives the key inside this object first (the
 * description never states a type), then the words of its description, else unknown.
 */
export function keyTyping(key: DescribedKey, exampleObject: unknown): KeyTyping {
  if (exampleObject && typeof exampleObject === 'object' && !Array.isArray(exampleObject)) {
    const hit = Object.entries(exampleObject as Record<string, unknown>).find(([k]) => k.toLowerCase() === key.name.toLowerCase());
    const v = hit?.[1];
    if (v !== undefined && v !== null) {
      const t = inferJsonType(v, key.name, { source: { file: '', how: 'inferred', evidence: 'example' }, stringFormats: true });
      if (!(t.kind === 'scalar' && t.name === 'unknown')) return { type: t, from: { kind: 'example' } };
    }
  }
  // (Case kept: "ID" is the word, "id" in lower-case prose may be a key's name.)
  const m = INTEGER_WORDS.exec(key.description);
  if (m) return { type: { kind: 'scalar', name: 'integer' }, from: { kind: 'words', word: m[0] } };
  return { type: { kind: 'scalar', name: 'unknown' }, from: null };
}

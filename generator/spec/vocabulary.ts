/**
 * The docs' type words that every reader shares, and the one TypeRef each of them means. A reader may
 * add words of its own docs (`extendVocabulary`), but cannot give a shared word another meaning.
 *
 * `any` and `unknown` (see ScalarName): a word we read maps to a type even when that type constrains
 * nothing — `any`/`mixed`, the members of a bare `array` or `object`, a `file` (sent in several wire
 * forms) are `any`. `unknown` is left for what we could not read: no type given, or a word outside the
 * vocabulary (kept as `docType`, with a warning from the reader).
 *
 * Not shared: `time`, which is a time-of-day string in the Vibe docs but a structure (request timing) on
 * the REST data-types page; each reader defines it.
 */
import type { TypeRef } from './schema.ts';

const ANY: TypeRef = { kind: 'scalar', name: 'any' };

/** Lower-cased doc word → its type. */
const SHARED: Record<string, TypeRef> = {
  string: { kind: 'scalar', name: 'string' },
  text: { kind: 'scalar', name: 'string', format: 'text', docType: 'text' },
  char: { kind: 'scalar', name: 'string', format: 'char', docType: 'char' },
  integer: { kind: 'scalar', name: 'integer' },
  int: { kind: 'scalar', name: 'integer', docType: 'int' },
  number: { kind: 'scalar', name: 'number' },
  // The format already says "double"; `docType` only records words the format does not.
  double: { kind: 'scalar', name: 'number', format: 'double' },
  float: { kind: 'scalar', name: 'number', format: 'double', docType: 'float' },
  boolean: { kind: 'scalar', name: 'boolean' },
  bool: { kind: 'scalar', name: 'boolean', docType: 'bool' },
  date: { kind: 'scalar', name: 'string', format: 'date', docType: 'date' },
  datetime: { kind: 'scalar', name: 'string', format: 'datetime', docType: 'datetime' },
  timestamp: { kind: 'scalar', name: 'integer', format: 'timestamp', docType: 'timestamp' },
  null: { kind: 'scalar', name: 'null' },
  any: ANY,
  mixed: { kind: 'scalar', name: 'any', docType: 'mixed' },
  // A file goes as a base64 pair, an object or a URL depending on the method: any value, marked as a file.
  file: { kind: 'scalar', name: 'any', format: 'file', docType: 'file' },
  // A bare `array` / `object` says the container, not its members: members of any type.
  array: { kind: 'array', items: ANY },
  object: { kind: 'object', fields: [], additional: ANY },
};

/** The shared words and their types. */
export const SHARED_TYPE_WORDS: ReadonlyMap<string, TypeRef> = new Map(Object.entries(SHARED));

/** The type of a shared doc word (any case), as a fresh copy; null when the word is not shared. */
export function sharedTypeWord(word: string): TypeRef | null {
  const t = SHARED_TYPE_WORDS.get(word.toLowerCase());
  return t ? structuredClone(t) : null;
}

/**
 * A reader's vocabulary: the shared words plus its own (keys kept as the reader writes them); throws
 * if `extra` gives a shared word (in any case) another meaning.
 */
export function extendVocabulary(extra: Record<string, TypeRef>): Record<string, TypeRef> {
  for (const word of Object.keys(extra)) {
    if (SHARED_TYPE_WORDS.has(word.toLowerCase())) throw new Error(`type word "${word}" is shared: a reader cannot redefine it`);
  }
  return { ...Object.fromEntries([...SHARED_TYPE_WORDS].map(([w, t]) => [w, structuredClone(t)])), ...extra };
}

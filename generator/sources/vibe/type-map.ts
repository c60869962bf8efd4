/** The Vibe docs' type words ("number", "datetime", "string | string[]") mapped to spec TypeRefs. */
import type { TypeRef } from '../../spec/schema.ts';
import { extendVocabulary } from '../../spec/vocabulary.ts';

const UNKNOWN: TypeRef = { kind: 'scalar', name: 'unknown' };

/** The shared words (spec/vocabulary.ts) plus the Vibe docs' own, lower-cased (Vibe sends real JSON types). */
const WORDS = extendVocabulary({
  str: { kind: 'scalar', name: 'string', docType: 'str' },
  email: { kind: 'scalar', name: 'string', docType: 'email' },
  url: { kind: 'scalar', name: 'string', docType: 'url' },
  uuid: { kind: 'scalar', name: 'string', docType: 'uuid' },
  decimal: { kind: 'scalar', name: 'number', format: 'double', docType: 'decimal' },
  time: { kind: 'scalar', name: 'string', format: 'time', docType: 'time' },
  // The docs describe a multifield's shape only in prose (input and output forms differ): keep the word.
  multifield: { kind: 'scalar', name: 'unknown', docType: 'multifield' },
  // A JSON object whose keys the docs do not list: the shared meaning of `object`.
  json: { kind: 'object', fields: [], additional: { kind: 'scalar', name: 'any' } },
});

// Identifier fields are documented as "number" but are whole numbers: "id", "companyId", "assignedById".
const ID_LIKE = /^(id|[a-z][A-Za-z0-9]*Id)$/;

/** Whether a token is one of the documented type words, optionally with `[]` suffixes. */
export function isTypeWord(token: string): boolean {
  return Object.hasOwn(WORDS, token.replace(/(\[\])+$/, '').toLowerCase());
}

/** The TypeRef of a documented type expression; `unknownWords` lists words outside the vocabulary. */
export function mapVibeType(docType: string, fieldName = ''): { type: TypeRef; unknownWords: string[] } {
  const unknownWords: string[] = [];
  const parts = docType
    .split(/\s*(?:\||\/|\bor\b)\s*/i)
    .map((p) => p.trim())
    .filter(Boolean);
  const members: TypeRef[] = [];
  for (const part of parts) {
    const t = mapWord(part, fieldName, parts.length === 1);
    if (!t) unknownWords.push(part);
    const ref = t ?? { kind: 'scalar', name: 'unknown', docType: part };
    if (!members.some((m) => JSON.stringify(m) === JSON.stringify(ref))) members.push(ref);
  }
  if (members.length === 0) return { type: UNKNOWN, unknownWords };
  return { type: members.length === 1 ? members[0]! : { kind: 'union', anyOf: members }, unknownWords };
}

function mapWord(word: string, fieldName: string, alone: boolean): TypeRef | null {
  const m = /^(.*?)((?:\[\])*)$/.exec(word);
  const base = (m?.[1] ?? word).toLowerCase();
  const depth = (m?.[2] ?? '').length / 2;
  const scalar = WORDS[base];
  if (!scalar) return null;
  let t: TypeRef = scalar;
  if (base === 'number' && alone && depth === 0 && ID_LIKE.test(fieldName)) {
    t = { kind: 'scalar', name: 'integer', format: 'id', docType: 'number' };
  }
  for (let i = 0; i < depth; i++) t = { kind: 'array', items: t };
  return t;
}

/**
 * A tolerant reader for the data literals in code examples: JSON, JS object literals and PHP arrays.
 * Scraped examples lost their fences and sometimes their tail, so the reader never throws: it keeps
 * what it could read, marks non-literal expressions (`new Date()`, `$x->format(...)`) as `expr`, and
 * says whether the literal was closed. Offsets let callers cite the line of every key.
 */

export type LNode =
  | { kind: 'object'; entries: LEntry[]; offset: number }
  | { kind: 'array'; items: LNode[]; offset: number }
  | { kind: 'value'; value: string | number | boolean | null; offset: number }
  | { kind: 'expr'; text: string; offset: number };

export interface LEntry {
  key: string;
  keyOffset: number;
  value: LNode;
}

export interface LiteralResult {
  node: LNode;
  /** Offset just past the literal (the text length when it ran off the end). */
  end: number;
  /** False when the text ended (or broke) before the literal closed. */
  complete: boolean;
}

const CLOSERS: Record<string, string> = { '{': '}', '[': ']', '(': ')' };
const WORD = /[A-Za-z0-9_$]/;

/** Read the literal that starts at `start` (at or after whitespace). Returns null when no value starts there. */
export function parseLiteral(text: string, start: number): LiteralResult | null {
  const state = { text, pos: start, complete: true };
  skipSpace(state);
  if (state.pos >= text.length) return null;
  const node = readValue(state, 0);
  if (!node) return null;
  return { node, end: state.pos, complete: state.complete };
}

interface State {
  text: string;
  pos: number;
  complete: boolean;
}

/** Nesting beyond this is not a doc example; stop rather than overflow the stack on junk input. */
const MAX_DEPTH = 200;

function readValue(s: State, depth: number): LNode | null {
  skipSpace(s);
  const ch = s.text[s.pos];
  if (ch === undefined) {
    s.complete = false;
    return null;
  }
  if (depth > MAX_DEPTH) {
    s.complete = false;
    s.pos = s.text.length;
    return null;
  }
  const offset = s.pos;
  if (ch === '{') return readObject(s, depth);
  if (ch === '[') return readArray(s, depth, ']');
  if (s.text.startsWith('array(', s.pos)) {
    s.pos += 'array'.length;
    return readArray(s, depth, ')');
  }
  if (ch === '"' || ch === "'") {
    const str = readString(s);
    return str === null ? null : maybeExpression(s, { kind: 'value', value: str, offset }, offset);
  }
  const num = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(s.text.slice(s.pos, s.pos + 64));
  if (num && !WORD.test(s.text[s.pos + num[0].length] ?? '')) {
    s.pos += num[0].length;
    return maybeExpression(s, { kind: 'value', value: Number(num[0]), offset }, offset);
  }
  const word = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(s.text.slice(s.pos, s.pos + 64));
  if (word) {
    const lower = word[0].toLowerCase();
    const constant = lower === 'true' ? true : lower === 'false' ? false : lower === 'null' ? null : undefined;
    if (constant !== undefined) {
      s.pos += word[0].length;
      return maybeExpression(s, { kind: 'value', value: constant, offset }, offset);
    }
  }
  return readExpression(s, offset);
}

/** A literal followed by an operator (`'a' + b`, `1 * 50`) is an expression, not that literal. */
function maybeExpression(s: State, node: LNode, offset: number): LNode {
  const save = s.pos;
  skipSpace(s);
  const next = s.text[s.pos];
  if (next === undefined || next === ',' || next === '}' || next === ']' || next === ')' || next === ':' || next === ';') {
    s.pos = save;
    return node;
  }
  if (s.text.startsWith('=>', s.pos)) {
    s.pos = save;
    return node;
  }
  s.pos = offset;
  return readExpression(s, offset);
}

/** Anything that is not a literal: read up to the next separator at the same bracket depth. */
function readExpression(s: State, offset: number): LNode {
  const stack: string[] = [];
  while (s.pos < s.text.length) {
    const ch = s.text[s.pos]!;
    if (ch === '"' || ch === "'" || ch === '`') {
      if (readString(s) === null) break;
      continue;
    }
    if (stack.length === 0 && (ch === ',' || ch === '}' || ch === ']' || ch === ')' || ch === ';')) break;
    if (ch === '=' && s.text[s.pos + 1] === '>' && stack.length === 0) break;
    if (CLOSERS[ch]) stack.push(CLOSERS[ch]!);
    else if (ch === stack[stack.length - 1]) stack.pop();
    s.pos++;
  }
  if (s.pos >= s.text.length) s.complete = false;
  return { kind: 'expr', text: s.text.slice(offset, s.pos).trim(), offset };
}

function readObject(s: State, depth: number): LNode {
  const offset = s.pos;
  s.pos++; // {
  const entries: LEntry[] = [];
  for (;;) {
    skipSpace(s);
    const ch = s.text[s.pos];
    if (ch === undefined) {
      s.complete = false;
      break;
    }
    if (ch === '}') {
      s.pos++;
      break;
    }
    if (ch === ',') {
      s.pos++;
      continue;
    }
    const keyOffset = s.pos;
    const key = readKey(s);
    if (key === null) {
      // Not a key we understand (a spread, a method): skip to the next entry.
      if (!skipEntry(s, '}')) break;
      continue;
    }
    skipSpace(s);
    if (s.text[s.pos] === ':') s.pos++;
    else if (s.text.startsWith('=>', s.pos)) s.pos += 2;
    else {
      // Shorthand property `{ id }`: the value is whatever `id` holds.
      entries.push({ key, keyOffset, value: { kind: 'expr', text: key, offset: keyOffset } });
      continue;
    }
    const value = readValue(s, depth + 1);
    if (!value) break;
    entries.push({ key, keyOffset, value });
  }
  return { kind: 'object', entries, offset };
}

/** JS arrays, and PHP arrays, which turn into objects as soon as one `key => value` item shows up. */
function readArray(s: State, depth: number, closer: string): LNode {
  const offset = s.pos;
  s.pos++; // [ or (
  const items: LNode[] = [];
  const entries: LEntry[] = [];
  let assoc = false;
  for (;;) {
    skipSpace(s);
    const ch = s.text[s.pos];
    if (ch === undefined) {
      s.complete = false;
      break;
    }
    if (ch === closer) {
      s.pos++;
      break;
    }
    if (ch === ',') {
      s.pos++;
      continue;
    }
    const itemOffset = s.pos;
    const item = readValue(s, depth + 1);
    if (!item) break;
    skipSpace(s);
    if (s.text.startsWith('=>', s.pos)) {
      s.pos += 2;
      assoc = true;
      const value = readValue(s, depth + 1);
      if (!value) break;
      entries.push({ key: keyText(item), keyOffset: itemOffset, value });
    } else {
      items.push(item);
      entries.push({ key: String(entries.length), keyOffset: itemOffset, value: item });
    }
    if (s.pos === itemOffset) s.pos++; // never loop in place on junk
  }
  return assoc ? { kind: 'object', entries, offset } : { kind: 'array', items, offset };
}

function keyText(node: LNode): string {
  if (node.kind === 'value') return String(node.value);
  if (node.kind === 'expr') return node.text;
  return '';
}

function readKey(s: State): string | null {
  const ch = s.text[s.pos];
  if (ch === '"' || ch === "'") return readString(s);
  const word = /^[A-Za-z0-9_$]+/.exec(s.text.slice(s.pos, s.pos + 200));
  if (!word) return null;
  s.pos += word[0].length;
  return word[0];
}

/** Skip a malformed entry up to the next `,` or the closer at this depth; false at the end of the text. */
function skipEntry(s: State, closer: string): boolean {
  readExpression(s, s.pos);
  const ch = s.text[s.pos];
  if (ch === undefined) {
    s.complete = false;
    return false;
  }
  if (ch === closer) return true;
  s.pos++;
  return true;
}

/** A quoted string with JSON / JS escapes. Returns null (and marks incomplete) when it never closes. */
function readString(s: State): string | null {
  const quote = s.text[s.pos]!;
  let out = '';
  let i = s.pos + 1;
  while (i < s.text.length) {
    const ch = s.text[i]!;
    if (ch === quote) {
      s.pos = i + 1;
      return out;
    }
    if (ch === '\\') {
      const next = s.text[i + 1];
      if (next === undefined) break;
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(s.text.slice(i + 2, i + 6))) {
        out += String.fromCharCode(parseInt(s.text.slice(i + 2, i + 6), 16));
        i += 6;
        continue;
      }
      out += ESCAPES[next] ?? next;
      i += 2;
      continue;
    }
    out += ch;
    i++;
  }
  s.pos = s.text.length;
  s.complete = false;
  return out;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '/': '/', '\\': '\\', '"': '"', "'": "'" };

function skipSpace(s: State): void {
  for (;;) {
    const ch = s.text[s.pos];
    if (ch === undefined) return;
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      s.pos++;
      continue;
    }
    if (ch === '/' && s.text[s.pos + 1] === '/') {
      const nl = s.text.indexOf('\n', s.pos);
      s.pos = nl < 0 ? s.text.length : nl + 1;
      continue;
    }
    if (ch === '/' && s.text[s.pos + 1] === '*') {
      const close = s.text.indexOf('*/', s.pos + 2);
      s.pos = close < 0 ? s.text.length : close + 2;
      continue;
    }
    return;
  }
}

/** The plain JS value a node shows; expressions become `undefined` (no evidence of their type). */
export function toPlain(node: LNode): unknown {
  switch (node.kind) {
    case 'value':
      return node.value;
    case 'expr':
      return undefined;
    case 'array':
      return node.items.map(toPlain);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const e of node.entries) out[e.key] = toPlain(e.value);
      return out;
    }
  }
}

/** The entry of an object node whose key equals `name` ignoring case (Bitrix keys are case-insensitive). */
export function findEntry(node: LNode, name: string): LEntry | undefined {
  if (node.kind !== 'object') return undefined;
  const exact = node.entries.find((e) => e.key === name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  return node.entries.find((e) => e.key.toLowerCase() === lower);
}

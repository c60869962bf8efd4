/**
 * The grammar of generated/api.md, as targets/typescript/package/api-md.ts writes it, read back for
 * `b24gen diff --surface`. One line per export:
 *
 *   - `NAME` KIND · MODULE[ · SIGNATURE]
 *
 * KIND is interface | type | const | function | runtime; MODULE is the file under src/ (no spaces);
 * SIGNATURE is free text (backticks written as `'`, newlines as spaces) that may end in ` #xxxxxxxx`, a
 * hash of details the text leaves out (member types). A member list is `{ a, b?, "quoted-key" }` (a `?`
 * marks an optional member; `{  }` or `{ }` is empty; names are quoted when not identifiers, except in the
 * raw field lists of FilterValues interfaces). Long type texts are cut at 120 characters and
 * end in `… #hash`. Anything else in the entry list is an error: a dropped line would hide a change.
 */

/** The kinds api.md prints. */
export const EXPORT_KINDS = ['interface', 'type', 'const', 'function', 'runtime'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** A member of an interface's (or object type's) list, or a code of a const's list. */
export interface SurfaceMember {
  name: string;
  optional: boolean;
}

/** One api.md line, parsed. */
export interface SurfaceEntry {
  name: string;
  kind: ExportKind;
  module: string;
  /** 1-based line number in the file. */
  line: number;
  /** The signature without its hash ('' when the line has none). */
  text: string;
  hash?: string;
  /** Members, when the signature is a member list; absent for opaque texts. */
  members?: SurfaceMember[];
}

const ENTRY = /^- `([^`]+)` (\S+) · (\S+)(?: · (.*))?$/;
const HASH = /(?:^| )#([0-9a-f]{8})$/;
const MEMBER_LIST = /^\{ (.*) \}$/s;
// An identifier-like property name, or a JSON string literal (typePropertyKey quotes the rest), then an optional `?`.
const MEMBER = /^(?:([A-Za-z_$][\w$]*)|("(?:[^"\\]|\\.)*"))(\?)?/;

/** The exports of an api.md text, in file order; throws an Error naming the line of anything unparsable. */
export function parseApiMd(text: string): SurfaceEntry[] {
  const lines = text.split(/\r?\n/);
  const entries: SurfaceEntry[] = [];
  const seen = new Set<string>();
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    // The title and the "Generated:" note come before the first entry.
    if (entries.length === 0 && (raw.startsWith('# ') || raw.startsWith('Generated:'))) return;
    const entry = parseEntry(raw, line);
    const key = `${entry.module}\u0000${entry.name}`;
    if (seen.has(key)) throw new Error(`api.md line ${line}: \`${entry.name}\` is listed twice in ${entry.module}`);
    seen.add(key);
    entries.push(entry);
  });
  return entries;
}

function parseEntry(raw: string, line: number): SurfaceEntry {
  const m = ENTRY.exec(raw);
  if (!m) throw new Error(`api.md line ${line}: not an export line (- \`name\` kind · module · signature): ${raw.slice(0, 120)}`);
  const [, name = '', kindText = '', module = '', signature = ''] = m;
  const kind = EXPORT_KINDS.find((k) => k === kindText);
  if (!kind) throw new Error(`api.md line ${line}: unknown kind "${kindText}" (known: ${EXPORT_KINDS.join(', ')})`);
  const h = HASH.exec(signature);
  const text = h ? signature.slice(0, h.index) : signature;
  const entry: SurfaceEntry = { name, kind, module, line, text, ...(h?.[1] ? { hash: h[1] } : {}) };
  // errors.ts writes an empty catalogue as `{ }`, memberList([]) as `{  }`.
  const list = text === '{ }' ? (['{ }', ''] as const) : MEMBER_LIST.exec(text);
  if (!list) {
    if (kind === 'interface' && text.startsWith('{')) throw new Error(`api.md line ${line}: unreadable member list of \`${name}\`: ${text.slice(0, 120)}`);
    return entry;
  }
  const inner = list[1] ?? '';
  // A const's list holds error codes as documented: raw text, joined with ", " (no code contains ", " today).
  if (kind === 'const') return { ...entry, members: inner.trim() === '' ? [] : inner.split(', ').map((c) => ({ name: c, optional: false })) };
  const members = propertyMembers(inner);
  if (members) return { ...entry, members };
  // An interface's text is always a member list; FilterValues catalogues list the field names raw (`UF_...`), joined with ", ".
  if (kind === 'interface')
    return { ...entry, members: inner.split(', ').map((m) => (m.endsWith('?') ? { name: m.slice(0, -1), optional: true } : { name: m, optional: false })) };
  // A type's text may be an object type (`{ [F in X]?: Y }`), which is not a member list.
  return entry;
}

/** `a, b?, "x-y"` → members, or undefined when the text is not such a list. */
function propertyMembers(inner: string): SurfaceMember[] | undefined {
  if (inner.trim() === '') return [];
  const out: SurfaceMember[] = [];
  let rest = inner;
  for (;;) {
    const m = MEMBER.exec(rest);
    if (!m) return undefined;
    const name = m[1] ?? (JSON.parse(m[2] ?? '""') as string);
    out.push({ name, optional: m[3] === '?' });
    rest = rest.slice(m[0].length);
    if (rest === '') return out;
    if (!rest.startsWith(', ')) return undefined;
    rest = rest.slice(2);
  }
}

/**
 * The top-level members of a union type text (`A | Record<string, B | C> | "x"` → 3), or undefined when
 * the text cannot be split reliably: cut short (`…`), or with unbalanced brackets or quotes.
 */
export function unionMembers(text: string): string[] | undefined {
  if (text.includes('…')) return undefined;
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if ('([{<'.includes(c)) depth++;
    else if (')]}'.includes(c) || (c === '>' && text[i - 1] !== '=')) depth--;
    else if (depth === 0 && text.startsWith(' | ', i)) {
      parts.push(text.slice(start, i));
      start = i + 3;
      i += 2;
    }
    if (depth < 0) return undefined;
  }
  if (depth !== 0 || quote) return undefined;
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

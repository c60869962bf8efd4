/** Parse a type line (`[\`integer\`](…)`, unions in every spelling, `T[]`) into type tokens. */

export interface TypeToken {
  /** The type name as written, without `[]` suffixes ("crm_multifield"). */
  name: string;
  /** Array depth from `[]` suffixes (or `array<…>`). */
  arrayDepth: number;
  /** The link the type sits in, if any ("../data-types.md#crm_multifield", "#contact"). */
  link: string | null;
}

/** Parse a type line given as canonical inline markdown; members of a union come back in written order. */
export function parseTypeLine(md: string): TypeToken[] {
  const out: TypeToken[] = [];
  // Walk links and code spans in order; code outside links has no link.
  const re = /\[((?:[^\]`]|`[^`]*`)*)\]\(([^)]*)\)|`([^`]+)`/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(md)) !== null) {
    const between = md.slice(last, m.index);
    last = re.lastIndex;
    // Prose between members ends the type ("`string` with value `Y/N`" keeps `string` only).
    if (out.length > 0 && !isSeparator(between)) break;
    if (m[3] !== undefined) {
      pushNames(out, m[3], null);
    } else {
      const inner = m[1] ?? '';
      const link = (m[2] ?? '').trim() || null;
      const codes = [...inner.matchAll(/`([^`]+)`/g)].map((c) => c[1] ?? '');
      if (codes.length > 0) for (const c of codes) pushNames(out, c, link);
      else pushNames(out, inner, link);
    }
  }
  if (out.length === 0) {
    // A bare word ("integer") or "a | b" without backticks.
    const bare = md.replace(/\\/g, '').trim();
    if (/^[A-Za-z_][\w.<>[\]]*(\s*(\||\bor\b)\s*[A-Za-z_][\w.<>[\]]*)*$/.test(bare)) pushNames(out, bare, null);
  }
  return out;
}

function isSeparator(s: string): boolean {
  return /^[\s|,/\\]*(?:\bor\b[\s|,/\\]*)?$/i.test(s) || /^\s*\n\s*$/.test(s);
}

/** Split one code span's text on `|`, "or", "/", and add each member. */
function pushNames(out: TypeToken[], text: string, link: string | null): void {
  const t = text.replace(/\\\|/g, '|');
  const members = t.split(/\s*\|\s*|\s+or\s+/i);
  for (const raw of members) {
    let name = raw
      .trim()
      .replace(/^`+|`+$/g, '')
      .trim();
    if (!name) continue;
    let arrayDepth = 0;
    for (;;) {
      const generic = /^array\s*<\s*(.+)\s*>$/i.exec(name);
      if (generic?.[1]) {
        arrayDepth++;
        name = generic[1].trim();
        continue;
      }
      if (name.endsWith('[]')) {
        arrayDepth++;
        name = name.slice(0, -2).trim();
        continue;
      }
      break;
    }
    // "Y/N" is a value spelling, not two types.
    if (/\//.test(name) && name !== 'Y/N') {
      for (const part of name.split('/')) if (part.trim()) out.push({ name: part.trim(), arrayDepth, link });
      continue;
    }
    out.push({ name, arrayDepth, link });
  }
}

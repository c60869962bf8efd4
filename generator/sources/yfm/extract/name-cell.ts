/** Parse the first cell of a parameter/field row: bold name(s), required marker, footnote, and the type line. */

export interface NameCell {
  /** The name, then its aliases (`**REPORT_ID*** \| **ID***`). Empty when the cell names nothing. */
  names: string[];
  /** A required marker was written: `*` after the bold, or `^*^` inside or outside it. */
  required: boolean;
  /** A `**` footnote marker follows the name (sale.basketitem.add: "taken from the product"), not "required". */
  footnote: boolean;
  /** The type line as canonical inline markdown, or null when the cell has none. */
  typeText: string | null;
  /** Lines after the type line (one-cell rows put the whole description in the name cell). */
  rest: string;
  /** The marker as written, for evidence ("*", "^*^", "**", "*,**"). */
  marker: string;
}

const SUP_STAR = /\^\\?\*\^/g;

/** Split on `|` outside backticks (aliases and union members are separated by escaped pipes in the source). */
export function splitTopLevelPipes(s: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let inCode = false;
  for (const ch of s) {
    if (ch === '`') inCode = !inCode;
    if (ch === '|' && !inCode) {
      parts.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  parts.push(cur);
  return parts;
}

/** Parse one `**name**<marker>` alias segment. */
function parseAlias(segment: string): { name: string; required: boolean; footnote: boolean; marker: string; tail: string } | null {
  const s = segment.trim();
  // An escaped star (`\*`) belongs to the name: `**UF_\***` is `UF_*` with no marker.
  const bold = /^\*\*((?:\\.|[^\\])+?)\*\*(?!\*\*[^*\s])(.*)$/s.exec(s);
  let name: string;
  let after: string;
  if (bold) {
    name = bold[1] ?? '';
    after = bold[2] ?? '';
    // `**x***` where the parser put the star inside: "**x*" + "**" is impossible, but `**x****` → name "x", after "**".
  } else {
    const code = /^`([^`]+)`(.*)$/s.exec(s);
    if (!code) return null;
    name = code[1] ?? '';
    after = code[2] ?? '';
  }
  let required = false;
  let marker = '';
  if (SUP_STAR.test(name)) {
    required = true;
    marker = '^*^';
    name = name.replace(SUP_STAR, '');
  }
  SUP_STAR.lastIndex = 0;
  // The marker is the run of marker characters right after the bold: `*`, `**`, `*,**`, `^*^`.
  const m = /^\s?((?:\^\\?\*\^)|[*,\\]+)?(.*)$/s.exec(after);
  const run = (m?.[1] ?? '').replace(/\\/g, '');
  const tail = m?.[2] ?? after;
  let footnote = false;
  if (run) {
    marker = marker || run;
    if (run === '^*^') required = true;
    else {
      // A single leading star is "required"; a leading "**" (two stars, nothing between) is the footnote.
      const stars = /^\*+/.exec(run)?.[0].length ?? 0;
      if (stars === 1 || stars === 3) required = true;
      if (stars >= 2 || /,\*\*/.test(run)) footnote = true;
    }
  }
  name = name.replace(/^`|`$/g, '').replace(/\\\*/g, '*').trim();
  return { name, required, footnote, marker, tail };
}

/** Parse a name cell given as canonical inline markdown (see `inlineMd`). */
export function parseNameCell(md: string): NameCell {
  const lines = md.split('\n').map((l) => l.trim());
  while (lines.length > 0 && lines[0] === '') lines.shift();
  const first = lines.shift() ?? '';
  const segments = splitTopLevelPipes(first);
  const names: string[] = [];
  let required = false;
  let footnote = false;
  let marker = '';
  let sameLineType = '';
  for (const seg of segments) {
    const a = parseAlias(seg);
    if (!a) {
      if (names.length > 0) sameLineType += (sameLineType ? '|' : '') + seg; // `**Field** \`type\` | ...` on one line
      continue;
    }
    if (a.name) names.push(a.name);
    required ||= a.required;
    footnote ||= a.footnote;
    marker ||= a.marker;
    if (a.tail.trim()) sameLineType += (sameLineType ? '|' : '') + a.tail.trim();
  }
  if (names.length === 0) {
    // Plain-text names (untyped legacy tables): the first word-like token of the line.
    const plain = /^([A-Za-z_][\w.[\]*-]*)(.*)$/.exec(first);
    if (plain?.[1]) {
      names.push(plain[1].replace(/\*+$/, ''));
      if (/^[A-Za-z_][\w.[\]-]*\*(?!\*)/.test(first)) required = true;
    }
  }
  if (/\^\\?\*\^/.test(sameLineType)) {
    required = true;
    marker ||= '^*^';
    sameLineType = sameLineType.replace(SUP_STAR, '').trim();
  }
  SUP_STAR.lastIndex = 0;
  let typeText: string | null = null;
  const restLines = [...lines];
  if (looksLikeType(sameLineType)) typeText = sameLineType;
  else {
    // The type may span two lines (41 rows write a union as two type lines with no separator).
    const typeLines: string[] = [];
    while (restLines.length > 0 && looksLikeType(restLines[0] ?? '')) typeLines.push(restLines.shift() ?? '');
    if (typeLines.length > 0) typeText = typeLines.join(' | ');
  }
  return { names: [...new Set(names)], required, footnote, typeText, rest: restLines.join('\n').trim(), marker };
}

/** A line that is a type line: code spans and links only, joined by pipes, "or", commas. */
export function looksLikeType(line: string): boolean {
  const s = line.trim();
  if (!s) return false;
  if (!/`/.test(s) && !/^\[[A-Za-z_][\w.[\]<>]*\]\(/.test(s))
    return (
      /^[a-z_][\w.]*(\[\])?$/i.test(s) &&
      /^(string|integer|int|boolean|bool|double|float|number|object|array|date|datetime|time|file|any|char|text|null|enum|timestamp)(\[\])?$/i.test(s)
    );
  // Remove links and code spans; what remains must be separators or short qualifiers.
  const rest = s
    .replace(/\[((?:[^\]`]|`[^`]*`)*)\]\([^)]*\)/g, '$1')
    .replace(/`[^`]*`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return rest === '' || /^(?:[|,/ ]|\bor\b|\band\b|\(|\)|\bwith value\b|\bor null\b)*$/i.test(rest) || rest.length <= 3;
}

/**
 * Doc text → JSDoc. Documentation text reaches generated code only through this module: it cannot close
 * the comment (`*\/`), cannot start a tag (`@` at a line start) and cannot open an inline tag (`{@`).
 */

/**
 * Bidirectional-text controls (the embeddings, overrides and isolates, LRM/RLM/ALM). Written raw into a
 * source file they make an editor or a code review show the code in another order than the compiler reads
 * it ("Trojan Source", CVE-2021-42574), so doc text carries them as visible `\u202e`-style escapes instead.
 */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A character as its `\uXXXX` escape (lower-case hex, as JSON writes them). */
export function unicodeEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Neutralise documentation text for a JSDoc body. */
export function escapeDocText(text: string): string {
  const lines = text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    // Control characters other than tab/newline have no business in a comment (and confuse some editors).
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
    .replace(BIDI_CONTROLS, unicodeEscape)
    .replace(/\*\//g, '*\\/')
    .replace(/\{@/g, '{\\@')
    .split('\n')
    .map((line) => line.replace(/\s+$/, '').replace(/^(\s*)@/, '$1\\@'));
  // Collapse blank-line runs and trim leading/trailing blank lines.
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** Inline code in JSDoc: a method or field name between backticks (never at a line start, so a leading `@` is safe). */
export function docCode(text: string): string {
  const inline = text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
    .replace(BIDI_CONTROLS, unicodeEscape)
    .replace(/\*\//g, '*\\/')
    .replace(/\{@/g, '{\\@')
    .replace(/`/g, "'");
  return `\`${inline}\``;
}

/** One JSDoc tag: the tag name is ours (never doc text), the text is escaped by the caller or by `doc`. */
export interface DocTag {
  tag: 'deprecated' | 'see' | 'defaultValue' | 'remarks' | 'example';
  text?: string;
}

/** A tag entry of DocParts; falsy entries are skipped. */
export type TagPart = (DocTag & { rawText?: string }) | undefined | null | false;

/** A JSDoc body built from paragraphs and tags; paragraphs are raw doc text (escaped here) or already-escaped `trusted` text. */
export interface DocParts {
  /** Raw documentation paragraphs (escaped here). */
  paragraphs?: Array<string | undefined | null | false>;
  /** Lines the generator wrote itself from escaped pieces (not escaped again); they form one paragraph. */
  trusted?: Array<string | undefined | null | false>;
  /** Tags; `rawText` marks doc text to escape, `text` is trusted. */
  tags?: TagPart[];
}

/** The JSDoc body text (without delimiters) for `parts`, or undefined when there is nothing to say. */
export function docBody(parts: DocParts): string | undefined {
  const blocks: string[] = [];
  for (const p of parts.paragraphs ?? []) {
    if (!p) continue;
    const e = escapeDocText(p);
    if (e) blocks.push(e);
  }
  const trusted = (parts.trusted ?? []).filter((t): t is string => typeof t === 'string' && t !== '');
  if (trusted.length > 0) blocks.push(trusted.join('\n'));
  const tagLines: string[] = [];
  for (const t of parts.tags ?? []) {
    if (!t) continue;
    const text = t.rawText !== undefined ? escapeDocText(t.rawText) : (t.text ?? '');
    tagLines.push(text ? `@${t.tag} ${text}` : `@${t.tag}`);
  }
  const body = [...(blocks.length ? [blocks.join('\n\n')] : []), ...tagLines].join('\n');
  return body === '' ? undefined : body;
}

/** A ts-morph `docs` array for a body (empty when there is none). */
export function docs(parts: DocParts): string[] {
  const body = docBody(parts);
  return body === undefined ? [] : [body];
}

/** A complete comment for text we assemble ourselves (nested inline object members). */
export function renderDoc(parts: DocParts): string {
  const body = docBody(parts);
  if (body === undefined) return '';
  const lines = body.split('\n');
  if (lines.length === 1) return `/** ${lines[0]} */\n`;
  return `/**\n${lines.map((l) => (l ? ` * ${l}` : ' *')).join('\n')}\n */\n`;
}

/** A value for `@defaultValue`: JSON of the documented default, escaped. */
export function defaultValueText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  if (json === undefined) return undefined;
  return escapeDocText(json.length > 200 ? `${json.slice(0, 197)}...` : json);
}

/** Prose from cells and intro blocks: descriptions, enum lists, defaults, anchor links. */
import { kids, squash, textOf } from './md.ts';
import type { AnyNode } from './nodes.ts';

/** Readable text of blocks: inline code in backticks, links as their text, lists as "- item" lines. */
export function proseOf(nodes: readonly unknown[]): string {
  const out: string[] = [];
  for (const node of nodes) {
    const n = node as AnyNode;
    switch (n.type) {
      case 'paragraph':
      case 'heading':
        out.push(inlineProse(kids(n)));
        break;
      case 'list':
        for (const item of kids(n)) out.push(`- ${proseOf(kids(item)).replace(/\n+/g, ' ')}`);
        break;
      case 'code':
        out.push('```\n' + ((n as { value?: string }).value ?? '') + '\n```');
        break;
      case 'yfmNote':
      case 'yfmCut':
      case 'blockquote':
        out.push(proseOf(kids(n)));
        break;
      case 'yfmInclude':
      case 'yfmTable':
      case 'yfmTabs':
      case 'html':
        break;
      default:
        out.push(textOf(n));
    }
  }
  return out
    .filter((s) => s.trim() !== '')
    .join('\n')
    .trim();
}

/** Inline nodes as text with code spans kept in backticks. */
export function inlineProse(nodes: readonly unknown[]): string {
  let s = '';
  for (const node of nodes) {
    const n = node as { type: string; value?: string };
    if (n.type === 'inlineCode') s += `\`${n.value ?? ''}\``;
    else if (n.type === 'break') s += '\n';
    else if (typeof n.value === 'string') s += n.value;
    else s += inlineProse(kids(n));
  }
  return s;
}

/** Anchor links (`](#x)`) in document order. */
export function anchorLinks(nodes: readonly unknown[]): string[] {
  const out: string[] = [];
  const visit = (node: unknown) => {
    const n = node as { type?: string; url?: string };
    if (n.type === 'link' && typeof n.url === 'string' && n.url.startsWith('#') && n.url.length > 1) out.push(n.url.slice(1));
    for (const c of kids(node)) visit(c);
  };
  for (const n of nodes) visit(n);
  return out;
}

/** Links (url + text) in document order. */
export function linksOf(nodes: readonly unknown[]): Array<{ url: string; text: string }> {
  const out: Array<{ url: string; text: string }> = [];
  const visit = (node: unknown) => {
    const n = node as { type?: string; url?: string };
    if (n.type === 'link' && typeof n.url === 'string') out.push({ url: n.url, text: squash(textOf(n)) });
    for (const c of kids(node)) visit(c);
  };
  for (const n of nodes) visit(n);
  return out;
}

/** A documented default: "By default … `X`", "Default value: `X`", "Default — `X`", "defaults to `X`". */
export function defaultFromProse(text: string): string | null {
  const res = [
    // "Default - `0`" states a value; "used by default - `!=`" ends one bullet and starts the next.
    /(?<!\bby\s)\bdefault(?:\s+value)?\s*(?:is|:|—|–|-|=)\s*`([^`]*)`/i,
    // Not across a closing parenthesis or into the next bullet: "`=` — equal (used by default) - `!=` — …"
    // says `=` is the default operator, not that the param defaults to `!=`.
    /\bby default(?:(?!\s[-*]\s)[^.`\n)]){0,60}?`([^`]*)`/i,
    /\bdefaults?\s+to\s+`([^`]*)`/i,
    /\bdefault(?:\s+value)?\s*(?:is|:|—|–|-|=)\s*(-?\d+(?:\.\d+)?|true|false|null|[YN])\b/i,
    /\bby default,?\s+(?:it is\s+|is\s+)?(-?\d+(?:\.\d+)?|true|false|[YN])\b/i,
  ];
  for (const re of res) {
    const m = re.exec(text);
    if (m?.[1] === undefined) continue;
    return statesAValue(text.slice(0, m.index + m[0].length), text.slice(m.index + m[0].length)) ? m[1] : null;
  }
  return null;
}

/**
 * Whether a default the prose names is a value the param takes, not a rule for making one: "Defaults to
 * `i + 10`, where `i` is …" and "generated using the template `{entityTypeName} #{id}`" give a formula,
 * "an anchor in the form `b<ID>`" a pattern, "all fields are taken — `'*'` + … `'UF_*'`" only a part of
 * the value, and "the filter `isDeleted = "N"` is applied" what the server does when the param is absent.
 */
function statesAValue(upTo: string, after: string): boolean {
  if (/^[\s,]*where\b/i.test(after)) return false;
  if (/^\s*(?:\+|and\s+`|is\s+applied\b)/i.test(after)) return false;
  const lead = upTo.slice(upTo.toLowerCase().lastIndexOf('default'));
  return !/\b(?:template|in the form|pattern|generated|the filter)\b/i.test(lead);
}

/** Convert a default's text to a JSON value of the param's base type. */
export function coerceDefault(raw: string, base: 'string' | 'integer' | 'number' | 'boolean' | 'other'): unknown {
  const t = raw.trim().replace(/^['"]|['"]$/g, '');
  if (t === 'null') return null;
  if ((base === 'integer' || base === 'number') && /^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (base === 'boolean' && (t === 'true' || t === 'false')) return t === 'true';
  if (base === 'other' && /^-?\d+$/.test(t)) return Number(t);
  if (base === 'other' && (t === 'true' || t === 'false')) return t === 'true';
  return t;
}

/** Wordings that say a value may be `null`: "Can be `null`", "… or `null`", "`null` if …", "Returns `null` for …", "- `null` — not set". */
const NULLABLE: RegExp[] = [
  /\b(?:can|may|might|could|will)\s+(?:also\s+)?(?:be|contain|return|have\s+(?:a\s+)?value\s+of)\s+`?null\b/i,
  // "… or `null`", but not "if `true`, `false`, or `null` is passed instead of a string" (an invalid input).
  /\bor\s+(?:`null`|null\b)(?!\s+(?:is|are)\s+passed)/i,
  /(?<!\bnot\s)`null`\s+(?:if|when|for)\b/i,
  /\b(?:is|returns?|has\s+(?:a\s+)?value\s+of|contains)\s+`null`/i,
  /^\s*-\s+`null`\s+[—–-]/m,
];

/** True when a row's description says its value may be `null` (the comparison operators `null`/`not null` are no such statement). */
export function saysNullable(text: string): boolean {
  return NULLABLE.some((re) => re.test(text));
}

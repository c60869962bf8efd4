/** JSON text for large generated documents: indented, but any value whose one-line form is short stays on one line. */
import { escapeInvisible } from '../typescript/common/identifiers.ts';

/** Width up to which an object or array is written on one line. */
const INLINE_WIDTH = 120;

/** Indented JSON where short objects and arrays (`{"type":"string"}`, an `x-b24-source`) stay on one line; ends with a newline. */
export function jsonText(value: unknown): string {
  // Line separators and bidi controls a doc page may carry: escaped, so editors, diffs and terminals show them.
  return `${escapeInvisible(render(value, '').text)}\n`;
}

/** A value's text at `indent` and the length of its one-line form (bottom-up: the one-line form is built only when short). */
function render(value: unknown, indent: string): { flatLength: number; text: string } {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value) ?? 'null';
    return { flatLength: text.length, text };
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return { flatLength: 2, text: '[]' };
    const items = value.map((v) => render(v, inner));
    const flatLength = items.reduce((n, i) => n + i.flatLength + 1, 1);
    if (flatLength <= INLINE_WIDTH) return { flatLength, text: JSON.stringify(value) };
    return { flatLength, text: `[\n${items.map((i) => `${inner}${i.text}`).join(',\n')}\n${indent}]` };
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return { flatLength: 2, text: '{}' };
  const rendered = entries.map(([k, v]) => ({ key: JSON.stringify(k), ...render(v, inner) }));
  const flatLength = rendered.reduce((n, e) => n + e.key.length + 1 + e.flatLength + 1, 1);
  if (flatLength <= INLINE_WIDTH) return { flatLength, text: JSON.stringify(value) };
  return { flatLength, text: `{\n${rendered.map((e) => `${inner}${e.key}: ${e.text}`).join(',\n')}\n${indent}}` };
}

/** Page metadata: scope, access ("Who can execute…" in its wordings), title, intro description (see-also links: see-also.ts). */
import { squash, textOf } from './md.ts';
import type { AnyNode } from './nodes.ts';
import { proseOf } from './prose.ts';
import { kids, lineOf } from './md.ts';

export interface MetaLine {
  value: string;
  line: number | undefined;
}

/** Lines of the intro's blockquotes (where Scope and "Who can…" live), with their lines. */
function quoteLines(intro: readonly AnyNode[]): Array<{ text: string; node: AnyNode }> {
  const out: Array<{ text: string; node: AnyNode }> = [];
  for (const n of intro) {
    if (n.type !== 'blockquote' && n.type !== 'paragraph') continue;
    const paras = n.type === 'blockquote' ? kids(n) : [n];
    for (const p of paras) {
      if (p.type === 'list') {
        out.push({ text: proseOf([p]), node: p });
        continue;
      }
      for (const l of inlineWithCode(p).split('\n')) if (l.trim()) out.push({ text: l.trim(), node: p });
    }
  }
  return out;
}

function inlineWithCode(node: unknown): string {
  const n = node as { type?: string; value?: string };
  if (n.type === 'inlineCode') return `\`${n.value ?? ''}\``;
  if (n.type === 'break') return '\n';
  if (typeof n.value === 'string') return n.value;
  return kids(node).map(inlineWithCode).join('');
}

/** Scopes from the "Scope:" line: every code span (`crm`, `user_brief`), else the words after the colon. */
export function readScope(intro: readonly AnyNode[]): { scopes: string[]; line: number | undefined } {
  for (const q of quoteLines(intro)) {
    const m = /^Scope\s*:\s*(.*)$/i.exec(q.text);
    if (!m) continue;
    const rest = m[1] ?? '';
    const codes = [...rest.matchAll(/`([^`]+)`/g)].map((c) => (c[1] ?? '').trim()).filter((s) => /^[\w.-]+$/.test(s));
    const scopes =
      codes.length > 0
        ? codes
        : rest
            .split(/[,\s]+/)
            .filter((w) => /^[a-z][\w-]*$/.test(w))
            .slice(0, 1);
    return { scopes: [...new Set(scopes)], line: lineOf(q.node) };
  }
  return { scopes: [], line: undefined };
}

/** "Who can execute the method: …" (and its ~14 wordings), with a following list appended. */
export function readAccess(intro: readonly AnyNode[]): MetaLine | null {
  const lines = quoteLines(intro);
  for (let i = 0; i < lines.length; i++) {
    const q = lines[i] as { text: string; node: AnyNode };
    const m = /^Who can (?:execute|perform|call|run|use|work with|receive)[^:]*:\s*(.*)$/i.exec(q.text);
    if (!m) continue;
    let value = squash((m[1] ?? '').replace(/`/g, ''));
    const next = lines[i + 1];
    if (next && next.node.type === 'list') value = `${value} ${squash(next.text)}`.trim();
    return { value, line: lineOf(q.node) };
  }
  return null;
}

/** The intro's prose: paragraphs and lists outside notes, quotes and includes. */
export function readDescription(intro: readonly AnyNode[]): string {
  const nodes = intro.filter((n) => n.type === 'paragraph' || n.type === 'list');
  return proseOf(nodes).slice(0, 4000);
}

/** A human title: the H1 without the method name (kept whole if nothing else remains). */
export function humanTitle(h1: string, names: readonly string[]): string {
  let t = h1;
  for (const n of names) t = t.split(n).join(' ');
  t = squash(
    t
      .replace(/[`*]/g, '')
      .replace(/\(\s*\)/g, '')
      .replace(/[:\s]+$/, ''),
  );
  return t || squash(h1);
}

/** Text of every node, for whole-page checks. */
export function allText(nodes: readonly AnyNode[]): string {
  return nodes.map(textOf).join('\n');
}

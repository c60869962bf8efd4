/** "Continue Learning" links → the method names of their target pages (link text, else the target's H1). */
import { dottedTokens } from './classify.ts';
import { fileStem, stemKey } from './identity.ts';
import type { AnyNode } from './nodes.ts';
import { linksOf } from './prose.ts';

/** Resolve a relative link against a page path (corpus-relative), dropping `#anchor` and mapping `.html` → `.md`. */
export function resolveLink(pagePath: string, url: string): string | null {
  if (/^[a-z]+:/i.test(url) || url.startsWith('#')) return null;
  const clean = url.replace(/[#?].*$/, '').replace(/\.html$/, '.md');
  if (!clean.endsWith('.md')) return null;
  const base = pagePath.split('/').slice(0, -1);
  const parts = clean.startsWith('/') ? clean.slice(1).split('/') : [...base, ...clean.split('/')];
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

const METHOD = /^[a-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+$/;

/** The method name a page documents, from its H1 alone (cheap: no parse). */
export function methodNameOfFile(path: string, text: string): string | null {
  const h1 = /^# (.*)$/m.exec(text)?.[1];
  if (!h1) return null;
  const tokens = dottedTokens(h1).filter((t) => !t.endsWith('*'));
  if (tokens.length === 0) return null;
  const stem = stemKey(fileStem(path));
  return tokens.find((t) => stemKey(t) === stem) ?? tokens[tokens.length - 1] ?? null;
}

/** Method names linked from the continue section, in order, without duplicates or the page's own names. */
export function readSeeAlso(nodes: readonly AnyNode[], pagePath: string, readFile: (p: string) => string | undefined, own: readonly string[]): string[] {
  const out: string[] = [];
  const ownLower = new Set(own.map((o) => o.toLowerCase()));
  for (const l of linksOf(nodes)) {
    let name: string | null = null;
    const text = l.text.replace(/[`*]/g, '').trim();
    if (METHOD.test(text)) name = text;
    else {
      const target = resolveLink(pagePath, l.url);
      const body = target ? readFile(target) : undefined;
      if (target && body !== undefined) name = methodNameOfFile(target, body);
    }
    if (name && !ownLower.has(name.toLowerCase()) && !out.includes(name)) out.push(name);
  }
  return out;
}

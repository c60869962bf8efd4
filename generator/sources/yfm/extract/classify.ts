/** Classify a page (§1): method, event, overview, widget placement, JS-SDK/UI command, include fragment, data types, other. */
import { squash, textOf } from './md.ts';
import type { Outline } from './sections.ts';

export type PageKind = 'method' | 'event' | 'overview' | 'placement' | 'js-sdk' | 'include' | 'data-types' | 'guide' | 'other';

/** Dotted REST name tokens as written in a title (`crm.contact.get`, `user.option.*`). */
export const DOTTED_NAME = /^[a-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*(\.[A-Za-z0-9_*]+)$/;

/** Tokens of a title, stripped of markdown and punctuation around them. */
export function titleTokens(title: string): string[] {
  return title
    .replace(/[`*]{1,3}(?=[^\s])/g, (m) => (m.includes('`') ? ' ' : m))
    .split(/[\s(),:;"«»]+/)
    .map((t) => t.replace(/^[`'"*]+|[`'"?!:]+$/g, '').replace(/\.$/, ''))
    .filter(Boolean);
}

/** Dotted method-name tokens of a title (excluding the bare `im.v2`/`imbot.v2` namespaces). */
export function dottedTokens(title: string): string[] {
  return titleTokens(title).filter((t) => DOTTED_NAME.test(t) && t.includes('.') && !/^(im|imbot)\.v2$/i.test(t));
}

const EVENT_TOKEN = /^(?:[Oo]n[A-Z][A-Za-z0-9]+|ON[A-Z][A-Z0-9_]+|[A-Z]+(?:\.[A-Z]+)*\.ON\.[A-Z]+)$/;

/** Classify a page by its path and outline. The method decision is refined by identity (names found or not). */
export function classifyPage(path: string, outline: Outline): PageKind {
  const p = path.replace(/\\/g, '/');
  if (/\/_includes?\//.test(p) || /^_includes?\//.test(p)) return 'include';
  if (/(^|\/)data-types\.md$/.test(p)) return 'data-types';
  // Outside api-reference live guides, tutorials and the JS SDK docs: only a dotted H1 makes a method page there.
  if (!/^api-reference\//.test(p) && (/^(tutorials|sdk|first-steps|local-integrations|market|ai-tools)\//.test(p) || dottedTokens(outline.title).length === 0))
    return 'guide';
  const title = outline.title;
  const tokens = titleTokens(title);
  const dotted = dottedTokens(title);
  if (tokens.some((t) => EVENT_TOKEN.test(t))) return 'event';
  if (/\/events\/on-[^/]+\.md$/.test(p) && dotted.length === 0) return 'event';
  if (/(^|\/)index\.md$/.test(p) || /\boverview\b/i.test(title)) return 'overview';
  if (/\bBX24\.[A-Za-z.]+/.test(title) || /\b(?:BackgroundCallCard|CallCard)::\w+/.test(title)) return 'js-sdk';
  if (dotted.length === 0 && /(^|\/)widgets\/ui-interaction\//.test(p)) return 'js-sdk';
  if (dotted.length === 0 && /(^|\/)widgets\//.test(p) && tokens.some((t) => /^[A-Z][A-Z0-9]*(?:_[A-Z0-9*]+)+$/.test(t))) return 'placement';
  return dotted.length > 0 ? 'method' : 'other';
}

/** True when the intro/skeleton looks like a method page even without a dotted H1 (the "Who can execute" block or a params H2). */
export function hasMethodSkeleton(outline: Outline): boolean {
  // Guides also have "Who can" lines, parameters and example calls; a method page also has a canonical H2.
  const intro = squash(outline.intro.map(textOf).join(' '));
  if (!/who can (execute|perform|call|run)/i.test(intro)) return false;
  return outline.sections.some((s) => /^(method parameters|parameters|response handling|returned data|code examples|error handling)$/i.test(s.title));
}

/** Recognise Vibe pages by content, and tell method pages, entity pages and guides apart. */
import { firstLine, isHeadingLine, nonEmpty, type Line, type VibeDoc } from './page-lines.ts';

export type VibePageKind =
  | { kind: 'method'; title: Line; verbLine: Line; verb: string; path: string }
  | { kind: 'entity'; title: Line | null; line: Line; entity: string; scope: string[]; basePath: string }
  | { kind: 'guide'; title: Line | null };

const VERB_PATH = /^(GET|POST|PUT|PATCH|DELETE)\s+(\/v\d+\/\S*)$/;
const ENTITY_LINE = /^Entity:\s*([^|]+?)\s*\|(.*?)\bBase path:\s*(\/\S+)/;
const VIBE_HOST = /\bvibecode\.bitrix24\.(tech|com)\b/;
// YFM markdown: Diplodoc directives or `||` table rows anywhere, or a `# Title` (with a space) on top;
// the Vibe scrape writes headings as `#Title`.
const YFM_ANYWHERE = /^\s*(\{%-?\s*(note|include|list|cut|if|endnote|endlist)\b|\|\|)/m;
const YFM_TITLE = /^\s*(---\s*$|#{1,6}\s+\S)/;

/** Whether a text is a Vibe API page (and not scraped apidocs text or YFM markdown). */
export function looksLikeVibePage(text: string): boolean {
  if (typeof text !== 'string' || text.trim() === '') return false;
  const head = text.slice(0, 4000);
  if (
    ENTITY_LINE.test(
      head
        .replace(/\r/g, '')
        .split('\n')
        .find((l) => /^Entity:/.test(l)) ?? '',
    )
  )
    return true;
  const top = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  if (YFM_ANYWHERE.test(text) || YFM_TITLE.test(top)) return false;
  if (VIBE_HOST.test(text)) return true;
  // The API key header or key prefixes next to versioned resource paths: a guide that names no host.
  const v1Path = /(^|[\s`'"(])\/v\d+\/[a-z{]/m.test(text);
  // Vibe key prefixes are Vibe's alone; the key header counts next to /v1/ paths or the product name.
  if (/\bvibe_(api|app|live)_/.test(text)) return true;
  if (/\bX-Api-Key\b/.test(text) && (v1Path || /\bVibe(Code)?\b/.test(text))) return true;
  // The resource template every guide uses, or the `{ success, data }` envelope next to /v1/ paths.
  if (/\/v\d+\/\{entity\}/.test(text) || (v1Path && /"success":\s*(true|false)\b/.test(text))) return true;
  // A bare method page: "#Title" then "GET /v1/…", with the API key header somewhere on the page.
  const lines = head
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.slice(0, 5).some((l) => VERB_PATH.test(l)) && /\bX-Api-Key\b/.test(text);
}

/** Which reader a page needs: an `Entity: … | Base path:` line, a title followed by `VERB /v1/…`, or a guide. */
export function classifyVibePage(doc: VibeDoc): VibePageKind {
  const lines = nonEmpty(doc.lines);
  const title = firstLine(doc);
  for (const line of lines.slice(0, 12)) {
    const m = ENTITY_LINE.exec(line.text);
    if (!m) continue;
    const scopeText = /\bScope:\s*([^|]+)/.exec(m[2] ?? '')?.[1]?.trim() ?? '';
    return { kind: 'entity', title: title && title.no !== line.no ? title : null, line, entity: m[1]!.trim(), scope: scopeList(scopeText), basePath: m[3]! };
  }
  if (title) {
    // The verb line sits right under the title, possibly after one sentence of lead text.
    for (const line of lines.slice(1, 4)) {
      if (isHeadingLine(line.text)) break;
      const m = VERB_PATH.exec(line.text);
      if (m && !/\{entity\}/i.test(m[2]!)) return { kind: 'method', title, verbLine: line, verb: m[1]!, path: m[2]! };
    }
  }
  return { kind: 'guide', title };
}

/** Scopes from a "Scope: crm" cell; prose ("checked individually per entity") gives none. */
export function scopeList(text: string): string[] {
  const t = text.trim();
  if (!/^[a-z][\w:.-]*(\s*,\s*[a-z][\w:.-]*)*$/.test(t)) return [];
  return t.split(/\s*,\s*/);
}

/** The scope a page states on a "Scope: … | Base URL" line, if any. */
export function pageScope(doc: VibeDoc): { scope: string[]; line: number } | null {
  for (const line of nonEmpty(doc.lines).slice(0, 12)) {
    const m = /^Scope:\s*([^|·]+)/.exec(line.text);
    if (m) return { scope: scopeList(m[1]!.replace(/\(.*?\)/g, '').trim()), line: line.no };
  }
  return null;
}

/** "Continue Learning": the related methods the page links to, by the dotted names left in the link titles. */
import { lineText, type PageText } from './lines.ts';
import { methodTokens } from './method-name.ts';
import type { Notes } from './notes.ts';
import type { Section } from './sections.ts';

/** Method names listed under the continue section, in page order, without repeats or the page's own method. */
export function readSeeAlso(page: PageText, section: Section | undefined, self: string, notes: Notes): string[] {
  if (!section) return [];
  const out: string[] = [];
  for (let n = section.start; n < section.end; n++) {
    const t = lineText(page, n);
    if (!/^[-*•]\s+/.test(t)) continue;
    // A list item names one page; when its title holds several names the page's own is the last.
    const tokens = methodTokens(t.replace(/^[-*•]\s+/, ''));
    const name = tokens[tokens.length - 1];
    if (!name || name.toLowerCase() === self.toLowerCase() || out.some((o) => o.toLowerCase() === name.toLowerCase())) continue;
    out.push(name);
  }
  if (out.length > 0) notes.fact('seeAlso', notes.at(section.line, 'read', 'continue-learning'));
  return out;
}

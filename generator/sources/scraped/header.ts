/**
 * The block between the title and the first section: the "Scope:" line (glued by the scrape to
 * "Who can execute the method: …"), notes, and the intro prose that becomes the description.
 */
import type { Provenance } from '../../spec/schema.ts';
import { lineText, type PageText } from './lines.ts';
import type { Notes } from './notes.ts';

/** The boilerplate tip every apidocs page opens with; it says nothing about the method. */
const BOILERPLATE = /^If you are developing integrations for Bitrix24 using AI tools/i;
const WHO_CAN = /Who can (?:execute|perform|call|use|run)[^:]*:/i;
const SCOPE = /^Scope\s*:/i;

export interface ScopeAccess {
  scope: string[];
  access: string | null;
  /** Lines the block occupies, so the intro can skip them. */
  lines: number[];
  scopeSource?: Provenance;
  accessSource?: Provenance;
}

/** Read "Scope: crm" and "Who can execute the method: …" from the header lines [from, to). */
export function readScopeAccess(page: PageText, from: number, to: number, notes: Notes): ScopeAccess {
  const used: number[] = [];
  let scopeText: string | undefined;
  let scopeLine: number | undefined;
  let access: string | null = null;
  let accessLine: number | undefined;
  for (let n = from; n < to; n++) {
    const t = lineText(page, n);
    if (scopeText === undefined && SCOPE.test(t)) {
      scopeLine = n;
      used.push(n);
      let rest = t.replace(SCOPE, '').trim();
      // The scope value usually sits on the next line, glued to "Who can …".
      if (rest.length === 0 && n + 1 < to) {
        rest = lineText(page, n + 1);
        used.push(n + 1);
        n++;
      }
      const who = WHO_CAN.exec(rest);
      scopeText = (who ? rest.slice(0, who.index) : rest).trim();
      if (who) {
        access = rest.slice(who.index + who[0].length).trim() || null;
        accessLine = n;
      }
      continue;
    }
    if (access === null && WHO_CAN.test(t)) {
      const who = WHO_CAN.exec(t)!;
      access = t.slice(who.index + who[0].length).trim() || null;
      accessLine = n;
      used.push(n);
    }
  }
  const scope = parseScope(scopeText, scopeLine, notes);
  if (scopeText === undefined) notes.warn('no-scope', 'No "Scope:" line in the page header', from);
  if (access === null) notes.warn('no-access', 'No "Who can execute the method" line in the page header', scopeLine ?? from);
  return {
    scope,
    access,
    lines: used,
    ...(scopeLine !== undefined ? { scopeSource: notes.at(scopeLine, 'read', 'scope-line') } : {}),
    ...(accessLine !== undefined ? { accessSource: notes.at(accessLine, 'read', 'who-can-line') } : {}),
  };
}

/** "crm" or "crm, task" → scope codes; prose ("depends on the entity") is not a scope list. */
function parseScope(text: string | undefined, line: number | undefined, notes: Notes): string[] {
  if (!text) return [];
  const tokens = text.split(/[,;\s]+/).filter((t) => t.length > 0);
  if (tokens.length > 4 || !tokens.every((t) => /^[a-z][a-z0-9_.-]*$/i.test(t))) {
    notes.warn('scope-prose', `Scope is not a list of scope codes: "${text.slice(0, 80)}"`, line);
    return [];
  }
  return [...new Set(tokens)];
}

/** True for the MCP tip and the legend/how-to lines that repeat on every page. */
export function isBoilerplate(line: string): boolean {
  return BOILERPLATE.test(line) || /^How to Use Examples in Documentation$/i.test(line);
}

/** The intro prose: header lines that are not the title, scope, notes or a table. */
export function readIntro(page: PageText, from: number, to: number, skip: ReadonlySet<number>): { text: string; line?: number } {
  const parts: string[] = [];
  let first: number | undefined;
  for (let n = from; n < to; n++) {
    if (skip.has(n)) continue;
    const t = lineText(page, n);
    if (t.length === 0 || isBoilerplate(t)) continue;
    first ??= n;
    parts.push(t);
  }
  return first === undefined ? { text: '' } : { text: parts.join('\n'), line: first };
}

/** What each heading of a Vibe page introduces, recognised by its words (the scrape keeps no levels). */
import { isSnippetTitle } from './examples.ts';
import type { Section } from './page-lines.ts';

export type SectionRole =
  | 'params'
  | 'response-fields'
  | 'response-example'
  | 'error-example'
  | 'errors'
  | 'examples'
  | 'snippet'
  | 'see-also'
  | 'operations'
  | 'fields'
  | 'relations'
  | 'other';

const ROLES: Array<[RegExp, SectionRole]> = [
  [/^(parameters|(path|query|url|body) parameters|request( fields| body| parameters)?|body|frequently updated fields)\b/i, 'params'],
  [/^response fields\b|^response$|^returned (data|fields)\b/i, 'response-fields'],
  [/^error response( example)?\b/i, 'error-example'],
  [/^response example\b|^example response\b/i, 'response-example'],
  [/^(errors|error codes|possible errors)$/i, 'errors'],
  [/^examples?$/i, 'examples'],
  [/^see also\b/i, 'see-also'],
  [/^operations$/i, 'operations'],
  [/^fields$/i, 'fields'],
  [/^relations\b/i, 'relations'],
];

/** The role of each section; sections under "Examples" are snippets until a heading with another role. */
export function sectionRoles(sections: Section[]): SectionRole[] {
  let inExamples = false;
  return sections.map((s) => {
    const role = ROLES.find(([re]) => re.test(s.title.trim()))?.[1] ?? (isSnippetTitle(s.title) ? 'snippet' : 'other');
    if (role === 'examples') {
      inExamples = true;
      return role;
    }
    if (role !== 'other' && role !== 'snippet') inExamples = false;
    return role === 'other' && inExamples ? 'snippet' : role;
  });
}

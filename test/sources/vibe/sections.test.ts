/** sections.ts: what each heading of a Vibe page introduces. */
import { describe, expect, it } from 'vitest';
import { sectionRoles } from '../../../generator/sources/vibe/sections.ts';

const sections = (...titles: string[]) => titles.map((title, i) => ({ title, line: i + 1, body: [] }));

describe('sectionRoles', () => {
  it.each([
    ['Parameters', 'params'],
    ['Query parameters', 'params'],
    ['Request body', 'params'],
    ['Response fields', 'response-fields'],
    ['Response', 'response-fields'],
    ['Response example', 'response-example'],
    ['Error response', 'error-example'],
    ['Errors', 'errors'],
    ['See also', 'see-also'],
    ['Operations', 'operations'],
    ['Fields', 'fields'],
    ['Relations and includes', 'relations'],
    ['curl', 'snippet'],
    ['Get contact', 'other'],
  ])('%j → %s', (title, want) => {
    expect(sectionRoles(sections(title))).toEqual([want]);
  });

  it('takes the sections under "Examples" as snippets until a heading with another role', () => {
    expect(sectionRoles(sections('Examples', 'Personal key', 'OAuth app', 'Response example', 'Notes'))).toEqual([
      'examples',
      'snippet',
      'snippet',
      'response-example',
      'other',
    ]);
  });
});

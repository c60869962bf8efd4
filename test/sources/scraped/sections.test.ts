/** sections.ts: section headings recognised by wording, and the page cut into sections. */
import { describe, expect, it } from 'vitest';
import { findLine, headingRole, isBoundaryLine, outline } from '../../../generator/sources/scraped/sections.ts';
import { toPageText } from '../../../generator/sources/scraped/lines.ts';

describe('headingRole', () => {
  it.each([
    ['Method Parameters', 'params'],
    ['Method parameters for the filter', 'params'],
    ['Code Examples', 'examples'],
    ['  Response Handling  ', 'response'],
    ['Result:', 'response'],
    ['Possible Error Codes', 'errors'],
    ['Continue Learning', 'continue'],
    ['See also', 'continue'],
    ['Parameters of the deal', undefined],
    ['', undefined],
  ])('%j → %s', (line, want) => {
    expect(headingRole(line)).toBe(want);
  });
});

describe('isBoundaryLine', () => {
  it.each([
    ['Error Handling', true],
    ['Possible errors', true],
    ['Statuses and System Error Codes', true],
    ['HTTP Status: 400', true],
    ['NAME', false],
  ])('%j → %s', (line, want) => {
    expect(isBoundaryLine(line)).toBe(want);
  });
});

describe('outline', () => {
  it('cuts the page at the first heading of each role, in order', () => {
    const page = toPageText(
      ['Get X x.get', 'Scope: crm', 'Method Parameters', 'id', 'Code Examples', 'curl', 'Response Handling', '{}', 'Continue Learning', '- a.b'].join('\n'),
    );
    const o = outline(page);
    expect(o.headerEnd).toBe(3);
    expect(Object.keys(o.sections)).toEqual(['params', 'examples', 'response', 'continue']);
    expect(o.sections.params).toEqual({ role: 'params', line: 3, heading: 'Method Parameters', start: 4, end: 5 });
    expect(o.sections.continue).toMatchObject({ line: 9, start: 10, end: 11 });
  });

  it('skips a role heading that comes after a later role (a stray "Parameters" inside the response)', () => {
    const page = toPageText(['Get X x.get', 'Response Handling', 'Parameters', 'Error Handling'].join('\n'));
    expect(Object.keys(outline(page).sections)).toEqual(['response', 'errors']);
  });

  it('has no sections and a header to the end when no heading is found; the title line is never a heading', () => {
    const page = toPageText('Code Examples\nplain text');
    expect(outline(page)).toEqual({ headerEnd: 3, sections: {} });
  });
});

describe('findLine', () => {
  it('finds the first trimmed line matching in [from, to)', () => {
    const page = toPageText('a\n  HTTP Status: 200\nHTTP Status: 400');
    expect(findLine(page, 1, 4, /^HTTP Status:/)).toBe(2);
    expect(findLine(page, 3, 4, /^HTTP Status:/)).toBe(3);
    expect(findLine(page, 1, 2, /^HTTP Status:/)).toBeUndefined();
  });
});

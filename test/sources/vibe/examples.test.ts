/** examples.ts: snippet sections, the verb and path they call, and JSON blocks followed by prose. */
import { describe, expect, it } from 'vitest';
import { isSnippetTitle, jsonFromLines, snippetTarget, snippetText } from '../../../generator/sources/vibe/examples.ts';
import { linesOf } from '../../support/vibe.ts';

describe('isSnippetTitle', () => {
  it.each([
    ['curl — personal key', true],
    ['JavaScript — OAuth app', true],
    ['Node.js', true],
    ['Response example', false],
    ['Curly braces', false],
  ])('%j → %s', (title, want) => {
    expect(isSnippetTitle(title)).toBe(want);
  });
});

describe('snippetTarget', () => {
  it.each([
    ["curl -X PATCH 'https://vibecode.bitrix24.tech/v1/contacts/1' -H 'X-Api-Key: K'", { verb: 'PATCH', path: '/v1/contacts/1' }],
    ["curl https://vibecode.bitrix24.tech/v1/contacts -d '{}'", { verb: 'POST', path: '/v1/contacts' }],
    ["await fetch('/v1/deals/search', { method: 'post' })", { verb: 'POST', path: '/v1/deals/search' }],
    ["curl 'https://vibecode.bitrix24.tech/v1/contacts/5'", { verb: 'GET', path: '/v1/contacts/5' }],
    ['echo hello', null],
  ])('%j', (text, want) => {
    expect(snippetTarget(text)).toEqual(want);
  });
});

describe('snippetText', () => {
  it('drops the tab label line and a sentence after the code', () => {
    const section = {
      title: 'curl',
      line: 1,
      body: linesOf('', 'Terminal', "curl '/v1/contacts/1'", "  -H 'X-Api-Key: K'", 'More about include: Related data.'),
    };
    expect(snippetText(section)).toEqual({ text: "curl '/v1/contacts/1'\n  -H 'X-Api-Key: K'", line: 3 });
    expect(snippetText({ title: 'curl', line: 1, body: linesOf('Terminal') })).toBeNull();
  });
});

describe('jsonFromLines', () => {
  it('parses the first JSON value, leaving out prose after it', () => {
    expect(jsonFromLines(linesOf('JSON', '{', '  "success": true', '}', 'See also the list.'))).toEqual({
      json: { success: true },
      ok: true,
      raw: '{\n  "success": true\n}',
      line: 2,
    });
  });

  it('keeps broken JSON as raw text, and finds nothing without a brace', () => {
    expect(jsonFromLines(linesOf('{ "id": 1, }'))).toEqual({ ok: false, raw: '{ "id": 1, }', line: 1 });
    expect(jsonFromLines(linesOf('no json here'))).toBeNull();
  });
});

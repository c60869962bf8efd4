/** examples.ts: request bodies of cURL, JS and PHP examples, and the JSON blocks of responses and errors. */
import { describe, expect, it } from 'vitest';
import { codeSamples, curlSamples, jsonBlockIn, jsonExample, requestExample } from '../../../generator/sources/scraped/examples.ts';
import { toPlain } from '../../../generator/sources/scraped/literal.ts';
import { pageOf } from '../../support/scraped.ts';

describe('curlSamples', () => {
  it('reads each -d body as JSON, citing the line the body starts on', () => {
    const { page, notes } = pageOf('Code Examples', 'curl -X POST \\', `-d '{"ID":23}' \\`, 'https://x/rest/crm.contact.get', `curl --data "{\\"ID\\":5}"`);
    const samples = curlSamples(page, 1, 6, notes);
    expect(samples.map((s) => [s.language, s.line, s.json])).toEqual([
      ['curl', 3, { ID: 23 }],
      ['curl', 5, { ID: 5 }],
    ]);
    expect(samples[0]?.raw).toBe('{"ID":23}');
  });

  it('keeps a body that is not strict JSON as raw text, and warns about a body never closed', () => {
    const { page, notes } = pageOf(`curl -d '{ID: 23}' https://x`, `curl -d '{"a":`);
    const samples = curlSamples(page, 1, 3, notes);
    expect(samples[0]).toMatchObject({ raw: '{ID: 23}', line: 1 });
    expect(samples[0]?.json).toBeUndefined();
    expect(notes.warnings.map((w) => [w.code, w.line])).toEqual(
      expect.arrayContaining([
        ['invalid-json', 1],
        ['truncated-example', 2],
      ]),
    );
  });
});

describe('codeSamples', () => {
  it.each([
    ['BX24.callMethod', "BX24.callMethod('crm.deal.get', { id: 7 }, cb);", 'js', { id: 7 }],
    ['b24jssdk method/params', "{ method: 'crm.deal.get', params: { id: 7 } }", 'js', { id: 7 }],
    ['PHP array', "CRest::call('crm.deal.get', ['ID' => 7]);", 'php', { ID: 7 }],
  ])('%s', (_name, line, language, plain) => {
    const { page } = pageOf('Code Examples', line);
    const [sample, ...rest] = codeSamples(page, 1, 3, 'crm.deal.get');
    expect(rest).toEqual([]);
    expect(sample?.language).toBe(language);
    expect(sample?.line).toBe(2);
    expect(sample && toPlain(sample.node)).toEqual(plain);
  });

  it('ignores a call of another method and a name not followed by a literal', () => {
    const { page } = pageOf("BX24.callMethod('crm.deal.list', { id: 7 });", "console.log('crm.deal.get');");
    expect(codeSamples(page, 1, 3, 'crm.deal.get')).toEqual([]);
  });
});

describe('jsonBlockIn and the Example entries', () => {
  it('reads the first JSON block with the HTTP status said before it', () => {
    const { page, notes } = pageOf('Response Handling', 'HTTP Status: 200', '{', '"result": 11', '}', 'after');
    const block = jsonBlockIn(page, 1, 7, notes)!;
    expect(block).toMatchObject({ json: { result: 11 }, line: 3, endLine: 5, complete: true, status: 200 });
    expect(jsonExample(block, 'response', 'response-0', notes)).toEqual({
      id: 'response-0',
      kind: 'response',
      language: 'json',
      status: 200,
      json: { result: 11 },
      source: { file: 'p.txt', line: 3, how: 'read', evidence: 'response-example' },
    });
  });

  it('warns about a block cut before it closes and keeps it raw', () => {
    const { page, notes } = pageOf('{', '"result": {', '"ID": 1');
    const block = jsonBlockIn(page, 1, 4, notes)!;
    expect(block.complete).toBe(false);
    expect(jsonExample(block, 'response', 'r', notes)).toMatchObject({ raw: '{\n"result": {\n"ID": 1' });
    expect(notes.warnings.map((w) => w.code)).toEqual(['truncated-json']);
  });

  it('turns a JS literal with an expression into a raw request example, and one without into JSON', () => {
    const { page, notes } = pageOf("BX24.callMethod('a.b.get', { at: new Date() });", "BX24.callMethod('a.b.get', { id: 1 });");
    const [withExpr, plain] = codeSamples(page, 1, 3, 'a.b.get');
    expect(requestExample(withExpr!, 0, notes)).toMatchObject({ id: 'request:0', kind: 'request', language: 'js', raw: '{ at: new Date() }' });
    expect(requestExample(plain!, 1, notes)).toMatchObject({ id: 'request:1', json: { id: 1 }, source: { line: 2, evidence: 'js-literal' } });
  });
});

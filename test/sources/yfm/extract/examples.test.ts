/** examples.ts: the methods examples call, cURL bodies and lenient JSON. */
import { describe, expect, it } from 'vitest';
import { calledMethods, curlBody, parseLooseJson } from '../../../../generator/sources/yfm/extract/examples.ts';
import { markdownNodes as md } from '../../../support/yfm.ts';

describe('calledMethods', () => {
  it('finds called methods in URLs and SDK calls', () => {
    const code = md(
      "```bash\ncurl https://x/rest/1/abc/crm.contact.get\n```\n\n```js\nBX24.callMethod('crm.contact.get', {})\n```\n\n```js\nmethod: 'crm.contact.get'\n```",
    );
    expect(calledMethods(code).get('crm.contact.get')).toBe(3);
  });
});

describe('curlBody and parseLooseJson', () => {
  it('parses cURL bodies (auth stripped) and lenient JSON', () => {
    expect(curlBody(`curl -X POST -d '{"ID":23,"auth":"**put_access_token_here**"}' https://x/rest/crm.contact.get`)).toEqual({ json: { ID: 23 } });
    expect(parseLooseJson('{"a": 1, // note\n "b": [1, 2,],}')).toEqual({ ok: true, value: { a: 1, b: [1, 2] } });
  });
});

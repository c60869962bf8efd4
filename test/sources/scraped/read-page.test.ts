/** The scraped-text reader as a whole (read-page.ts): the four apidocs seeds, synthetic pages of other shapes, and broken input. */
import { describe, expect, it } from 'vitest';
import { MethodSpec } from '../../../generator/spec/schema.ts';
import { errorId } from '../../../generator/spec/ids.ts';
import { readScrapedPage } from '../../../generator/sources/scraped/index.ts';
import { field, fieldsOf, multifieldArray, namedType, read, seed, seedText } from '../../support/scraped.ts';

describe('crm.contact.get seed', () => {
  const spec = seed('crm.contact.get.txt');

  it('reads identity, scope, access and the deprecation note', () => {
    expect(spec.id).toBe('rest:crm.contact.get');
    expect(spec.api).toBe('rest');
    expect(spec.restVersion).toBe('1');
    expect(spec.method).toBe('crm.contact.get');
    expect(spec.title).toBe('Get Contact by Id');
    expect(spec.scope).toEqual(['crm']);
    expect(spec.access).toBe('any user with "read" access permission for contacts');
    expect(spec.description).toMatch(/^The method crm\.contact\.get returns a contact by its identifier\./);
    expect(spec.description).not.toMatch(/MCP server|DEPRECATED|Scope/);
    expect(spec.deprecated).toMatchObject({ successor: 'crm.item.get', source: { line: 5, how: 'read' } });
  });

  it('reads the id param from the table and infers its type from {"ID":23}', () => {
    expect(spec.paramsDocumented).toBe('table');
    expect(spec.params).toHaveLength(1);
    const id = spec.params[0]!;
    expect(id).toMatchObject({ name: 'id', required: true, type: { kind: 'scalar', name: 'integer' } });
    expect(id.source).toMatchObject({ line: 15, how: 'read' });
    expect(spec.facts['param:id.type']).toMatchObject({ line: 23, how: 'inferred', evidence: 'request-example:curl' });
    expect(spec.facts['param:id.required']).toMatchObject({ line: 15, how: 'read' });
  });

  it('returns a contact whose PHONE is an array of the shared crm_multifield type', () => {
    expect(spec.result?.type).toEqual({ kind: 'ref', name: 'contact' });
    expect(spec.result?.source).toMatchObject({ how: 'inferred', evidence: 'response-example', line: 89 });
    expect(spec.result?.description).toMatch(/^Root element of the response/);
    const contact = namedType(spec, 'contact');
    expect(contact.source).toMatchObject({ line: 183, how: 'read' });
    expect(field(contact, 'PHONE').type).toEqual(multifieldArray);
    expect(field(contact, 'EMAIL').type).toEqual(multifieldArray);
    const multi = namedType(spec, 'crm_multifield');
    expect(fieldsOf(multi).map((f) => f.name)).toEqual(['ID', 'VALUE_TYPE', 'VALUE', 'TYPE_ID']);
    expect(fieldsOf(multi).every((f) => f.type.kind === 'scalar' && f.type.name === 'string')).toBe(true);
    expect(spec.types.filter((t) => t.name === 'crm_multifield')).toHaveLength(1);
  });

  it('infers field types from the example and reads descriptions from the tables', () => {
    const contact = namedType(spec, 'contact');
    const name = field(contact, 'NAME');
    expect(name.type).toEqual({ kind: 'scalar', name: 'string' });
    expect(name.description).toBe('First name');
    expect(name.source).toMatchObject({ how: 'inferred', evidence: 'response-example', line: 94 });
    expect(field(contact, 'DATE_CREATE').type).toEqual({ kind: 'scalar', name: 'string', format: 'datetime' });
    expect(field(contact, 'ID').id).toBe('contact.ID');
    // The table split by "Fields for external data source connections" is the same structure…
    expect(field(contact, 'ORIGIN_VERSION').description).toBe('Version of the original');
    expect(field(contact, 'ORIGIN_VERSION').deprecated).toBeUndefined();
    // …and so is the one under "Deprecated Fields", whose rows are deprecated.
    expect(field(contact, 'ADDRESS_CITY')).toMatchObject({ description: 'City', deprecated: true });
  });

  it('adds documented fields the example lacks, typed by the crm_multifield sentence', () => {
    const contact = namedType(spec, 'contact');
    expect(field(contact, 'WEB')).toMatchObject({ type: multifieldArray, description: 'Website', source: { how: 'read' } });
    expect(field(contact, 'LINK').type).toEqual(multifieldArray);
    expect(field(contact, 'IM').source).toMatchObject({ line: 352, how: 'read', evidence: 'prose' });
    // The "IM" row lost its name and kept only "Messenger": not a field.
    expect(fieldsOf(contact).some((f) => f.name === 'Messenger')).toBe(false);
    expect(spec.warnings).toContainEqual(expect.objectContaining({ code: 'lost-row-name', line: 298, file: 'crm.contact.get.txt' }));
  });

  it('keeps portal-specific custom fields out of the type', () => {
    const contact = namedType(spec, 'contact');
    expect(fieldsOf(contact).some((f) => f.name.startsWith('UF_') || f.name.startsWith('PARENT_ID_'))).toBe(false);
    expect(contact.type.kind === 'object' && contact.type.additional).toEqual({ kind: 'scalar', name: 'any' });
  });

  it('keys method errors by their remaining text and refers to the system errors', () => {
    expect(spec.systemErrors).toBe('rest');
    expect(spec.facts['systemErrors']).toMatchObject({ line: 381, how: 'read' });
    expect(spec.errors.every((e) => e.code === null)).toBe(true);
    const fromExample = spec.errors.find((e) => e.message === 'ID is not defined or invalid.');
    expect(fromExample).toMatchObject({ id: errorId(null, 'ID is not defined or invalid.'), status: 400, source: { line: 355 } });
    expect(spec.errors.map((e) => e.description)).toContain('The user does not have permission to "Read" the contact');
    expect(spec.errors).toHaveLength(4);
    // The 15 system rows are referenced, not copied.
    expect(spec.errors.some((e) => /internal server error|HTTPS protocol/i.test(e.description ?? ''))).toBe(false);
    expect(spec.warnings.some((w) => w.code === 'unknown-system-error')).toBe(false);
  });

  it('keeps the examples and the related methods', () => {
    const requests = spec.examples.filter((e) => e.kind === 'request');
    expect(requests.map((e) => e.json)).toEqual([{ ID: 23 }, { ID: 23, auth: '**put_access_token_here**' }]);
    expect(requests[0]!.source.line).toBe(23);
    const response = spec.examples.find((e) => e.kind === 'response');
    expect(response).toMatchObject({ status: 200, source: { line: 88 } });
    expect((response?.json as { result: { ID: string } }).result.ID).toBe('43');
    expect(spec.examples.find((e) => e.kind === 'error')).toMatchObject({
      status: 400,
      json: { error: '', error_description: 'ID is not defined or invalid.' },
    });
    expect(spec.seeAlso).toEqual(['crm.contact.add', 'crm.contact.update', 'crm.contact.list', 'crm.contact.delete', 'crm.contact.fields']);
  });

  it('records provenance for top-level facts and hashes the source', () => {
    expect(spec.facts['title']).toMatchObject({ file: 'crm.contact.get.txt', line: 1, how: 'read' });
    expect(spec.facts['scope']).toMatchObject({ line: 3, how: 'read' });
    expect(spec.facts['access']).toMatchObject({ line: 4, how: 'read' });
    expect(spec.facts['deprecated']).toMatchObject({ line: 5, how: 'read' });
    expect(spec.facts['result']).toMatchObject({ how: 'inferred' });
    expect(spec.sources).toEqual([{ path: 'crm.contact.get.txt', reader: 'scraped-text', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(spec.list).toBeNull();
  });

  it('is deterministic, and line endings do not change the facts', () => {
    const text = seedText('crm.contact.get.txt');
    const again = read('crm.contact.get.txt', text);
    expect(JSON.stringify(again)).toBe(JSON.stringify(spec));
    const crlf = read('crm.contact.get.txt', text.replace(/\n/g, '\r\n'));
    expect({ ...crlf, sources: [] }).toEqual({ ...spec, sources: [] });
  });
});

describe('crm.lead.get seed', () => {
  const spec = seed('crm.lead.get.txt');
  const lead = namedType(spec, 'lead');

  it('names the result type from the "Type lead" heading', () => {
    expect(spec.result?.type).toEqual({ kind: 'ref', name: 'lead' });
    expect(lead.source).toMatchObject({ line: 177, how: 'read', evidence: 'structure-heading' });
  });

  it('has TITLE, STATUS_ID, OPPORTUNITY and PHONE, typed from the example', () => {
    expect(field(lead, 'TITLE')).toMatchObject({ type: { kind: 'scalar', name: 'string' }, description: 'Title of the lead' });
    expect(field(lead, 'STATUS_ID').type).toEqual({ kind: 'scalar', name: 'string' });
    expect(field(lead, 'OPPORTUNITY').type).toEqual({ kind: 'scalar', name: 'string', format: 'double' });
    expect(field(lead, 'PHONE')).toMatchObject({ type: multifieldArray, description: 'Array of phone numbers' });
    expect(field(lead, 'IM').type).toEqual(multifieldArray);
    expect(field(lead, 'HONORIFIC').type).toEqual({ kind: 'scalar', name: 'unknown' }); // null in the example
  });

  it('reads the UF_... row as custom fields and reports the row cut at the end of the table', () => {
    expect(lead.type.kind === 'object' && lead.type.additional).toEqual({ kind: 'scalar', name: 'any' });
    expect(spec.facts['lead.customFields']).toMatchObject({ line: 335, how: 'read' });
    expect(spec.warnings).toContainEqual(expect.objectContaining({ code: 'incomplete-row', line: 340 }));
  });

  it('reads the error example without a status line number', () => {
    expect(spec.errors.find((e) => e.message === 'Not found')).toMatchObject({ code: null, status: null });
    expect(spec.systemErrors).toBe('rest');
    expect(spec.params[0]).toMatchObject({ name: 'id', required: true, type: { kind: 'scalar', name: 'integer' } });
  });
});

describe('crm.company.contact.items.get seed', () => {
  const spec = seed('crm.company.contact.items.get.txt');

  it('returns an array of company_contact_binding', () => {
    expect(spec.result?.type).toEqual({ kind: 'array', items: { kind: 'ref', name: 'company_contact_binding' } });
    const binding = namedType(spec, 'company_contact_binding');
    expect(fieldsOf(binding).map((f) => f.name)).toEqual(['CONTACT_ID', 'SORT', 'ROLE_ID', 'IS_PRIMARY']);
    expect(field(binding, 'CONTACT_ID')).toMatchObject({ type: { kind: 'scalar', name: 'integer' }, description: 'Identifier of the contact' });
    expect(field(binding, 'IS_PRIMARY').type).toEqual({ kind: 'scalar', name: 'string', format: 'yn' });
    expect(binding.source).toMatchObject({ line: 128, how: 'read' });
  });

  it('is not deprecated and says so as an inference', () => {
    expect(spec.deprecated).toBe(false);
    expect(spec.facts['deprecated']).toMatchObject({ how: 'inferred' });
    expect(spec.params[0]).toMatchObject({ name: 'id', required: true, type: { kind: 'scalar', name: 'integer' } });
    expect(spec.facts['param:id.type']).toMatchObject({ line: 18 });
  });

  it('reads the errors from a Code | Description | Value table', () => {
    expect(spec.errors.map((e) => e.description ?? e.message)).toEqual([
      'The provided',
      'The user does not have permission to read companies',
      'The parameter ownerEntityID is invalid or not defined.',
    ]);
    expect(spec.systemErrors).toBe('rest');
    expect(spec.warnings.some((w) => w.code === 'unknown-system-error')).toBe(false);
  });
});

describe('crm.contact.list seed', () => {
  const spec = seed('crm.contact.list.txt');
  const param = (name: string) => spec.params.find((p) => p.name === name);

  it('types select/filter/order from the cURL body and start from the JS literal', () => {
    expect(spec.params.map((p) => p.name)).toEqual(['select', 'filter', 'order', 'start']);
    expect(param('select')?.type).toEqual({ kind: 'array', items: { kind: 'scalar', name: 'string' } });
    expect(param('filter')?.type).toMatchObject({ kind: 'map', keys: 'string' });
    expect(param('order')?.type).toEqual({ kind: 'map', keys: 'string', values: { kind: 'scalar', name: 'string' } });
    expect(param('start')?.type).toEqual({ kind: 'scalar', name: 'integer' });
    expect(spec.facts['param:filter.type']).toMatchObject({ line: 54, evidence: 'request-example:curl' });
    expect(spec.facts['param:start.type']).toMatchObject({ line: 117, evidence: 'request-example:js' });
  });

  it('leaves required-ness unknown: no legend, no stars', () => {
    expect(spec.params.every((p) => p.required === 'unknown')).toBe(true);
  });

  it('has list semantics with the operators and the entity link', () => {
    expect(spec.list).toMatchObject({
      paging: 'start',
      pageSize: 50,
      startParam: 'start',
      nextField: 'next',
      totalField: 'total',
      idCursor: true,
      filter: { param: 'filter', syntax: 'prefix', logic: false },
      select: { param: 'select', masks: ['*', 'UF_*'] },
      order: { param: 'order' },
      entity: { method: 'crm.contact.get', type: 'contact', customFields: 'UF_*' },
    });
    const ops = spec.list!.filter!.operators;
    expect(ops.slice(0, 14)).toEqual(['', '=', '!=', '!', '>', '>=', '<', '<=', '@', '!@', '%', '=%', '%=', '!%']);
    for (const seen of ['!=', '=%', '@', '>=']) expect(ops).toContain(seen);
  });

  it('marks what the list semantics read and what they inferred', () => {
    expect(spec.facts['list']).toMatchObject({ how: 'inferred', evidence: 'method-name' });
    expect(spec.facts['list.pageSize']).toMatchObject({ how: 'read', line: 30 });
    expect(spec.facts['list.idCursor']).toMatchObject({ how: 'inferred' });
    expect(spec.facts['list.filter.operators']).toMatchObject({ how: 'inferred' });
    expect(spec.facts['list.filter.operatorsSeen']).toMatchObject({ how: 'read', line: 54 });
    expect(spec.facts['list.entity']).toMatchObject({ how: 'inferred' });
    expect(spec.facts['list.totalField']).toMatchObject({ how: 'read', line: 412 });
  });

  it('returns an array of contacts inferred from the example', () => {
    expect(spec.result?.type).toEqual({ kind: 'array', items: { kind: 'ref', name: 'contact' } });
    const contact = namedType(spec, 'contact');
    expect(fieldsOf(contact).map((f) => f.name)).toEqual(['ID', 'NAME', 'LAST_NAME', 'EXPORT', 'ASSIGNED_BY_ID', 'DATE_CREATE', 'EMAIL']);
    expect(field(contact, 'EMAIL').type).toEqual(multifieldArray);
  });

  it('lists an indistinguishable error row once, with a warning', () => {
    expect(spec.errors.map((e) => e.description ?? e.message)).toEqual([
      'The user does not have permission for "Read" contacts',
      'A non-array value was passed to the',
      'An unknown error occurred',
      'Access denied.',
    ]);
    expect(spec.warnings).toContainEqual(expect.objectContaining({ code: 'duplicate-error-row', line: 448 }));
    expect(spec.seeAlso).toEqual([]);
  });
});

/** A page shaped like apidocs' crm.contact.add: nested "Parameter fields" table, scalar result, coded error. */
const ADD_PAGE = `Create a New Contact crm.contact.add
Scope:
crmWho can execute the method: any user with "add" access permission for contacts
The method crm.contact.add creates a new contact.
Method Parameters
Required parameters are marked with *
|
Name |
Description |
|
fields* |
An object in the following format:
where:
The list of available fields is described |
|
params |
An object containing a set of additional parameters |
Parameter fields
|
Name |
Description |
|
NAME* |
First name |
|
PHONE |
Phone |
|
COMMENTS |
Comment |
Code Examples
curl -X POST \\
-H "Content-Type: application/json" \\
-d '{"fields":{"NAME":"John","PHONE":[{"VALUE":"+1555","VALUE_TYPE":"WORK"}]},"params":{"REGISTER_SONET_EVENT":"Y"}}' \\
https://**put_your_bitrix24_address**/rest/**put_your_user_id_here**/**put_your_webhook_here**/crm.contact.add
Response Handling
HTTP Status: 200
{
"result": 11,
"time": {"start": 1.5}
}
Returned Data
|
Name |
Description |
|
result |
The identifier of the created contact |
|
time |
Information about the request execution time |
Error Handling
HTTP Status: 400
{
"error": "ACCESS_DENIED",
"error_description": "Access denied."
}
Possible Error Codes
|
Code |
Description |
Value |
|
ACCESS_DENIED |
Access denied. |
The user has no permission to add contacts |
|
0 |
Parameter fields is empty |
|
Statuses and System Error Codes
HTTP Status: 20x, 40x, 50x
|
Status |
Code |
Description |
|
|
|
The request intensity limit has been exceeded |
|
|
|
The moon is in the wrong phase |
Continue Learning
- Update Contact crm.contact.update
- Get Contact crm.contact.get
`;

describe('synthetic pages of other shapes', () => {
  it('reads a nested params table, a scalar result and a coded error', () => {
    const spec = read('add.txt', ADD_PAGE);
    const fields = spec.params.find((p) => p.name === 'fields')!;
    expect(fields.required).toBe(true);
    expect(spec.params.find((p) => p.name === 'params')!.required).toBe(false); // legend, no star
    if (fields.type.kind !== 'object') throw new Error('fields is not an object');
    const byName = new Map(fields.type.fields.map((f) => [f.name, f]));
    expect(byName.get('NAME')).toMatchObject({ required: true, description: 'First name', type: { kind: 'scalar', name: 'string' } });
    expect(byName.get('PHONE')?.type).toEqual(multifieldArray);
    expect(byName.get('COMMENTS')).toMatchObject({ type: { kind: 'scalar', name: 'unknown' }, required: false, source: { how: 'read' } });
    expect(spec.result?.type).toEqual({ kind: 'scalar', name: 'integer' });
    expect(spec.types.map((t) => t.name)).toEqual(['crm_multifield']);
    const denied = spec.errors.find((e) => e.code === 'ACCESS_DENIED');
    expect(denied).toMatchObject({ id: 'error:ACCESS_DENIED', message: 'Access denied.', status: 400 });
    expect(spec.errors.find((e) => e.code === null)).toMatchObject({ message: 'Parameter fields is empty' });
    expect(spec.errors).toHaveLength(2);
    expect(spec.warnings).toContainEqual(expect.objectContaining({ code: 'unknown-system-error', file: 'add.txt' }));
    expect(spec.warnings.filter((w) => w.code === 'unknown-system-error')).toHaveLength(1);
  });

  it('reads "No parameters." and a field catalogue result', () => {
    const spec = read(
      'fields.txt',
      `Get Contact Fields crm.contact.fields
Scope:
crmWho can execute the method: any user
The method crm.contact.fields returns the description of contact fields.
Method Parameters
No parameters.
Code Examples
curl -X POST -d '{}' https://example.bitrix24.com/rest/1/x/crm.contact.fields
Response Handling
HTTP Status: 200
{"result": {"ID": {"type": "integer", "isRequired": false, "title": "ID"}, "NAME": {"type": "string", "isRequired": false, "title": "Name"}}}
`,
    );
    expect(spec.paramsDocumented).toBe('none');
    expect(spec.params).toEqual([]);
    expect(spec.result?.type).toMatchObject({ kind: 'map', keys: 'string', values: { kind: 'object' } });
  });

  it("keeps a result that itself has a known shape as the method's own type", () => {
    const spec = read(
      'multi.txt',
      `Get a Phone crm.multifield.get
Response Handling
HTTP Status: 200
{"result": {"ID": "1", "VALUE_TYPE": "WORK", "VALUE": "+1555", "TYPE_ID": "PHONE"}}
`,
    );
    expect(spec.result?.type).toEqual({ kind: 'ref', name: 'multifield' });
    expect(fieldsOf(namedType(spec, 'multifield')).map((f) => f.name)).toEqual(['ID', 'VALUE_TYPE', 'VALUE', 'TYPE_ID']);
  });

  it('takes the method from the examples when the title names only a prefix of it', () => {
    const out = readScrapedPage({
      path: 'pin.txt',
      text: `Pin a Chat at the Top of the im.recent List
Code Examples
BX24.callMethod('im.recent.pin', { DIALOG_ID: 'chat29', PIN: 'Y' }, (r) => {});
`,
    });
    expect(out.specs[0]?.method).toBe('im.recent.pin');
    expect(out.warnings).toContainEqual(expect.objectContaining({ code: 'method-name-mismatch', line: 1 }));
    expect(out.specs[0]?.examples[0]).toMatchObject({ language: 'js', json: { DIALOG_ID: 'chat29', PIN: 'Y' } });
  });
});

/** A tiny deterministic generator, so the junk input is the same on every run. */
function junk(length: number, seedValue: number): string {
  let x = seedValue;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += String.fromCharCode(x % 0x3000);
  }
  return out;
}

describe('robustness', () => {
  const contactText = seedText('crm.contact.get.txt');

  it.each([
    ['empty', ''],
    ['whitespace', '\n\n   \n'],
    ['junk', junk(20000, 7)],
    ['binary', '\u0000\u0001\u00ff|\n|\n{'.repeat(500)],
    ['pipes only', '|\n'.repeat(2000)],
    ['deep brackets', `x.y.get\nResponse Handling\n${'{"a":'.repeat(5000)}`],
    ['unclosed literal', `a.b.get\nCode Examples\ncallMethod('a.b.get', {${'{x:'.repeat(3000)}`],
  ])('never throws on %s', (_name, text) => {
    const out = readScrapedPage({ path: 'bad.txt', text });
    for (const s of out.specs) MethodSpec.parse(s);
    for (const w of out.warnings) expect(w.file).toBe('bad.txt');
    if (out.specs.length === 0) expect(out.skipped).toBeTruthy();
  });

  it('reads a page with only a title, and says what is missing', () => {
    const spec = read('title.txt', 'Get Contact by Id crm.contact.get');
    expect(spec).toMatchObject({ method: 'crm.contact.get', params: [], paramsDocumented: 'missing', result: null, scope: [] });
    expect(spec.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['no-scope', 'no-params-table', 'no-result']));
  });

  it('keeps what it can of a page cut in the middle of the response JSON', () => {
    const cut = contactText.slice(0, contactText.indexOf('"EMAIL": [') + 30);
    const spec = read('cut.txt', cut);
    expect(spec.sources[0]?.truncated).toBe(true);
    expect(spec.warnings).toContainEqual(expect.objectContaining({ code: 'truncated-json', line: 88 }));
    const response = spec.examples.find((e) => e.kind === 'response');
    expect(response?.json).toBeUndefined();
    expect(response?.raw).toMatch(/^\{\n"result": \{/);
    expect(field(namedType(spec, 'contact'), 'PHONE').type).toEqual(multifieldArray);
    expect(spec.params[0]?.type).toEqual({ kind: 'scalar', name: 'integer' });
  });

  it('keeps what it can of a page cut inside a table', () => {
    const spec = read('cut.txt', contactText.slice(0, contactText.indexOf('ADDRESS_CITY |')));
    expect(spec.warnings).toContainEqual(expect.objectContaining({ code: 'truncated-table' }));
    expect(field(namedType(spec, 'contact'), 'ADDRESS_2').deprecated).toBe(true);
    expect(spec.systemErrors).toBeNull();
  });

  it('reports a param that no example shows', () => {
    const text = contactText
      .replace(/-d '\{"ID":23[^']*'/g, "-d '{}'")
      .replace(/\bid: 23,/g, '')
      .replace(/'ID' => 23/g, '');
    const spec = read('noex.txt', text);
    expect(spec.params[0]?.type).toEqual({ kind: 'scalar', name: 'unknown' });
    expect(spec.warnings).toContainEqual(expect.objectContaining({ code: 'param-type-unknown', line: 15 }));
  });
});

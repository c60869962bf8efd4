/** Method pages (method-page.ts): the seed GET /v1/contacts/:id and the other contacts operations. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MethodSpec } from '../../../generator/spec/schema.ts';
import { objectFields, onlySpec, seed, typeNamed, vibeReader } from '../../support/vibe.ts';

const { page, read } = vibeReader();

describe('the seed GET /v1/contacts/:id', () => {
  const out = read(seed);
  const spec = onlySpec(out);

  it('is the contacts.get operation on a templated path', () => {
    expect(spec.id).toBe('vibe:GET /v1/contacts/{id}');
    expect(spec.api).toBe('vibe');
    expect(spec.method).toBe('contacts.get');
    expect(spec.http).toEqual({ verb: 'GET', path: '/v1/contacts/{id}' });
    expect(spec.title).toBe('Get contact');
    expect(spec.description).toBe('Returns a contact by ID with all fields.');
    expect(spec.systemErrors).toBe('vibe');
    expect(spec.list).toBeNull();
    expect(() => MethodSpec.parse(spec)).not.toThrow();
  });

  it('reads a required integer path param id from the table', () => {
    const id = spec.params.find((p) => p.name === 'id');
    expect(id).toMatchObject({ in: 'path', required: true, type: { kind: 'scalar', name: 'integer', docType: 'number' } });
    expect(id?.source).toMatchObject({ how: 'read', evidence: 'table', line: 10 });
  });

  it('types include as an array of the documented include names', () => {
    const include = spec.params.find((p) => p.name === 'include');
    expect(include?.in).toBe('query');
    expect(include?.required).toBe(false);
    expect(include?.type).toEqual({
      kind: 'array',
      items: { kind: 'enum', base: 'string', values: [{ value: 'company' }, { value: 'requisite' }], open: false },
    });
  });

  it('returns the contact, typed from the response example', () => {
    expect(spec.result?.type).toEqual({ kind: 'ref', name: 'contact' });
    const contact = typeNamed(spec, 'contact');
    const fields = objectFields(contact?.type);
    expect(fields.map((f) => f.name)).toEqual(['id', 'name', 'lastName', 'companyId', 'assignedById', 'sourceId', 'typeId', 'createdTime', 'updatedTime']);
    expect(fields.find((f) => f.name === 'id')?.type).toEqual({ kind: 'scalar', name: 'integer' });
    expect(fields.find((f) => f.name === 'createdTime')?.type).toMatchObject({ name: 'string', format: 'datetime' });
    expect(fields.every((f) => f.source.how === 'inferred')).toBe(true);
  });

  it('has the four documented errors with their HTTP statuses', () => {
    expect(spec.errors.map((e) => [e.code, e.status])).toEqual([
      ['ENTITY_NOT_FOUND', 404],
      ['ACCESS_DENIED', 403],
      ['SCOPE_DENIED', 403],
      ['TOKEN_MISSING', 401],
    ]);
    // The error-response example adds the wire message of the 404.
    expect(spec.errors[0]?.message).toBe('Item not found');
  });

  it('keeps the examples: 4 request snippets, the response and the 404 error', () => {
    expect(spec.examples.map((e) => e.kind)).toEqual(['request', 'request', 'request', 'request', 'response', 'error']);
    expect(spec.examples.find((e) => e.kind === 'error')?.status).toBe(404);
    // A sentence after the last snippet is page prose, not code.
    expect(spec.examples.every((e) => !(e.raw ?? '').includes('More about include'))).toBe(true);
  });

  it('cites its source by hash and reader, and is marked cut (its "See also" section is empty)', () => {
    expect(spec.sources).toEqual([
      { path: 'vibe.contacts.get.txt', reader: 'vibe-page', sha256: createHash('sha256').update(seed.text).digest('hex'), truncated: true },
    ]);
    expect(out.warnings.find((w) => w.code === 'truncated-page')?.line).toBe(107);
  });
});

describe('method pages beyond the seed', () => {
  it('list: offset paging read from the page, data array of contacts, meta.total from its table', () => {
    const spec = onlySpec(read(page('docs_entities_contacts_list.txt')));
    expect(spec.method).toBe('contacts.list');
    expect(spec.result?.type).toEqual({ kind: 'array', items: { kind: 'ref', name: 'contact' } });
    expect(spec.list).toMatchObject({ paging: 'offset', pageSize: 50, totalField: 'meta.total' });
    expect(spec.facts['list.totalField']).toMatchObject({ file: 'docs_entities_contacts_list.txt', how: 'read', evidence: 'table' });
    expect(spec.params.find((p) => p.name === 'limit')).toMatchObject({ in: 'query', default: 50, required: false });
  });

  it('search: body params and list semantics', () => {
    const spec = onlySpec(read(page('docs_entities_contacts_search.txt')));
    expect(spec.id).toBe('vibe:POST /v1/contacts/search');
    expect(spec.method).toBe('contacts.search');
    expect(spec.params.every((p) => p.in === 'body')).toBe(true);
    expect(spec.params.find((p) => p.name === 'select')?.type).toEqual({ kind: 'array', items: { kind: 'scalar', name: 'string' } });
    expect(spec.list?.paging).toBe('offset');
  });

  it('update: a path id from the template, union-typed body fields, the prose 400 error', () => {
    const spec = onlySpec(read(page('docs_entities_contacts_update.txt')));
    expect(spec.method).toBe('contacts.update');
    expect(spec.params[0]).toMatchObject({ name: 'id', in: 'path', required: true, source: { how: 'inferred', evidence: 'path-template' } });
    expect(spec.params.find((p) => p.name === 'phone')?.type).toMatchObject({ kind: 'union' });
    expect(spec.errors.map((e) => [e.code, e.status])).toEqual([['INVALID_MULTIFIELD_SHAPE', 400]]);
    expect(typeNamed(spec, 'contact_input')).toBeDefined();
  });

  it('fields: the field table types the contact record, read-only id included', () => {
    const spec = onlySpec(read(page('docs_entities_contacts_fields.txt')));
    expect(spec.method).toBe('contacts.fields');
    const fields = objectFields(typeNamed(spec, 'contact')?.type);
    expect(fields.map((f) => [f.name, f.readOnly])).toEqual([
      ['id', true],
      ['name', false],
      ['lastName', false],
      ['secondName', false],
      ['phone', false],
      ['email', false],
    ]);
    // The 400 named in a field description is about input, not this GET.
    expect(spec.errors).toEqual([]);
  });

  it('batch: the calls array gets the fields of the table below it', () => {
    const spec = onlySpec(read(page('docs_batch.txt')));
    expect(spec.method).toBe('batch');
    const calls = spec.params.find((p) => p.name === 'calls');
    expect(calls?.type.kind).toBe('array');
    const items = calls?.type.kind === 'array' ? calls.type.items : undefined;
    expect(objectFields(items).map((f) => f.name)).toEqual(['id', 'entity', 'action', 'entityId', 'params']);
  });
});

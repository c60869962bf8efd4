/** operation-name.ts: operation names, kinds and entity type names from a verb and a path. */
import { describe, expect, it } from 'vitest';
import { describeOperation, entityTypeName, inputTypeName, normalizeVibePath } from '../../../generator/sources/vibe/operation-name.ts';

describe('normalizeVibePath', () => {
  it.each([
    ['/v1/contacts/:id', '/v1/contacts/{id}'],
    ['`/v1/contacts/:id?include=company`', '/v1/contacts/{id}'],
    ['https://vibecode.bitrix24.tech/v1/deals/', '/v1/deals'],
    ['/v1/{entity}/:id', null],
    ['contacts', null],
    ['/v1/con tacts', '/v1/con'],
    ['/v1/a$b', null],
  ])('%j → %j', (raw, want) => {
    expect(normalizeVibePath(raw)).toBe(want);
  });
});

describe('describeOperation', () => {
  it.each([
    ['GET', '/v1/contacts', { name: 'contacts.list', kind: 'list', segment: 'contacts', pathParams: [] }],
    ['get', '/v1/contacts/:id', { verb: 'GET', name: 'contacts.get', kind: 'get', segment: 'contacts', pathParams: ['id'] }],
    ['POST', '/v1/contacts', { name: 'contacts.create', kind: 'create' }],
    ['PATCH', '/v1/contacts/:id', { name: 'contacts.update', kind: 'update' }],
    ['DELETE', '/v1/contacts/:id', { name: 'contacts.delete', kind: 'delete' }],
    ['POST', '/v1/contacts/search', { name: 'contacts.search', kind: 'search', segment: 'contacts' }],
    ['GET', '/v1/contacts/fields', { name: 'contacts.fields', kind: 'fields', segment: 'contacts' }],
    ['POST', '/v1/batch', { name: 'batch', kind: 'batch', segment: null }],
    // A deeper path is a sub-resource: named by its statics, kind "other".
    ['GET', '/v1/deals/:id/products', { name: 'deals.products.list', kind: 'other', segment: null, pathParams: ['id'] }],
  ])('%s %s', (verb, path, want) => {
    expect(describeOperation(verb, path)).toMatchObject(want);
  });

  it('models no HEAD and no generic template', () => {
    expect(describeOperation('HEAD', '/v1/contacts')).toBeNull();
    expect(describeOperation('GET', '/v1/{entity}')).toBeNull();
  });
});

describe('entity type names', () => {
  it.each([
    ['contacts', 'contact'],
    ['calendar-events', 'calendar_event'],
    ['companies', 'company'],
    ['addresses', 'address'],
    ['catalogProducts', 'catalog_product'],
    ['status', 'status'],
    ['statuses', 'status'],
    ['bonus', 'bonus'],
  ])('%s → %s', (segment, want) => {
    expect(entityTypeName(segment)).toBe(want);
    expect(inputTypeName(segment)).toBe(`${want}_input`);
  });
});

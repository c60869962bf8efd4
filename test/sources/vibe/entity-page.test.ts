/** Entity pages (entity-page.ts): operations table, fields table, read-only fields, aliases, list semantics. */
import { describe, expect, it } from 'vitest';
import { objectFields, typeNamed, vibeReader } from '../../support/vibe.ts';

const { page, read } = vibeReader();

describe('entity pages', () => {
  it('yield the enabled operations and not the disabled create (files)', () => {
    const out = read(page('tech_docs_entities_files.txt'));
    expect(out.specs.map((s) => s.id)).toEqual([
      'vibe:GET /v1/files',
      'vibe:GET /v1/files/{id}',
      'vibe:PATCH /v1/files/{id}',
      'vibe:DELETE /v1/files/{id}',
      'vibe:GET /v1/files/fields',
    ]);
    expect(out.specs.map((s) => s.method)).toEqual(['files.list', 'files.get', 'files.update', 'files.delete', 'files.fields']);
    expect(out.specs.some((s) => s.http?.verb === 'POST')).toBe(false);
    expect(out.specs.every((s) => s.sources[0]?.reader === 'vibe-entity-page' && s.scope.join() === 'disk')).toBe(true);
  });

  it('leave out disabled delete (users) and disabled list (calendar events)', () => {
    expect(read(page('tech_docs_entities_users.txt')).specs.map((s) => s.method)).toEqual([
      'users.list',
      'users.get',
      'users.create',
      'users.update',
      'users.fields',
    ]);
    expect(read(page('tech_docs_entities_calendar-events.txt')).specs.map((s) => s.method)).toEqual([
      'calendar-events.get',
      'calendar-events.create',
      'calendar-events.update',
      'calendar-events.delete',
    ]);
  });

  it('keep read-only fields in the record type and out of input types and bodies', () => {
    const specs = read(page('tech_docs_entities_files.txt')).specs;
    const get = specs.find((s) => s.method === 'files.get')!;
    const update = specs.find((s) => s.method === 'files.update')!;
    const record = objectFields(typeNamed(get, 'file')?.type);
    expect(record.filter((f) => f.readOnly).map((f) => f.name)).toEqual([
      'id',
      'size',
      'storageId',
      'type',
      'downloadUrl',
      'createdBy',
      'updatedBy',
      'createdAt',
      'updatedAt',
    ]);
    expect(objectFields(typeNamed(update, 'file_input')?.type).map((f) => f.name)).toEqual(['name', 'folderId']);
    expect(update.params.map((p) => `${p.in}:${p.name}`)).toEqual(['path:id', 'body:name', 'body:folderId']);
    expect(get.result?.type).toEqual({ kind: 'ref', name: 'file' });
  });

  it('keep the Bitrix24 name as an alias, including the non-mechanical ones', () => {
    const spec = read(page('tech_docs_entities_departments.txt')).specs.find((s) => s.method === 'departments.get')!;
    const fields = objectFields(typeNamed(spec, 'department')?.type);
    expect(fields.find((f) => f.name === 'headId')?.aliases).toEqual(['UF_HEAD']);
    expect(fields.find((f) => f.name === 'parentId')?.aliases).toEqual(['PARENT']);
    // camelCase pages whose names pass through carry no alias.
    const products = read(page('tech_docs_entities_catalog-products.txt')).specs.find((s) => s.method === 'catalog-products.get')!;
    expect(objectFields(typeNamed(products, 'catalog_product')?.type).find((f) => f.name === 'name')?.aliases).toBeUndefined();
  });

  it('give list operations offset paging, the guide filter operators and meta.total', () => {
    const list = read(page('tech_docs_entities_folders.txt')).specs.find((s) => s.method === 'folders.list')!;
    expect(list.result?.type).toEqual({ kind: 'array', items: { kind: 'ref', name: 'folder' } });
    expect(list.list).toMatchObject({
      paging: 'offset',
      pageSize: 50,
      totalField: 'meta.total',
      filter: { param: 'filter', syntax: 'vibe', logic: true },
      select: { param: 'select' },
      order: { param: 'order' },
      entity: { method: 'folders.list', type: 'folder' },
    });
    expect(list.list?.filter?.operators).toEqual(expect.arrayContaining(['', '>=', '>', '<=']));
    expect(list.list?.filter?.objectOperators).toEqual(['$contains', '$gt', '$gte', '$in', '$lt', '$lte', '$ne']);
    expect(list.facts['list.filter.operators']?.file).toBe('docs_filtering.txt');
    expect(list.params.map((p) => p.name)).toEqual(['limit', 'offset', 'select', 'order', 'filter', 'include']);
    expect(list.params.find((p) => p.name === 'include')?.type).toMatchObject({ items: { values: [{ value: 'storage' }] } });
  });

  it('read the same operations from the pipe-table scrape as from the plain one', () => {
    const plain = read(page('tech_docs_entities_folders.txt')).specs;
    const piped = read(page('tech_docs_entities_folders__table-scrape.txt')).specs;
    expect(piped.map((s) => s.id)).toEqual(plain.map((s) => s.id));
    expect(piped.map((s) => JSON.stringify(s.types.map((t) => objectFields(t.type).map((f) => [f.name, f.readOnly, f.aliases]))))).toEqual(
      plain.map((s) => JSON.stringify(s.types.map((t) => objectFields(t.type).map((f) => [f.name, f.readOnly, f.aliases])))),
    );
  });
});

/** The Vibe reader on the seed, on every scraped Vibe page, and on hostile input. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ErrorCatalogue, MethodSpec, type Field, type TypeRef } from '../../generator/spec/schema.ts';
import type { ReaderOutput, SourcePage } from '../../generator/sources/types.ts';
import {
  looksLikeVibePage,
  readVibeConventions,
  readVibePage,
  summarizeVibePage,
} from '../../generator/sources/vibe/index.ts';

const VIBE_DIR = fileURLToPath(new URL('../../../shared/corpus/vibecode/', import.meta.url));
const YFM_DIR = fileURLToPath(new URL('../../../shared/corpus/b24restdocs/', import.meta.url));
const SEEDS_DIR = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));

const seed: SourcePage = { path: 'vibe.contacts.get.txt', text: readFileSync(`${SEEDS_DIR}vibe.contacts.get.txt`, 'utf8') };
const corpus: SourcePage[] = readdirSync(VIBE_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ path: f, text: readFileSync(VIBE_DIR + f, 'utf8') }));
const page = (name: string): SourcePage => {
  const p = corpus.find((c) => c.path === name);
  if (!p) throw new Error(`corpus page ${name} is missing`);
  return p;
};
/** MANIFEST.tsv: file → whether the page came through whole. */
const manifest = new Map(
  readFileSync(`${VIBE_DIR}MANIFEST.tsv`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.split('\t'))
    .map(([file, , whole]) => [file!, whole === 'yes'] as const),
);
const conventions = readVibeConventions(corpus);
const read = (p: SourcePage) => readVibePage(p, { conventions });
const onlySpec = (out: ReaderOutput) => {
  expect(out.specs).toHaveLength(1);
  return out.specs[0]!;
};
const objectFields = (t: TypeRef | undefined): Field[] => (t?.kind === 'object' ? t.fields : []);
const typeNamed = (spec: MethodSpec, name: string) => spec.types.find((t) => t.name === name);

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

describe('every scraped Vibe page', () => {
  const outputs = corpus.map((p) => ({ page: p, out: read(p) }));

  it('reads without throwing, every spec passes the schema, every page says why it yields nothing', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    for (const { page: p, out } of outputs) {
      for (const s of out.specs) expect(() => MethodSpec.parse(s), `${p.path}: ${s.id}`).not.toThrow();
      for (const c of out.errorCatalogues ?? []) expect(() => ErrorCatalogue.parse(c)).not.toThrow();
      if (out.specs.length === 0) expect(out.skipped, p.path).toBeTruthy();
      for (const w of out.warnings) {
        expect(w.file).toBe(p.path);
        if (w.line !== undefined) expect(w.line).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('is recognised as a Vibe page', () => {
    for (const p of corpus) expect(looksLikeVibePage(p.text), p.path).toBe(true);
  });

  it('is marked truncated exactly when MANIFEST.tsv says it did not come through whole', () => {
    expect(manifest.size).toBe(corpus.length - 1); // the seed copy is not listed
    for (const { page: p, out } of outputs) {
      const whole = manifest.get(p.path);
      if (whole === undefined) continue;
      expect(summarizeVibePage(out).truncated, p.path).toBe(!whole);
      for (const s of out.specs) expect(s.sources[0]?.truncated, `${p.path} ${s.id}`).toBe(!whole);
    }
  });

  it('yields byte-identical output when read twice', () => {
    for (const p of corpus) expect(JSON.stringify(read(p))).toBe(JSON.stringify(read(p)));
  });
});

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
    expect(read(page('tech_docs_entities_users.txt')).specs.map((s) => s.method)).toEqual(['users.list', 'users.get', 'users.create', 'users.update', 'users.fields']);
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

describe('cut pages', () => {
  it('keep what precedes the cut and gain nothing after it (contacts create)', () => {
    const p = page('docs_entities_contacts_create.txt');
    const out = read(p);
    const spec = onlySpec(out);
    const cut = out.warnings.find((w) => w.code === 'truncated-page');
    expect(cut?.line).toBe(p.text.trimEnd().split('\n').length);
    expect(spec.sources[0]?.truncated).toBe(true);
    expect(spec.params.map((p) => p.name)).toEqual([
      'name', 'lastName', 'secondName', 'phone', 'email', 'companyId', 'post', 'comments',
      'typeId', 'sourceId', 'sourceDescription', 'assignedById', 'opened', 'leadId',
    ]);
    // The page is cut before any response: no result is made up.
    expect(spec.result).toBeNull();
    expect(spec.examples.some((e) => e.kind === 'response')).toBe(false);
    // Every fact cites a line at or before the cut.
    const lines = JSON.stringify(spec).match(/"line":\d+/g)!.map((m) => Number(m.slice(7)));
    expect(Math.max(...lines)).toBeLessThanOrEqual(cut!.line!);
  });

  it('drop a table row cut by the page end instead of guessing its status (errors guide)', () => {
    const out = read(page('docs_errors.txt'));
    const codes = out.errorCatalogues?.[0]?.errors.map((e) => e.code);
    expect(codes).toContain('INVALID_APP_KEY');
    // "TOKEN_EXPIRED" is the page's last text: it may be cut mid-word and has no status.
    expect(codes).not.toContain('TOKEN_EXPIRED');
    expect(out.warnings.some((w) => w.code === 'cut-row' && w.line === 51)).toBe(true);
  });

  it('are detected when cut mid-table in either scrape form', () => {
    const plain = page('tech_docs_entities_folders.txt').text;
    const cutPlain = plain.slice(0, plain.indexOf('storageId STORAGE_ID') + 'storageId STORAGE_ID'.length);
    const piped = page('tech_docs_entities_folders__table-scrape.txt').text;
    const cutPipe = piped.slice(0, piped.indexOf('storageId |') + 'storageId |'.length);
    for (const [name, text] of [['cut-plain.txt', cutPlain], ['cut-pipe.txt', cutPipe]] as const) {
      const out = read({ path: name, text });
      expect(summarizeVibePage(out).truncated, name).toBe(true);
      const get = out.specs.find((s) => s.method === 'folders.get');
      // The cut row (no type yet) is not turned into a field of unknown type.
      expect(objectFields(get?.types[0]?.type).map((f) => f.name)).toEqual(['id', 'name', 'parentId']);
    }
  });

  it('are detected at the scraper byte budget when they stop mid-sentence', () => {
    const bytes = Buffer.from(seed.text, 'utf8').subarray(0, 2000).toString('utf8');
    expect(summarizeVibePage(read({ path: 'seed-cut.txt', text: bytes })).truncated).toBe(true);
    // A whole page well under the budget is not.
    expect(summarizeVibePage(read(page('tech_docs_entities_users.txt'))).truncated).toBe(false);
  });
});

describe('guide pages and conventions', () => {
  it('yield the shared error catalogue with HTTP statuses, and no operations', () => {
    const out = read(page('docs_errors.txt'));
    expect(out.specs).toEqual([]);
    expect(out.skipped).toMatch(/guide/);
    const catalogue = out.errorCatalogues?.[0];
    expect(catalogue?.id).toBe('vibe-errors');
    expect(catalogue?.api).toBe('vibe');
    const status = Object.fromEntries(catalogue!.errors.map((e) => [e.code, e.status]));
    expect(status).toMatchObject({ MISSING_API_KEY: 401, INVALID_API_KEY: 401, INVALID_APP_KEY: 401, RATE_LIMITED: 429 });
    expect(catalogue!.errors.find((e) => e.code === 'RATE_LIMITED')?.message).toBe('QUERY_LIMIT_EXCEEDED');
  });


  it('skip section overviews with their own scope without adding their errors', () => {
    const out = read(page('docs_bots.txt'));
    expect(out.skipped).toMatch(/scope imbot/);
    expect(out.errorCatalogues).toBeUndefined();
  });

  it('give the conventions with provenance', () => {
    expect(conventions.limitMax).toMatchObject({ value: 5000, source: { file: 'docs_entity-api.txt', how: 'read' } });
    expect(conventions.limitDefault?.value).toBe(50);
    expect(conventions.offsetParam?.value).toBe('offset');
    expect(conventions.totalField?.value).toBe('meta.total');
    expect(conventions.hasMoreField?.value).toBe('meta.hasMore');
    expect(conventions.includeParam?.value).toBe('include');
    expect(conventions.includedField?.value).toBe('_included');
    expect(conventions.batchMaxCalls?.value).toBe(50);
    expect(conventions.entityBatchMaxItems?.value).toBe(500);
    expect(conventions.retryAfterHeader).toMatchObject({ value: 'Retry-After', source: { file: 'docs_errors.txt' } });
    expect(conventions.retryAfterField?.value).toBe('error.retryAfter');
    expect(conventions.authHeader?.value).toBe('X-Api-Key');
    expect(conventions.baseUrl?.value).toBe('https://vibecode.bitrix24.tech');
    expect(conventions.createStatus?.value).toBe(201);
    expect(conventions.filterObjectOperators?.value.map((o) => o.operator)).toEqual(['$gt', '$gte', '$lt', '$lte', '$ne', '$contains', '$in']);
    expect(conventions.filterPrefixOperators?.value.map((o) => o.operator)).toEqual(expect.arrayContaining(['>=', '>', '<=', '!']));
    expect(conventions.listParams.map((p) => p.name)).toEqual(['limit', 'offset', 'select', 'order']);
    for (const [key, fact] of Object.entries(conventions)) {
      if (key === 'listParams') continue;
      expect((fact as { source: { file: string; line?: number } }).source.line, key).toBeGreaterThanOrEqual(1);
    }
  });

  it('are the same whatever order the pages come in', () => {
    expect(JSON.stringify(readVibeConventions([...corpus].reverse()))).toBe(JSON.stringify(conventions));
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


describe('looksLikeVibePage', () => {
  it('rejects the scraped apidocs seeds', () => {
    for (const f of ['crm.company.contact.items.get.txt', 'crm.contact.get.txt', 'crm.contact.list.txt', 'crm.lead.get.txt']) {
      expect(looksLikeVibePage(readFileSync(SEEDS_DIR + f, 'utf8')), f).toBe(false);
    }
    expect(looksLikeVibePage(seed.text)).toBe(true);
  });

  it('rejects every YFM markdown page, even one that links to vibecode', () => {
    const files = (readdirSync(YFM_DIR, { recursive: true }) as string[]).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(1000);
    const hits = files.filter((f) => looksLikeVibePage(readFileSync(YFM_DIR + f, 'utf8')));
    expect(hits).toEqual([]);
    const md = readFileSync(YFM_DIR + files.find((f) => f.includes('crm-contact-get'))!, 'utf8');
    expect(looksLikeVibePage(`${md}\nSee https://vibecode.bitrix24.tech/v1/contacts\n`)).toBe(false);
  });

  it('recognises a bare method page and an entity page without the host name', () => {
    expect(looksLikeVibePage('#Get deal\nGET /v1/deals/:id\ncurl -H "X-Api-Key: K" /v1/deals/1')).toBe(true);
    expect(looksLikeVibePage('#Deals\nEntity: deal | Scope: crm | Base path: /v1/deals')).toBe(true);
    expect(looksLikeVibePage('')).toBe(false);
    expect(looksLikeVibePage('GET /v1/deals')).toBe(false);
  });
});

describe('robustness', () => {
  const hostile: Array<[string, unknown]> = [
    ['empty', ''],
    ['blank', ' \n\n\t\n'],
    ['junk', '\u0000\u0001 ||| ### {{{ [[[ ]]] | |'],
    ['not a string', 42],
    ['binary-ish', String.fromCharCode(...Array.from({ length: 3000 }, (_, i) => (i * 7919) % 65535))],
    ['header only', '#X\nGET /v1/x\n#Parameters\nParameter Type Required Description\n'],
    ['unsupported verb', '#Title\nHEAD /v1/things/:id\nX-Api-Key'],
    ['generic template', '#List\nGET /v1/{entity}\nX-Api-Key'],
    ['entity line only', 'Entity: thing | Scope: crm | Base path: /v1/things'],
    ['cut operations row', '#T\nEntity: t | Scope: crm | Base path: /v1/t\n#Operations\nMethod Path Description Bitrix24 Method\nGET /v1/t List t.list\nPATCH'],
    ['broken json', '#Get thing\nGET /v1/things/:id\n#Response example\n{ "success": true, "data": { "id": 1, }\n}\n#Errors\nHTTP Code Description\n404 NOT_FOUND gone\n'],
    ['huge', `#Big\nGET /v1/big\n#Parameters\nParameter Type Description\n${'p string x\n'.repeat(5000)}`],
    ['crlf and bom', '\uFEFF#Get thing\r\nGET /v1/things/:id\r\n#Parameters\r\nParameter Type Required Description\r\nid (path) number yes Thing ID\r\n'],
  ];

  it.each(hostile)('%s: never throws, warnings cite a file and a 1-based line, no-op pages say why', (name, text) => {
    const out = readVibePage({ path: `${name}.txt`, text: text as string });
    for (const s of out.specs) expect(() => MethodSpec.parse(s)).not.toThrow();
    for (const w of out.warnings) {
      expect(w.file).toBe(`${name}.txt`);
      if (w.line !== undefined) expect(Number.isInteger(w.line) && w.line >= 1).toBe(true);
    }
    if (out.specs.length === 0) expect(out.skipped).toBeTruthy();
    expect(JSON.stringify(readVibePage({ path: `${name}.txt`, text: text as string }))).toBe(JSON.stringify(out));
  });

  it('reports broken example JSON and still reads the errors table', () => {
    const out = readVibePage({ path: 'b.txt', text: hostile[10]![1] as string });
    const spec = onlySpec(out);
    expect(out.warnings.find((w) => w.code === 'unparsed-json')?.line).toBe(4);
    expect(spec.examples.find((e) => e.kind === 'response')?.raw).toContain('"id": 1,');
    expect(spec.errors.map((e) => [e.code, e.status])).toEqual([['NOT_FOUND', 404]]);
  });

  it('reads CRLF text with a BOM like LF text', () => {
    const spec = onlySpec(readVibePage({ path: 'c.txt', text: hostile[12]![1] as string }));
    expect(spec.params[0]).toMatchObject({ name: 'id', in: 'path', required: true, source: { line: 5 } });
  });

  it('reads a huge table fully', () => {
    const spec = onlySpec(readVibePage({ path: 'h.txt', text: hostile[11]![1] as string }));
    // 5000 rows of one name: one param, the rest reported as duplicates.
    expect(spec.params.map((p) => p.name)).toEqual(['p']);
  });

  it('summarizes what a page yielded', () => {
    expect(summarizeVibePage(read(page('tech_docs_entities_users.txt')))).toEqual({
      operations: 5,
      entityTypes: ['user', 'user_input'],
      truncated: false,
    });
    expect(summarizeVibePage(read(page('docs_filtering.txt')))).toMatchObject({ operations: 0, truncated: true, skipped: expect.stringMatching(/guide/) });
  });
});

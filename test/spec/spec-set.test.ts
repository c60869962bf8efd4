import { describe, expect, it } from 'vitest';
import { MethodSpec } from '../../generator/spec/schema.ts';
import { specFilePath, specSetFromFiles, specSetToFiles, SpecFileError } from '../../generator/spec/spec-set.ts';
import { restSpec } from '../support/specs.ts';

function spec(over: Partial<MethodSpec> = {}): MethodSpec {
  return restSpec('crm.contact.get', {
    restVersion: '1',
    title: 'Get contact',
    scope: ['crm'],
    paramsDocumented: 'table',
    sources: [{ path: 'x.md', reader: 'yfm-markdown', sha256: 'ab' }],
    ...over,
  });
}

describe('spec files', () => {
  it('places specs by identity', () => {
    expect(specFilePath(spec())).toBe('rest/crm/crm.contact.get.json');
    expect(specFilePath(spec({ method: 'tasks.task.add', restVersion: '3' }))).toBe('rest/tasks/tasks.task.add@v3.json');
    expect(specFilePath(spec({ method: 'methods' }))).toBe('rest/_root/methods.json');
    expect(specFilePath(spec({ api: 'vibe', method: 'contacts.get', http: { verb: 'GET', path: '/v1/contacts/{id}' } }))).toBe('vibe/get_v1_contacts_id.json');
  });

  it('round-trips through files and is independent of input order', () => {
    const a = spec();
    const b = spec({ id: 'rest:crm.lead.get', method: 'crm.lead.get' });
    const one = specSetToFiles({ specs: [a, b], errorCatalogues: [], typeCatalogues: [], pages: [] });
    const two = specSetToFiles({ specs: [b, a], errorCatalogues: [], typeCatalogues: [], pages: [] });
    expect([...one.entries()]).toEqual([...two.entries()]);
    const back = specSetFromFiles(one);
    expect(back.specs.map((s) => s.id)).toEqual(['rest:crm.contact.get', 'rest:crm.lead.get']);
    expect(JSON.parse(one.get('index.json')!).methods[0].file).toBe('rest/crm/crm.contact.get.json');
  });

  it('names the bad file and field when a spec does not validate', () => {
    const files = new Map([['rest/crm/x.json', JSON.stringify({ ...spec(), params: [{ name: 1 }] })]]);
    expect(() => specSetFromFiles(files)).toThrow(SpecFileError);
    expect(() => specSetFromFiles(files)).toThrow(/rest\/crm\/x\.json: does not match the spec schema: params\.0/);
    expect(() => specSetFromFiles(new Map([['rest/crm/y.json', '{oops']]))).toThrow(/y\.json: not valid JSON/);
  });

  it('exports a JSON Schema derived from zod', () => {
    const files = specSetToFiles({ specs: [], errorCatalogues: [], typeCatalogues: [], pages: [] });
    const schema = JSON.parse(files.get('spec.schema.json')!);
    expect(schema.required).toContain('params');
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['TypeRef', 'Field']));
  });
});

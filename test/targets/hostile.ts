/** A hostile spec set: documentation text and names chosen to break naive code generation. */
import { ErrorCatalogue, SPEC_VERSION, TypeCatalogue, type Field, type MethodSpec, type TypeRef } from '../../generator/spec/schema.ts';
import { method } from './given.ts';

/** Text that would close a comment, open a template substitution, start a tag, end a script… */
export const EVIL = 'Evil */ text ${x} `tick` </script> <!-- \'quote\' "dq" \\ backslash\r\n@param not-a-tag\n{@link nowhere} 😀 \u2028 line-sep */';
/** Field names that are not plain identifiers, or are special in JS. */
export const EVIL_NAMES = ['constructor', '__proto__', 'default', '1abc', 'a-b', "'quote'", '😀', 'data.FIELDS', '<key>', '>=DATE', 'UF_CRM_1', 'toString'];

const source = { file: 'hostile.md', how: 'read' as const };
const str: TypeRef = { kind: 'scalar', name: 'string' };

function field(name: string, type: TypeRef = str, required: boolean | 'unknown' = 'unknown'): Field {
  return { id: `f.${name}`, name, type, required, description: `${name}: ${EVIL}`, default: EVIL, source };
}

/** A REST method whose doc text is hostile wherever the given fields leave it unsaid. */
function base(over: Partial<MethodSpec> & Pick<MethodSpec, 'id' | 'method'>): MethodSpec {
  return method({ title: `Title ${EVIL}`, description: EVIL, scope: ['hostile', '*/'], access: EVIL, ...over });
}

const evilEnum: TypeRef = {
  kind: 'enum',
  base: 'string',
  values: [{ value: '*/' }, { value: '${x}' }, { value: '`tick`' }, { value: "it's" }, { value: '</script>' }],
  open: false,
};

/** The specs and catalogues. */
export function hostileInput(): { specs: MethodSpec[]; errorCatalogues: ErrorCatalogue[]; typeCatalogues: TypeCatalogue[] } {
  const objectFields = EVIL_NAMES.map((n, i) => field(n, i % 3 === 0 ? evilEnum : i % 3 === 1 ? { kind: 'scalar', name: 'integer' } : str, i === 0));
  const get = base({
    id: 'rest:hostile.thing.get',
    method: 'hostile.thing.get',
    deprecated: { successor: 'hostile.thing.fetch */ ${x}', note: `@deprecated ${EVIL}`, source },
    seeAlso: ['https://example.com/*/path', '@evil', 'hostile.thing.list'],
    params: EVIL_NAMES.map((n, i) => ({
      id: `param:${n}`,
      name: n,
      type: i % 2 ? str : evilEnum,
      required: i === 1,
      description: EVIL,
      default: { '*/': '${x}' },
      source,
    })),
    result: { type: { kind: 'ref', name: '1abc' }, description: EVIL, source },
    types: [
      // A type named like a digit-led word, one like a keyword, one like a global (Record), one recursive.
      {
        name: '1abc',
        description: EVIL,
        type: { kind: 'object', fields: [...objectFields, field('tree', { kind: 'ref', name: 'default' }), field('rec', { kind: 'ref', name: 'record' })] },
        source,
      },
      {
        name: 'default',
        description: EVIL,
        type: { kind: 'object', fields: [field('name'), field('children', { kind: 'array', items: { kind: 'ref', name: 'default' } })] },
        source,
      },
      { name: 'record', description: EVIL, type: { kind: 'map', values: { kind: 'ref', name: 'missing */ type' } }, source },
    ],
    errors: [
      { id: 'error:1', code: '200040300010', status: 403, message: EVIL, source },
      { id: 'error:2', code: 'Access denied', status: 403, message: 'Access denied */', source },
      { id: 'error:3', code: '__proto__', status: 400, message: EVIL, source },
      { id: 'error:4', code: 'ERROR_*/_${x}', status: 400, message: null, source },
      { id: 'error:5', code: null, status: 400, message: EVIL, source },
    ],
  });
  const list = base({
    id: 'rest:hostile.thing.list',
    method: 'hostile.thing.list',
    params: [{ id: 'param:filter', name: 'filter', type: { kind: 'object', fields: [] }, required: false, source }],
    result: { type: { kind: 'array', items: { kind: 'ref', name: 'item' } }, source },
    types: [{ name: 'item', type: { kind: 'object', fields: objectFields }, source }],
    list: {
      paging: 'start',
      pageSize: 50,
      idCursor: false,
      filter: { param: 'filter', syntax: 'prefix', operators: ['', '>=', '@', '><', '!><', '%'], logic: true },
      select: { param: 'select', masks: ['*', '*/', '${x}'] },
      order: { param: 'order' },
      entity: { method: 'hostile.thing.list', type: 'item', customFields: 'UF_*/${x}' },
      source,
    },
  });
  // Collisions: the same PascalCase name as hostile.thing.get, and a REST 3.0 twin of it.
  const twin = base({
    id: 'rest:hostile.thing_get',
    method: 'hostile.thing_get',
    result: { type: { kind: 'ref', name: 'default' }, source },
    types: [{ name: 'default', type: str, source }],
  });
  const v3 = base({ id: 'rest:hostile.thing.get@v3', method: 'hostile.thing.get', restVersion: '3', paramsDocumented: 'missing' });
  const digit = base({ id: 'rest:1c.sync', method: '1c.sync', paramsDocumented: 'none', result: { type: { kind: 'scalar', name: 'boolean' }, source } });
  const vibe = base({
    id: 'vibe:POST /v1/weird-things/{id}',
    api: 'vibe',
    method: 'weird-things.update',
    restVersion: undefined,
    http: { verb: 'POST', path: '/v1/weird-things/{id}' },
    systemErrors: 'vibe',
    params: [
      { id: 'param:id', name: 'id', in: 'path', type: { kind: 'scalar', name: 'integer' }, required: true, source },
      { id: 'param:data.FIELDS', name: 'data.FIELDS', in: 'body', type: { kind: 'object', fields: objectFields }, required: true, description: EVIL, source },
    ],
    result: { type: { kind: 'object', fields: objectFields }, source },
    errors: [{ id: 'error:x', code: 'constructor', status: 400, message: EVIL, source }],
  });
  return {
    specs: [get, list, twin, v3, digit, vibe],
    errorCatalogues: [
      ErrorCatalogue.parse({
        specVersion: SPEC_VERSION,
        id: 'rest-system-errors',
        api: 'rest',
        errors: [{ id: 'e', code: 'toString', status: 500, message: EVIL, source }],
      }),
    ],
    typeCatalogues: [
      TypeCatalogue.parse({ specVersion: SPEC_VERSION, id: 'hostile-types', types: [{ name: 'record', description: EVIL, type: evilEnum, source }] }),
    ],
  };
}

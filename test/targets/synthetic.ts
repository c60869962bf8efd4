/**
 * A synthetic corpus for measuring the emitters at scale, shaped like the real docs: namespaces of
 * uneven size (crm is the biggest), get/list/add/update/delete families where the list filters by the
 * get's entity, ~35 documented result fields, a few params, errors, and some Vibe operations.
 * Deterministic (a seeded generator), so timings compare across runs.
 */
import { SPEC_VERSION, type ErrorCatalogue, type Field, type MethodSpec, type TypeCatalogue, type TypeRef } from '../../generator/spec/schema.ts';
import { mulberry32 } from '../../generator/core/prng.ts';

const NAMESPACES: Array<[string, number]> = [
  ['crm', 420],
  ['tasks', 120],
  ['im', 110],
  ['catalog', 100],
  ['sale', 90],
  ['disk', 60],
  ['user', 30],
  ['lists', 40],
  ['calendar', 30],
  ['landing', 90],
  ['bizproc', 40],
  ['sonet_group', 25],
  ['telephony', 35],
  ['imbot', 40],
  ['department', 10],
  ['entity', 30],
  ['booking', 35],
  ['sign', 20],
  ['documentgenerator', 25],
  ['timeman', 25],
  ['log', 10],
  ['voximplant', 30],
  ['mailservice', 10],
  ['pull', 10],
  ['ai', 15],
  ['biconnector', 25],
  ['rpa', 30],
];
const VERBS = ['get', 'list', 'add', 'update', 'delete', 'fields'];
const WORDS = [
  'item',
  'contact',
  'deal',
  'lead',
  'company',
  'product',
  'section',
  'stage',
  'status',
  'field',
  'type',
  'rule',
  'template',
  'folder',
  'file',
  'event',
  'resource',
  'slot',
  'task',
  'comment',
];
const source = { file: 'synthetic.md', how: 'read' as const };

const LOREM =
  'The identifier of the record as returned by the list method, used to link the entity to its owner and to filter results in related methods'.split(' ');

function sentence(r: () => number, min = 4, max = 14): string {
  const n = min + Math.floor(r() * (max - min));
  const start = Math.floor(r() * (LOREM.length - n));
  const s = LOREM.slice(Math.max(0, start), Math.max(0, start) + n).join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function fieldType(r: () => number): TypeRef {
  const x = r();
  if (x < 0.3) return { kind: 'scalar', name: 'string', format: 'id' };
  if (x < 0.55) return { kind: 'scalar', name: 'string' };
  if (x < 0.65) return { kind: 'scalar', name: 'string', format: 'datetime' };
  if (x < 0.72) return { kind: 'scalar', name: 'string', format: 'yn' };
  if (x < 0.8) return { kind: 'scalar', name: 'integer' };
  if (x < 0.86) return { kind: 'enum', base: 'string', values: [{ value: 'NEW' }, { value: 'IN_PROGRESS' }, { value: 'DONE' }], open: r() < 0.5 };
  if (x < 0.92) return { kind: 'array', items: { kind: 'ref', name: 'crm_multifield', shared: true } };
  if (x < 0.96)
    return { kind: 'object', fields: [mkField(r, 'VALUE', { kind: 'scalar', name: 'string' }), mkField(r, 'TYPE', { kind: 'scalar', name: 'string' })] };
  return { kind: 'map', values: { kind: 'scalar', name: 'string' } };
}

function mkField(r: () => number, name: string, type: TypeRef): Field {
  return { id: `f.${name}`, name, type, required: r() < 0.15 ? true : 'unknown', description: sentence(r), source };
}

function base(id: string, method: string, r: () => number): MethodSpec {
  return {
    specVersion: SPEC_VERSION,
    id,
    api: 'rest',
    method,
    restVersion: '1',
    title: `${sentence(r, 3, 6)} ${method}`,
    description: `${sentence(r, 8, 20)}. ${sentence(r, 8, 20)}.`,
    scope: [method.split('.')[0]!],
    access: 'any user with access to the section',
    deprecated: r() < 0.1 ? { successor: 'crm.item.get', source } : false,
    params: [],
    alternatives: [],
    paramsDocumented: 'table',
    result: null,
    types: [],
    errors: [
      { id: 'error:ACCESS_DENIED', code: 'ACCESS_DENIED', status: 403, message: 'Access denied', source },
      { id: 'error:NOT_FOUND', code: 'NOT_FOUND', status: 404, message: 'Not found', description: sentence(r), source },
      { id: 'error:msg:x', code: null, status: 400, message: 'ID is not defined or invalid.', source },
    ],
    systemErrors: 'rest',
    list: null,
    examples: [],
    seeAlso: [`${method.split('.').slice(0, -1).join('.')}.add`],
    facts: {},
    sources: [],
    warnings: [],
  };
}

/** `count` REST methods (+ `vibe` Vibe operations), with the shared catalogues they use. */
export function syntheticInput(count = 1500, vibe = 0): { specs: MethodSpec[]; errorCatalogues: ErrorCatalogue[]; typeCatalogues: TypeCatalogue[] } {
  const r = mulberry32(42);
  const specs: MethodSpec[] = [];
  const total = NAMESPACES.reduce((a, [, n]) => a + n, 0);
  let made = 0;
  for (const [ns, weight] of NAMESPACES) {
    const want = Math.round((weight / total) * count);
    for (let i = 0; i < want && made < count; i += VERBS.length) {
      const entity = `${WORDS[i % WORDS.length]}${Math.floor(i / WORDS.length) || ''}`;
      const fields = Array.from({ length: 25 + Math.floor(r() * 25) }, (_, k) => mkField(r, `FIELD_${k}_${entity.toUpperCase()}`, fieldType(r)));
      fields.unshift(mkField(r, 'ID', { kind: 'scalar', name: 'string', format: 'id' }));
      const entityType = {
        name: entity,
        description: sentence(r),
        type: { kind: 'object' as const, fields, additional: { kind: 'scalar' as const, name: 'any' as const } },
        source,
      };
      for (const verb of VERBS) {
        if (made >= count) break;
        const method = `${ns}.${entity}.${verb}`;
        const s = base(`rest:${method}`, method, r);
        if (verb === 'get') {
          s.params = [{ id: 'param:id', name: 'id', type: { kind: 'scalar', name: 'integer' }, required: true, description: sentence(r), source }];
          s.result = { type: { kind: 'ref', name: entity }, source };
          s.types = [entityType];
        } else if (verb === 'list') {
          s.params = ['select', 'filter', 'order', 'start'].map((p) => ({
            id: `param:${p}`,
            name: p,
            type: p === 'start' ? { kind: 'scalar', name: 'integer' } : { kind: 'object', fields: [] },
            required: false,
            description: sentence(r),
            source,
          }));
          s.result = { type: { kind: 'array', items: { kind: 'object', fields: [] } }, source };
          s.list = {
            paging: 'start',
            pageSize: 50,
            idCursor: true,
            filter: { param: 'filter', syntax: 'prefix', operators: ['', '=', '!=', '<', '<=', '>', '>=', '%', '@', '!@'], logic: false },
            select: { param: 'select', masks: ['*', 'UF_*'] },
            order: { param: 'order' },
            entity: { method: `${ns}.${entity}.get`, type: entity, customFields: 'UF_*' },
            source,
          };
        } else if (verb === 'add' || verb === 'update') {
          s.params = [
            ...(verb === 'update'
              ? [
                  {
                    id: 'param:id',
                    name: 'id',
                    type: { kind: 'scalar' as const, name: 'integer' as const },
                    required: true as const,
                    description: sentence(r),
                    source,
                  },
                ]
              : []),
            {
              id: 'param:fields',
              name: 'fields',
              type: { kind: 'object', fields: fields.slice(0, 20).map((f) => ({ ...f, required: false })) },
              required: true,
              description: sentence(r),
              source,
            },
            {
              id: 'param:params',
              name: 'params',
              type: { kind: 'object', fields: [mkField(r, 'REGISTER_SONET_EVENT', { kind: 'scalar', name: 'string', format: 'yn' })] },
              required: false,
              description: sentence(r),
              source,
            },
          ];
          s.result = { type: verb === 'add' ? { kind: 'scalar', name: 'integer' } : { kind: 'scalar', name: 'boolean' }, source };
        } else if (verb === 'delete') {
          s.params = [{ id: 'param:id', name: 'id', type: { kind: 'scalar', name: 'integer' }, required: true, description: sentence(r), source }];
          s.result = { type: { kind: 'scalar', name: 'boolean' }, source };
        } else {
          s.paramsDocumented = 'none';
          s.result = {
            type: {
              kind: 'map',
              values: {
                kind: 'object',
                fields: [
                  mkField(r, 'type', { kind: 'scalar', name: 'string' }),
                  mkField(r, 'isRequired', { kind: 'scalar', name: 'boolean' }),
                  mkField(r, 'title', { kind: 'scalar', name: 'string' }),
                ],
              },
            },
            source,
          };
        }
        specs.push(s);
        made++;
      }
    }
  }
  for (let i = 0; i < vibe; i++) {
    const entity = `things${i}`;
    const s = base(`vibe:GET /v1/${entity}/{id}`, `${entity}.get`, r);
    s.api = 'vibe';
    delete s.restVersion;
    s.http = { verb: 'GET', path: `/v1/${entity}/{id}` };
    s.systemErrors = 'vibe';
    s.params = [{ id: 'param:id', name: 'id', in: 'path', type: { kind: 'scalar', name: 'integer' }, required: true, source }];
    s.types = [{ name: 'thing', type: { kind: 'object', fields: Array.from({ length: 20 }, (_, k) => mkField(r, `field${k}`, fieldType(r))) }, source }];
    s.result = { type: { kind: 'ref', name: 'thing' }, source };
    specs.push(s);
  }
  return {
    specs,
    errorCatalogues: [
      {
        specVersion: SPEC_VERSION,
        id: 'rest-system-errors',
        api: 'rest',
        errors: ['QUERY_LIMIT_EXCEEDED', 'INTERNAL_SERVER_ERROR', 'expired_token', 'NO_AUTH_FOUND'].map((code) => ({
          id: `error:${code}`,
          code,
          status: 400,
          message: null,
          source,
        })),
      },
    ],
    typeCatalogues: [
      {
        specVersion: SPEC_VERSION,
        id: 'crm-data-types',
        types: [
          {
            name: 'crm_multifield',
            type: { kind: 'object', fields: ['ID', 'VALUE_TYPE', 'VALUE', 'TYPE_ID'].map((n) => mkField(r, n, { kind: 'scalar', name: 'string' })) },
            source,
          },
        ],
      },
    ],
  };
}

/** The package part: api.md, the Methods map, the entry file and the scaffolding. */
import { describe, expect, it } from 'vitest';
import { apiMarkdown } from '../../../../generator/targets/typescript/package/api-md.ts';
import { emitIndexFile } from '../../../../generator/targets/typescript/package/index-file.ts';
import { defaultSelect, emitMethodsFile } from '../../../../generator/targets/typescript/package/methods-file.ts';
import { emitNamespaceEntryFile } from '../../../../generator/targets/typescript/package/namespace-entry.ts';
import { packageJson } from '../../../../generator/targets/typescript/package/package-files.ts';
import { readme } from '../../../../generator/targets/typescript/package/readme.ts';
import { list, method, param, planOf, printed } from '../../given.ts';

describe('package part', () => {
  it('lists exports one per line, sorted by name, with backticks and newlines neutralised', () => {
    const md = apiMarkdown(
      [
        { name: 'b', kind: 'type', file: 'src/methods/crm.ts', signature: 'a`b\nc' },
        { name: 'A', kind: 'interface', file: 'src/x.ts', signature: '' },
      ],
      '@x/y',
    );
    expect(md.split('\n').filter((l) => l.startsWith('- '))).toEqual(['- `A` interface · x.ts', "- `b` type · methods/crm.ts · a'b c"]);
  });

  it('gives a list method with a typed select its select facts: param, names, documented default', () => {
    // bizproc-workflow-instances.md, the SELECT row: "Default value: `['ID', 'MODIFIED', 'OWNED_UNTIL']`"
    const select = param('SELECT', { type: { kind: 'array', items: { kind: 'scalar', name: 'string' } }, default: "['ID', 'MODIFIED', 'OWNED_UNTIL']" });
    const m = method({ method: 'bizproc.workflow.instances', params: [select], list: list({ select: { param: 'SELECT', masks: [] } }) });
    const plan = planOf([m]);
    expect(printed(emitNamespaceEntryFile(plan, 'src/api/bizproc.ts', plan.rest).statements)).toMatch(
      /select: \{ param: "SELECT"; names: bizproc\.BizprocWorkflowInstancesSelect\[number\]; default: "ID" \| "MODIFIED" \| "OWNED_UNTIL" \}/,
    );
  });

  it.each([
    ["['ID', 'MODIFIED', 'OWNED_UNTIL']", ['ID', 'MODIFIED', 'OWNED_UNTIL']],
    [['ID'], ['ID']],
    // crm-deal-list.md: "By default, all fields are taken — `'*'` + Custom fields — `'UF_*'`" (a mask: the whole item)
    ['*', []],
    ['["*"]', []],
    ['all fields', []],
    [undefined, []],
  ])('defaultSelect(%j) → %j', (value, want) => expect(defaultSelect(value)).toEqual(want));

  it('maps REST 1 methods in the namespace map Methods extends, REST 3.0 twins in MethodsV3, list facts included', () => {
    const plan = planOf([method({ method: 'crm.deal.list', list: list({ idCursor: true }) }), method({ method: 'crm.deal.list', restVersion: '3' })]);
    const text = printed(emitMethodsFile(plan, new Map([['src/api/crm.ts', 'CrmMethods']])).statements);
    expect(text).toContain("import type * as crm from './methods/crm.js';");
    expect(text).toContain("import type * as crm2 from './api/crm.js';");
    expect(text).toMatch(/export interface Methods extends crm2\.CrmMethods \{\s*\}/);
    expect(text).toMatch(/export interface MethodsV3 \{[\s\S]*params: crm\.CrmDealListV3Params;/);
    const entry = printed(
      emitNamespaceEntryFile(
        plan,
        'src/api/crm.ts',
        plan.rest.filter((m) => m.spec.restVersion !== '3'),
      ).statements,
    );
    expect(entry).toMatch(
      /export interface CrmMethods \{[\s\S]*"crm\.deal\.list": \{\s*params: crm\.CrmDealListParams;[\s\S]*list: \{ item: crm\.CrmDealListItem; idCursor: true; select: never \};/,
    );
    // The namespace's own client, and one function per method calling through any client.
    expect(entry).toContain('export function createCrmClient(options: ClientOptions): RestClient<CrmMethods> {');
    expect(entry).toContain(
      'export function crmDealList(client: RestCaller, params?: crm.CrmDealListParams, options?: CallOptions): Promise<crm.CrmDealListResult> {',
    );
    expect(entry).toContain('return callMethod<crm.CrmDealListResult>(client, "crm.deal.list", params, options);');
  });

  it('re-exports type-only files with export type * and value files with export *', () => {
    const text = printed(emitIndexFile({ valueFiles: ['src/errors.ts'], typeOnlyFiles: ['src/methods.ts'] }).statements);
    expect(text).toContain("export type * from './methods.js';");
    expect(text).toContain("export * from './errors.js';");
    // client.v3 is typed by the REST 3.0 map.
    expect(text).toContain('export function createClient(options: ClientOptions): RestClient<Methods, MethodsV3> {');
    expect(text).toContain('return createRestClient<Methods, MethodsV3>(options);');
  });

  it('writes the package version and the counts', () => {
    expect(JSON.parse(packageJson('1.2.3')).version).toBe('1.2.3');
    const ns = {
      subpath: 'crm',
      map: 'CrmMethods',
      factory: 'createCrmClient',
      methods: 7,
      deprecated: 2,
      docs: 'https://apidocs.bitrix24.com/api-reference/crm/',
    };
    const text = readme({ name: '@x/y', version: '1.2.3', counts: { rest: 10, v3: 2, vibe: 3 }, namespaces: [ns] });
    expect(text).toContain('(10 methods, and 2 REST 3.0 methods) and the Vibe REST API\n(3 operations)');
    expect(text).toContain('Version 1.2.3.');
    expect(text).toContain('| `crm` | `@x/y/crm` | 7 | 2 | `createCrmClient` | [docs](https://apidocs.bitrix24.com/api-reference/crm/) |');
    // package.json: one subpath per namespace entry
    expect(JSON.parse(packageJson('1.2.3', ['crm'])).exports['./crm']).toMatchObject({ types: './dist/api/crm.d.ts', import: './dist/api/crm.js' });
  });
});

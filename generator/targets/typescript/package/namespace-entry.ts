/**
 * src/api/<namespace>.ts, the package subpath `@b24gen/bitrix24/<namespace>`: the namespace's method map
 * (`CrmMethods`, which `Methods` extends), a client typed by it alone, and one function per method
 * (`crmDealGet(client, params)`) carrying the method's own documentation. An app that imports one namespace
 * type-checks that namespace's types only, and a bundler keeps only the functions it calls.
 */
import { StructureKind, type FunctionDeclarationStructure, type StatementStructures } from 'ts-morph';
import { compareStrings } from '../../../spec/serialize.ts';
import type { Plan, PlanMethod } from '../../plan/index.ts';
import { camelCase, ynFlagPaths } from '../../plan/index.ts';
import { FileContext } from '../common/file-context.ts';
import { isDeclarableName, quote } from '../common/identifiers.ts';
import { docCode, docs, type DocParts } from '../common/jsdoc.ts';
import { methodDoc } from '../common/method-doc.ts';
import { methodTypesFile, namespaceSubpath, RUNTIME_INDEX_FILE } from '../common/paths.ts';
import { methodEntry } from './methods-file.ts';
import type { ReadmeNamespace } from './readme.ts';

/** Where the docs site serves a corpus page (`api-reference/crm/deals/crm-deal-get.md`). */
const DOCS_SITE = 'https://apidocs.bitrix24.com/';

/** The names a namespace entry declares: its map interface and its client factory. */
export function namespaceEntryNames(entryFile: string): { map: string; factory: string } {
  const pascal = namespaceSubpath(entryFile)
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
  // A namespace may start with a digit (`1c`): its names must still be identifiers.
  const base = /^[A-Za-z]/.test(pascal) ? pascal : `Ns${pascal}`;
  return { map: `${base}Methods`, factory: `create${base}Client` };
}

/** The client defaults a set of methods needs: list id fields other than `ID`, and the param paths of Y/N flags. */
export function clientDefaults(methods: readonly PlanMethod[]): { listIdFields: Record<string, string>; ynParams: Record<string, readonly string[]> } {
  const v1 = methods.filter((m) => m.spec.restVersion !== '3');
  return {
    listIdFields: Object.fromEntries(v1.flatMap((m) => (m.spec.list?.idCursor && m.spec.list.idField ? [[m.key.toLowerCase(), m.spec.list.idField]] : []))),
    ynParams: Object.fromEntries(
      v1.flatMap((m) => {
        const paths = ynFlagPaths(m);
        return paths.length > 0 ? [[m.key.toLowerCase(), paths]] : [];
      }),
    ),
  };
}

/** The object literal text of the defaults (`listIdFields: {…}, ynParams: {…}`), sorted; '' when there are none. */
export function clientDefaultsText(d: ReturnType<typeof clientDefaults>): string {
  const byKey = <T>(o: Record<string, T>) => Object.entries(o).sort(([a], [b]) => compareStrings(a, b));
  const ids = byKey(d.listIdFields).filter(([, f]) => f !== 'ID');
  const flags = byKey(d.ynParams);
  return [
    ids.length > 0 && `listIdFields: { ${ids.map(([m, f]) => `${quote(m)}: ${quote(f)}`).join(', ')} }`,
    flags.length > 0 && `ynParams: { ${flags.map(([m, ps]) => `${quote(m)}: [${ps.map(quote).join(', ')}]`).join(', ')} }`,
  ]
    .filter((x): x is string => Boolean(x))
    .join(', ');
}

/** A namespace's row of the package README: its import, client, method counts and the docs section most of its pages are in. */
export function readmeNamespace(entryFile: string, methods: readonly PlanMethod[]): ReadmeNamespace {
  const { map, factory } = namespaceEntryNames(entryFile);
  const sections = new Map<string, number>();
  for (const m of methods) {
    const dir = /^api-reference\/([\w-]+)\//.exec(m.spec.sources.find((s) => s.reader === 'yfm-markdown')?.path ?? '')?.[1];
    if (dir) sections.set(dir, (sections.get(dir) ?? 0) + 1);
  }
  // The most used section; ties by name, so the choice does not depend on input order.
  const top = [...sections.entries()].sort(([a, x], [b, y]) => y - x || compareStrings(a, b))[0]?.[0];
  return {
    subpath: namespaceSubpath(entryFile),
    map,
    factory,
    methods: methods.length,
    deprecated: methods.filter((m) => m.spec.deprecated !== false).length,
    docs: top ? `${DOCS_SITE}api-reference/${top}/` : undefined,
  };
}

/** The docs page of a method, when it was read from the docs corpus. */
function docsUrl(m: PlanMethod): string | undefined {
  const path = m.spec.sources.find((s) => s.reader === 'yfm-markdown')?.path;
  return path && /^[\w./-]+\.md$/.test(path) ? `${DOCS_SITE}${path.replace(/\.md$/, '.html')}` : undefined;
}

/**
 * The function name of a method (`crm.deal.get` → `crmDealGet`), kept clear of reserved words and of the
 * file's namespace import of its types (`events` imports `../methods/events.js` as `events`).
 */
function functionName(m: PlanMethod): string {
  const name = camelCase(m.names.base);
  const typesAlias = methodTypesFile(m).replace(/^.*\//, '').replace(/\.ts$/, '');
  return isDeclarableName(name) && name !== typesAlias ? name : `${name}Method`;
}

/** Statements and exports of one namespace entry file, for its REST 1 methods. */
export function emitNamespaceEntryFile(plan: Plan, path: string, methods: readonly PlanMethod[]): { file: FileContext; statements: StatementStructures[] } {
  const file = new FileContext(path);
  const { map, factory } = namespaceEntryNames(path);
  const rt = (name: string) => file.useType(name, RUNTIME_INDEX_FILE);
  const entries = methods.map((m) => methodEntry(plan, file, m));
  const defaults = clientDefaultsText(clientDefaults(methods));
  const fns = methods.map((m) => methodFunction(plan, file, m, map));
  file.exported(map, 'interface', `${entries.length} methods`, entries.map((p) => `${p.name}:${p.type}`).join(';'));
  file.exported(factory, 'function', `(options: ClientOptions) => RestClient<${map}>`);
  for (const f of fns) file.exported(f.name!, 'function', f.returnType as string);
  const create = file.useValue('createRestClient', RUNTIME_INDEX_FILE);
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.Interface,
      name: map,
      isExported: true,
      docs: docs({ trusted: [`The ${docCode(namespaceSubpath(path))} REST methods: params, the unwrapped \`result\`, error codes, and list paging facts.`] }),
      properties: entries,
    },
    {
      kind: StructureKind.Function,
      name: factory,
      isExported: true,
      docs: docs({
        trusted: [
          `A Bitrix24 REST client typed by {@link ${map}} only: \`call\`, \`list\` and \`batch\` of these methods, at the type-check cost of this namespace.`,
        ],
      }),
      parameters: [{ kind: StructureKind.Parameter, name: 'options', type: rt('ClientOptions') }],
      returnType: `${rt('RestClient')}<${map}>`,
      statements: [defaults ? `return ${create}<${map}>({ ${defaults}, ...options });` : `return ${create}<${map}>(options);`],
    },
    ...fns,
  ];
  return { file, statements: [...file.importStructures(), ...statements] };
}

/** `crmDealGet(client, params, options)`: calls the method through any client and returns its typed result (list items narrowed by select). */
function methodFunction(plan: Plan, file: FileContext, m: PlanMethod, map: string): FunctionDeclarationStructure {
  const rt = (name: string) => file.useType(name, RUNTIME_INDEX_FILE);
  const t = (suffix: 'Params' | 'Result') => file.useTypeQualified(m.names.type(suffix), methodTypesFile(m));
  const required = m.spec.params.some((p) => p.required === true) || (m.spec.alternatives ?? []).length > 0;
  const url = docsUrl(m);
  const own = methodDoc(plan, m, file.file);
  const doc: DocParts = { ...own, tags: [...(own.tags ?? []), url ? { tag: 'see', text: url } : undefined] };
  const shape = `${map}[${quote(m.key)}]`;
  const select = m.spec.list?.select ? ` & ${rt('SelectParams')}<${shape}, N>` : '';
  const result = select ? `${rt('NarrowedResult')}<${shape}, N>` : t('Result');
  return {
    kind: StructureKind.Function,
    name: functionName(m),
    isExported: true,
    docs: docs(doc),
    typeParameters: select ? [{ kind: StructureKind.TypeParameter, name: 'N', constraint: `${rt('SelectName')}<${shape}>`, default: 'never' }] : [],
    parameters: [
      { kind: StructureKind.Parameter, name: 'client', type: rt('RestCaller') },
      { kind: StructureKind.Parameter, name: 'params', hasQuestionToken: !required, type: `${t('Params')}${select}` },
      { kind: StructureKind.Parameter, name: 'options', hasQuestionToken: true, type: rt('CallOptions') },
    ],
    returnType: `Promise<${result}>`,
    // The method's types are the contract; the client's untyped path does the wire work (Y/N flags, validation, retries).
    statements: [`return ${file.useValue('callMethod', RUNTIME_INDEX_FILE)}<${result}>(client, ${quote(m.key)}, params, options);`],
  };
}

/** src/index.ts: the package entry — the two client factories bound to the generated maps, and re-exports of every type. */
import { StructureKind, type StatementStructures } from 'ts-morph';
import { compareStrings } from '../../../spec/serialize.ts';
import { FileContext } from '../common/file-context.ts';
import { docs } from '../common/jsdoc.ts';
import { clientDefaultsText } from './namespace-entry.ts';
import { INDEX_FILE, METHODS_FILE, moduleSpecifier, RUNTIME_INDEX_FILE, VIBE_FILE } from '../common/paths.ts';

const RUNTIME_VALUES = ['B24Error', 'VibeError'];

/**
 * Statements of src/index.ts. `typeOnly` files are re-exported with `export type *` (they declare no
 * values); the others (error-code consts) and the runtime with `export *`.
 */
export function emitIndexFile(opts: {
  valueFiles: string[];
  typeOnlyFiles: string[];
  listIdFields?: Readonly<Record<string, string>>;
  ynParams?: Readonly<Record<string, readonly string[]>>;
}): {
  file: FileContext;
  statements: StatementStructures[];
} {
  const file = new FileContext(INDEX_FILE);
  const rt = moduleSpecifier(INDEX_FILE, RUNTIME_INDEX_FILE);
  // The runtime's exported names are reserved by the model, so `export *` below cannot collide with generated ones.
  file.exported('createClient', 'function', '(options: ClientOptions) => RestClient<Methods, MethodsV3>');
  file.exported('createVibeClient', 'function', '(options: VibeClientOptions) => VibeClient<VibeOperations>');
  const sorted = (xs: string[]) => [...new Set(xs)].sort(compareStrings);
  const defaults = clientDefaultsText({ listIdFields: { ...opts.listIdFields }, ynParams: { ...opts.ynParams } });
  const statements: StatementStructures[] = [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: rt, namedImports: ['createRestClient', 'createVibeRestClient'] },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: rt,
      isTypeOnly: true,
      namedImports: ['ClientOptions', 'RestClient', 'VibeClient', 'VibeClientOptions'],
    },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: moduleSpecifier(INDEX_FILE, METHODS_FILE),
      isTypeOnly: true,
      namedImports: ['Methods', 'MethodsV3'],
    },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: moduleSpecifier(INDEX_FILE, VIBE_FILE), isTypeOnly: true, namedImports: ['VibeOperations'] },
    {
      kind: StructureKind.Function,
      name: 'createClient',
      isExported: true,
      docs: docs({ trusted: ['A Bitrix24 REST client typed by {@link Methods}, with REST 3.0 (`client.v3`) typed by {@link MethodsV3}.'] }),
      parameters: [{ kind: StructureKind.Parameter, name: 'options', type: 'ClientOptions' }],
      returnType: 'RestClient<Methods, MethodsV3>',
      // The id field each list method pages by in mode 'id', where the spec names one other than `ID`; the
      // param paths of each method's Y/N flags, where a boolean is sent as its letter.
      statements: [
        defaults ? `return createRestClient<Methods, MethodsV3>({ ${defaults}, ...options });` : 'return createRestClient<Methods, MethodsV3>(options);',
      ],
    },
    {
      kind: StructureKind.Function,
      name: 'createVibeClient',
      isExported: true,
      docs: docs({ trusted: ['A Vibe REST API client typed by {@link VibeOperations}.'] }),
      parameters: [{ kind: StructureKind.Parameter, name: 'options', type: 'VibeClientOptions' }],
      returnType: 'VibeClient<VibeOperations>',
      statements: ['return createVibeRestClient<VibeOperations>(options);'],
    },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: rt, namedExports: RUNTIME_VALUES },
    // Everything else the runtime exports (its types and helpers such as PAGE_SIZE), values as values.
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: rt },
    ...sorted(opts.typeOnlyFiles).map((f): StatementStructures => ({
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: moduleSpecifier(INDEX_FILE, f),
      isTypeOnly: true,
    })),
    ...sorted(opts.valueFiles).map((f): StatementStructures => ({ kind: StructureKind.ExportDeclaration, moduleSpecifier: moduleSpecifier(INDEX_FILE, f) })),
  ];
  return { file, statements };
}

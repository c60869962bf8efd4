/**
 * Zod files: src/zod/<namespace>.ts (REST results), src/zod/_vibe.ts (Vibe results), src/zod/_shared.ts
 * (shared catalogue types), src/zod/_lenient.ts (helpers) and src/zod/index.ts (everything merged).
 *
 * Named-type schemas are declared before use (depth-first, dependencies first); a reference that
 * closes a cycle goes through `z.lazy`, and its target gets an explicit `z.ZodType<unknown>` annotation
 * (TypeScript cannot infer a self-referencing initializer). Every top-level construction is marked
 * `/* @__PURE__ *\/` so bundlers drop the schemas an app does not import.
 */
import { StructureKind, VariableDeclarationKind, type StatementStructures, type VariableStatementStructure } from 'ts-morph';
import { compareStrings } from '../../spec/serialize.ts';
import { EMPTY_MODULE, FileContext } from '../file-context.ts';
import { docCode, docs } from '../jsdoc.ts';
import type { EmitModel, MethodModel, TypeDecl } from '../model.ts';
import { fileStem, valuePropertyKey } from '../naming.ts';
import { SHARED_TYPES_FILE, ZOD_INDEX_FILE, ZOD_LENIENT_FILE, ZOD_SHARED_FILE, ZOD_VIBE_FILE } from '../paths.ts';
import { sortMethods } from '../types/rest-file.ts';
import { FIELD_CONSTANT_NAMES, objectShape, zName, zodText, type ZodTextContext } from './schema-text.ts';
import type { TypeRef } from '../../spec/schema.ts';
import { resolveEntity } from '../filters/entity.ts';
import { informative } from '../types/method.ts';

const PURE = '/* @__PURE__ */ ';
const ZOD_IMPORT: StatementStructures = { kind: StructureKind.ImportDeclaration, moduleSpecifier: 'zod', namedImports: ['z'] };

/** Declares named-type schemas of one file in dependency order. */
class ZodDeclarations {
  readonly #state = new Map<TypeDecl, 'pending' | 'done'>();
  readonly #lazyTargets = new Set<TypeDecl>();
  readonly #order: Array<{ decl: TypeDecl; text: string; shape?: string }> = [];

  constructor(
    readonly file: FileContext,
    readonly path: string,
  ) {}

  /** The expression referring to `decl`'s schema, declaring it (and what it needs) on first use. */
  ref = (decl: TypeDecl): string => {
    if (decl.zodFile !== this.path) return this.file.useValue(decl.zodName, decl.zodFile);
    const state = this.#state.get(decl);
    if (state === 'done') return decl.zodName;
    if (state === 'pending') {
      this.#lazyTargets.add(decl);
      return `${zName(this)}.lazy(() => ${decl.zodName})`;
    }
    this.#state.set(decl, 'pending');
    const top = topLevel(decl.named.type, decl.zodName, this.context(decl));
    this.#state.set(decl, 'done');
    this.#order.push({ decl, ...top });
    return decl.zodName;
  };

  /** A zod text context resolving refs in `scope`. */
  context(of: { scope: TypeDecl['scope'] }): ZodTextContext {
    return { scope: of.scope, file: this.file, ref: this.ref };
  }

  /** The declarations, in the order they were completed. */
  statements(): StatementStructures[] {
    return this.#order.flatMap(({ decl, text, shape }) => {
      const annotated = this.#lazyTargets.has(decl);
      this.file.exported(decl.zodName, 'const', `schema of ${decl.tsName}`, `${text}${shape ?? ''}`);
      const c = constStatement(decl.zodName, text, [`Lenient schema of ${docCode(decl.tsName)}.`], annotated ? `${zName(this)}.ZodType<unknown>` : undefined);
      return shape ? [c, shapeFunction(decl.zodName, shape)] : [c];
    });
  }
}

/**
 * A top-level schema expression. An object becomes `lenientObject(xShape())` with the shape in a
 * function: prettier formats a returned object literal several times faster than an object literal
 * argument (which it tries to lay out three ways), and a function declaration stays tree-shakable
 * where a shared `const shape = {…}` holding calls would not.
 */
function topLevel(t: TypeRef, name: string, ctx: ZodTextContext): { text: string; shape?: string } {
  if (t.kind !== 'object') return { text: zodText(t, ctx) };
  const { helper, body } = objectShape(t, ctx);
  return { text: `${helper}(${name}Shape())`, shape: body };
}

/** `function xShape() { return {…}; }` (module-private). */
function shapeFunction(name: string, body: string): StatementStructures {
  return { kind: StructureKind.Function, name: `${name}Shape`, statements: [`return ${body};`] };
}

/** `export const name = /* @__PURE__ *\/ expr;` (no annotation needed for a plain identifier). */
function constStatement(name: string, expr: string, doc: string[], type?: string): VariableStatementStructure {
  const plain = /^[A-Za-z_$][\w$]*$/.test(expr);
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    isExported: true,
    docs: docs({ trusted: doc }),
    declarations: [{ kind: StructureKind.VariableDeclaration, name, type, initializer: plain ? expr : `${PURE}${expr}` }],
  };
}

/**
 * For a list whose documented items say nothing (as crm.contact.list: "an array of contacts"), the
 * entity's schema, as the TS item type does — when the entity's schema lives in the same file.
 */
function entityListZod(model: EmitModel, m: MethodModel, decls: ZodDeclarations): string | undefined {
  const r = m.spec.result;
  if (!m.spec.list || !r || r.type.kind !== 'array') return undefined;
  if (informative(r.type.items, { scope: m.scope, file: decls.file, mode: 'output' })) return undefined;
  const entity = resolveEntity(model, m);
  const decl = entity.ok ? entity.entity.decl : undefined;
  if (!decl || decl.zodFile !== decls.path) return undefined;
  return `${decls.file.useValue('lenientArray', ZOD_LENIENT_FILE)}(${decls.ref(decl)})`;
}

/** A zod file for the results of `methods` (a REST namespace or all Vibe operations). */
export function emitResultZodFile(
  model: EmitModel,
  path: string,
  methods: MethodModel[],
): { file: FileContext; statements: StatementStructures[]; hasV1: boolean; hasV3: boolean } {
  const file = new FileContext(path);
  const decls = new ZodDeclarations(file, path);
  const results: StatementStructures[] = [];
  const v1: string[] = [];
  const v3: string[] = [];
  for (const m of sortMethods(methods)) {
    const r = m.spec.result;
    const entityList = r ? entityListZod(model, m, decls) : undefined;
    const top = entityList !== undefined ? { text: entityList } : r ? topLevel(r.type, m.names.zodResult, decls.context(m)) : { text: `${zName(decls)}.unknown()` };
    file.exported(m.names.zodResult, 'const', `result of ${m.key}`, `${top.text}${top.shape ?? ''}`);
    results.push(constStatement(m.names.zodResult, top.text, [`Lenient schema of the result of ${docCode(m.key)}.`]));
    if (top.shape) results.push(shapeFunction(m.names.zodResult, top.shape));
    (m.spec.restVersion === '3' ? v3 : v1).push(`${valuePropertyKey(m.key)}: ${m.names.zodResult},`);
  }
  const maps: StatementStructures[] = [];
  const map = (name: string, entries: string[], what: string) => {
    file.exported(name, 'const', `${entries.length} schemas`);
    maps.push({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      isExported: true,
      docs: docs({ trusted: [what] }),
      declarations: [{ kind: StructureKind.VariableDeclaration, name, initializer: `{\n${entries.join('\n')}\n} as const` }],
    });
  };
  const isVibe = path === ZOD_VIBE_FILE;
  map('resultSchemas', v1, isVibe ? 'Result schemas by Vibe operation key.' : 'Result schemas by method name, for `createClient({ validate: true, schemas })`.');
  if (v3.length > 0) map('resultSchemasV3', v3, 'Result schemas of REST 3.0 methods.');
  const declStatements = decls.statements();
  return {
    file,
    statements: [...file.importStructures(), ...declStatements, ...results, ...maps],
    hasV1: v1.length > 0,
    hasV3: v3.length > 0,
  };
}

/** src/zod/_shared.ts: schemas of every shared catalogue type. */
export function emitSharedZodFile(model: EmitModel): { file: FileContext; statements: StatementStructures[] } {
  const file = new FileContext(ZOD_SHARED_FILE);
  const decls = new ZodDeclarations(file, ZOD_SHARED_FILE);
  for (const d of model.declsByFile.get(SHARED_TYPES_FILE) ?? []) decls.ref(d);
  const body = decls.statements();
  return { file, statements: body.length ? [...file.importStructures(), ...body] : [EMPTY_MODULE] };
}

/** src/zod/index.ts: all REST result schemas merged (`resultSchemas`, `resultSchemasV3`) and the Vibe ones (`vibeResultSchemas`). */
export function emitZodIndexFile(
  restFiles: Array<{ path: string; hasV1: boolean; hasV3: boolean }>,
  hasVibe: boolean,
): { file: FileContext; statements: StatementStructures[] } {
  const file = new FileContext(ZOD_INDEX_FILE);
  const sorted = [...restFiles].sort((a, b) => compareStrings(a.path, b.path));
  const imports: StatementStructures[] = [];
  const v1: string[] = [];
  const v3: string[] = [];
  for (const f of sorted) {
    const alias = `ns_${fileStem(f.path.split('/').pop()!.replace(/\.ts$/, '')).replace(/[^a-z0-9_]/g, '_')}`;
    const named: Array<{ name: string; alias: string }> = [];
    if (f.hasV1) {
      named.push({ name: 'resultSchemas', alias });
      v1.push(`...${alias}`);
    }
    if (f.hasV3) {
      named.push({ name: 'resultSchemasV3', alias: `${alias}_v3` });
      v3.push(`...${alias}_v3`);
    }
    if (named.length) {
      imports.push({
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: `./${f.path.split('/').pop()!.replace(/\.ts$/, '.js')}`,
        namedImports: named.map((n) => ({ kind: StructureKind.ImportSpecifier, name: n.name, alias: n.alias })),
      });
    }
  }
  const merged = (name: string, parts: string[], what: string): StatementStructures => {
    file.exported(name, 'const', `${parts.length} namespaces`);
    return {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      isExported: true,
      docs: docs({ trusted: [what] }),
      declarations: [{ kind: StructureKind.VariableDeclaration, name, initializer: `{ ${parts.join(', ')} } as const` }],
    };
  };
  const statements: StatementStructures[] = [
    ...imports,
    merged('resultSchemas', v1, 'Every REST result schema (imports all of zod/*: prefer the per-namespace modules in a browser bundle).'),
    merged('resultSchemasV3', v3, 'Every REST 3.0 result schema.'),
  ];
  if (hasVibe) {
    file.exported('vibeResultSchemas', 'const', 're-export');
    statements.push({
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: './_vibe.js',
      namedExports: [{ kind: StructureKind.ExportSpecifier, name: 'resultSchemas', alias: 'vibeResultSchemas' }],
    });
  }
  return { file, statements };
}

/** src/zod/_lenient.ts: the lenient building blocks (static). */
export function emitLenientZodFile(): { file: FileContext; statements: StatementStructures[] } {
  const file = new FileContext(ZOD_LENIENT_FILE);
  const c = (name: string, expr: string, doc: string) => {
    file.exported(name, 'const');
    return constStatement(name, expr, [doc]);
  };
  const f = (name: string, param: string, constraint: string, body: string, doc: string): StatementStructures => {
    file.exported(name, 'function');
    return {
      kind: StructureKind.Function,
      name,
      isExported: true,
      docs: docs({ trusted: [doc] }),
      typeParameters: [{ kind: StructureKind.TypeParameter, name: 'T', constraint }],
      parameters: [{ kind: StructureKind.Parameter, name: param, type: 'T' }],
      statements: [`return ${body};`],
    };
  };
  return {
    file,
    statements: [
      ZOD_IMPORT,
      c('lenientString', 'z.union([z.string(), z.number()])', 'A string; Bitrix sometimes sends numbers where the docs say string.'),
      c('lenientNumber', 'z.union([z.number(), z.string()])', 'A number; Bitrix sends most numbers as strings ("43").'),
      c(
        'lenientBoolean',
        "z.union([z.boolean(), z.enum(['Y', 'N', 'y', 'n', '1', '0', '']), z.literal(1), z.literal(0)])",
        'A flag: a boolean, "Y"/"N", or 0/1.',
      ),
      ...FIELD_CONSTANT_NAMES.map((name) => {
        const kind = name.replace(/^nullable|^nullish/, '');
        const base = kind === 'Unknown' ? 'z.unknown()' : `lenient${kind}`;
        const method = name.startsWith('nullable') ? 'nullable' : 'nullish';
        return c(name, `${base}.${method}()`, `A ${method} field of ${kind === 'Unknown' ? 'any type' : `a lenient ${kind.toLowerCase()}`}.`);
      }),
      f('lenientArray', 'item', 'z.ZodType', 'z.union([z.array(item), z.record(z.string(), item)])', 'An array; PHP sends keyed arrays as objects.'),
      f('lenientRecord', 'value', 'z.ZodType', 'z.union([z.record(z.string(), value), z.tuple([])])', 'A map; PHP sends an empty map as `[]`.'),
      f(
        'lenientObject',
        'shape',
        'Record<string, z.ZodType>',
        'z.union([z.looseObject(shape), z.tuple([])])',
        'An object that keeps unknown keys; PHP sends an empty object as `[]`.',
      ),
      f(
        'lenientOwnObject',
        'shape',
        'Record<string, z.ZodType>',
        'z.union([z.preprocess(ownProperties, z.looseObject(shape)), z.tuple([])])',
        'Like lenientObject, for shapes with a key such as `constructor`: only own properties of the input count.',
      ),
      {
        kind: StructureKind.Function,
        name: 'ownProperties',
        docs: docs({ trusted: ['A null-prototype copy of a plain object, so inherited members never look like fields.'] }),
        parameters: [{ kind: StructureKind.Parameter, name: 'value', type: 'unknown' }],
        returnType: 'unknown',
        statements: [
          "return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.assign(Object.create(null), value) : value;",
        ],
      },
    ],
  };
}

/**
 * Zod files: src/zod/<namespace>.ts (REST results), src/zod/_vibe.ts (Vibe results), src/zod/_shared.ts
 * (shared catalogue types), src/zod/_lenient.ts (helpers) and src/zod/index.ts (everything merged).
 *
 * Named-type schemas are declared before use (depth-first, dependencies first); a reference that
 * closes a cycle goes through `z.lazy`, and its target gets an explicit `z.ZodType<unknown>` annotation
 * (TypeScript cannot infer a self-referencing initializer). Every exported schema and map carries its type
 * written out (schema-text.ts `ZodSchemaText`), referring to the schemas it uses by `typeof`: the
 * declarations stay as small as the sources and the build never serialises an inferred zod type. Every
 * top-level construction is marked `/* @__PURE__ *\/` so bundlers drop the schemas an app does not import.
 */
import { StructureKind, VariableDeclarationKind, type StatementStructures, type VariableStatementStructure } from 'ts-morph';
import { compareStrings } from '../../../spec/serialize.ts';
import { EMPTY_MODULE, FileContext } from '../common/file-context.ts';
import { docCode, docs } from '../common/jsdoc.ts';
import { type Plan, type PlanMethod, type TypeDecl, fileStem, informative } from '../../plan/index.ts';
import { typePropertyKey, valuePropertyKey } from '../common/identifiers.ts';
import { declZodFile, methodZodFile, schemaName, ZOD_INDEX_FILE, ZOD_LENIENT_FILE, ZOD_SHARED_FILE, ZOD_VIBE_FILE } from '../common/paths.ts';
import {
  constSchema,
  FIELD_CONSTANT_NAMES,
  helperCall,
  objectShape,
  unionSchema,
  useWrittenTypes,
  zName,
  zodSchema,
  type ZodSchemaText,
  type ZodTextContext,
} from './schema-text.ts';
import type { TypeRef } from '../../../spec/schema.ts';

const PURE = '/* @__PURE__ */ ';
const ZOD_IMPORT: StatementStructures = { kind: StructureKind.ImportDeclaration, moduleSpecifier: 'zod', namedImports: ['z'] };

/** Declares named-type schemas of one file in dependency order. */
class ZodDeclarations {
  readonly #state = new Map<TypeDecl, 'pending' | 'done'>();
  readonly #lazyTargets = new Set<TypeDecl>();
  readonly #order: Array<{ decl: TypeDecl; top: TopLevel; shapes: StatementStructures[] }> = [];

  constructor(
    readonly file: FileContext,
    readonly path: string,
  ) {}

  /** The expression referring to `decl`'s schema, declaring it (and what it needs) on first use. */
  ref = (decl: TypeDecl): ZodSchemaText => {
    if (declZodFile(decl) !== this.path) return constSchema(this.file.useValue(schemaName(decl), declZodFile(decl)));
    const state = this.#state.get(decl);
    if (state === 'done') return constSchema(schemaName(decl));
    if (state === 'pending') {
      this.#lazyTargets.add(decl);
      const z = zName(this);
      return { expr: `${z}.lazy(() => ${schemaName(decl)})`, type: `${z}.ZodLazy<typeof ${schemaName(decl)}>` };
    }
    this.#state.set(decl, 'pending');
    const shapes = new ShapeTypes(schemaName(decl), this.file);
    const top = decl.aliasOf ? { schema: this.aliasSchema(decl.aliasOf) } : topLevel(decl.named.type, schemaName(decl), this.context(decl, shapes));
    this.#state.set(decl, 'done');
    this.#order.push({ decl, top, shapes: shapes.statements });
    return constSchema(schemaName(decl));
  };

  /** True when `decl`'s schema is declared in this file. */
  declared(decl: TypeDecl): boolean {
    return this.#state.get(decl) === 'done';
  }

  /** An alias's schema: its one target's, or the union of its targets'. */
  aliasSchema(targets: TypeDecl[]): ZodSchemaText {
    const refs = targets.map(this.ref);
    return refs.length === 1 ? refs[0]! : unionSchema(refs, zName(this));
  }

  /** A zod text context resolving refs in `scope`, declaring shape types in `shapes`. */
  context(of: { scope: TypeDecl['scope'] }, shapes: ShapeTypes): ZodTextContext {
    return { scope: of.scope, file: this.file, ref: this.ref, shapeType: shapes.declare };
  }

  /** The declarations, in the order they were completed. */
  statements(): StatementStructures[] {
    return this.#order.flatMap(({ decl, top, shapes }) => {
      const lazyTarget = this.#lazyTargets.has(decl);
      this.file.exported(schemaName(decl), 'const', `schema of ${decl.name}`, `${top.schema.expr}${top.shape?.body ?? ''}`);
      const type = lazyTarget ? `${zName(this)}.ZodType<unknown>` : top.schema.type;
      const c = constStatement(schemaName(decl), top.schema.expr, [`Lenient schema of ${docCode(decl.name)}.`], useWrittenTypes(this.file, type));
      return [c, ...(top.shape ? [shapeFunction(schemaName(decl), top.shape)] : []), ...shapes];
    });
  }
}

/**
 * A top-level schema expression. An object becomes `lenientObject(xShape())` with the shape in a
 * function: prettier formats a returned object literal several times faster than an object literal
 * argument (which it tries to lay out three ways), and a function declaration stays tree-shakable
 * where a shared `const shape = {…}` holding calls would not.
 */
function topLevel(t: TypeRef, name: string, ctx: ZodTextContext): TopLevel {
  if (t.kind !== 'object') return { schema: zodSchema(t, ctx) };
  const { helper, body } = objectShape(t, ctx);
  const type = ctx.shapeType(body.type);
  return { schema: helperCall(helper, { expr: `${name}Shape()`, type }, ctx.file), shape: { body: body.expr, type } };
}

/** A top-level schema, and the shape literal (with its named type) its `xShape()` function returns when it is an object. */
interface TopLevel {
  schema: ZodSchemaText;
  shape?: { body: string; type: string };
}

/** The module-private shape types of one top-level schema: `XSchemaShape`, `XSchemaShape2`, … */
class ShapeTypes {
  readonly statements: StatementStructures[] = [];
  constructor(
    readonly owner: string,
    readonly file: FileContext,
  ) {}

  declare = (typeLiteral: string): string => {
    const n = this.statements.length;
    const name = `${this.owner[0]!.toUpperCase()}${this.owner.slice(1)}Shape${n ? n + 1 : ''}`;
    this.statements.push({ kind: StructureKind.TypeAlias, name, type: useWrittenTypes(this.file, typeLiteral) });
    return name;
  };
}

/** `function xShape(): XShape { return {…}; }` (module-private). */
function shapeFunction(name: string, shape: { body: string; type: string }): StatementStructures {
  return { kind: StructureKind.Function, name: `${name}Shape`, returnType: shape.type, statements: [`return ${shape.body};`] };
}

/** `export const name: type = /* @__PURE__ *\/ expr;` (no annotation for the static helpers of _lenient.ts, whose inferred types are small). */
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
function entityListZod(m: PlanMethod, decls: ZodDeclarations): ZodSchemaText | undefined {
  const r = m.spec.result;
  if (!m.list || !r || r.type.kind !== 'array') return undefined;
  if (informative(r.type.items, m.scope)) return undefined;
  const entity = m.list.entity;
  const decl = entity.ok ? entity.entity.decl : undefined;
  if (!decl || declZodFile(decl) !== decls.path) return undefined;
  return helperCall('lenientArray', decls.ref(decl), decls.file);
}

/**
 * A zod file for the results of `methods` (a REST namespace or all Vibe operations; in output order).
 * Named-type schemas are declared when a result uses them; an alias among `decls` (a declarer's own
 * name, a union of variants) gets a schema when one of its targets has one, so the schema names
 * follow the type names.
 */
export function emitResultZodFile(path: string, methods: PlanMethod[], decls: TypeDecl[]): { file: FileContext; statements: StatementStructures[] } {
  const file = new FileContext(path);
  const schemas = new ZodDeclarations(file, path);
  const results: StatementStructures[] = [];
  const v1: MapEntry[] = [];
  const v3: MapEntry[] = [];
  for (const m of methods) {
    const r = m.spec.result;
    const entityList = r ? entityListZod(m, schemas) : undefined;
    const z = () => zName(schemas);
    const shapes = new ShapeTypes(m.names.resultValue, file);
    const top: TopLevel =
      entityList !== undefined
        ? { schema: entityList }
        : r
          ? topLevel(r.type, m.names.resultValue, schemas.context(m, shapes))
          : { schema: { expr: `${z()}.unknown()`, type: `${z()}.ZodUnknown` } };
    file.exported(m.names.resultValue, 'const', `result of ${m.key}`, `${top.schema.expr}${top.shape?.body ?? ''}`);
    results.push(
      constStatement(m.names.resultValue, top.schema.expr, [`Lenient schema of the result of ${docCode(m.key)}.`], useWrittenTypes(file, top.schema.type)),
    );
    if (top.shape) results.push(shapeFunction(m.names.resultValue, top.shape));
    results.push(...shapes.statements);
    (m.spec.restVersion === '3' ? v3 : v1).push({ key: m.key, value: m.names.resultValue });
  }
  for (const d of decls) if (d.aliasOf?.some((t) => schemas.declared(t))) schemas.ref(d);
  const maps: StatementStructures[] = [];
  const map = (name: string, entries: MapEntry[], what: string) => {
    file.exported(name, 'const', `${entries.length} schemas`);
    const type = `{\n${entries.map((e) => `readonly ${typePropertyKey(e.key)}: typeof ${e.value};`).join('\n')}\n}`;
    const initializer = `{\n${entries.map((e) => `${valuePropertyKey(e.key)}: ${e.value},`).join('\n')}\n}`;
    maps.push({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      isExported: true,
      docs: docs({ trusted: [what] }),
      declarations: [{ kind: StructureKind.VariableDeclaration, name, type, initializer }],
    });
  };
  const isVibe = path === ZOD_VIBE_FILE;
  map(
    'resultSchemas',
    v1,
    isVibe ? 'Result schemas by Vibe operation key.' : 'Result schemas by method name, for `createClient({ validate: true, schemas })`.',
  );
  if (v3.length > 0) map('resultSchemasV3', v3, 'Result schemas of REST 3.0 methods.');
  const declStatements = schemas.statements();
  return {
    file,
    statements: [...file.importStructures(), ...declStatements, ...results, ...maps],
  };
}

/** One entry of a file's result map: the method name and the schema constant. */
interface MapEntry {
  key: string;
  value: string;
}

/** src/zod/_shared.ts: schemas of every shared catalogue type. */
export function emitSharedZodFile(plan: Plan): { file: FileContext; statements: StatementStructures[] } {
  const file = new FileContext(ZOD_SHARED_FILE);
  const decls = new ZodDeclarations(file, ZOD_SHARED_FILE);
  for (const d of plan.typesOf({ kind: 'shared' })) decls.ref(d);
  const body = decls.statements();
  return { file, statements: body.length ? [...file.importStructures(), ...body] : [EMPTY_MODULE] };
}

/** The REST zod files with the maps each declares (`resultSchemas` for REST 1, `resultSchemasV3` for REST 3.0), sorted by path. */
export function restZodFiles(plan: Plan): Array<{ path: string; methods: PlanMethod[]; hasV1: boolean; hasV3: boolean }> {
  const byPath = new Map<string, PlanMethod[]>();
  for (const m of plan.rest) byPath.set(methodZodFile(m), [...(byPath.get(methodZodFile(m)) ?? []), m]);
  return [...byPath.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([path, methods]) => ({
      path,
      methods,
      hasV1: methods.some((m) => m.spec.restVersion !== '3'),
      hasV3: methods.some((m) => m.spec.restVersion === '3'),
    }));
}

/**
 * src/zod/index.ts: all REST result schemas merged (`resultSchemas`, `resultSchemasV3`) and the Vibe
 * ones (`vibeResultSchemas`: src/zod/_vibe.ts always declares its map, empty or not).
 */
export function emitZodIndexFile(plan: Plan): { file: FileContext; statements: StatementStructures[] } {
  const file = new FileContext(ZOD_INDEX_FILE);
  const sorted = restZodFiles(plan);
  const imports: StatementStructures[] = [];
  const v1: string[] = [];
  const v3: string[] = [];
  for (const f of sorted) {
    const alias = `ns_${fileStem(f.path.split('/').pop()!.replace(/\.ts$/, '')).replace(/[^a-z0-9_]/g, '_')}`;
    const named: Array<{ name: string; alias: string }> = [];
    if (f.hasV1) {
      named.push({ name: 'resultSchemas', alias });
      v1.push(alias);
    }
    if (f.hasV3) {
      named.push({ name: 'resultSchemasV3', alias: `${alias}_v3` });
      v3.push(`${alias}_v3`);
    }
    if (named.length) {
      imports.push({
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: `./${f.path.split('/').pop()!.replace(/\.ts$/, '.js')}`,
        namedImports: named.map((n) => ({ kind: StructureKind.ImportSpecifier, name: n.name, alias: n.alias })),
      });
    }
  }
  // The merged type is written as the intersection of the namespaces' maps (method names never repeat across
  // files): inferred, the spread of every namespace is a type too long for TypeScript to print (TS7056).
  const merged = (name: string, parts: string[], what: string): StatementStructures => {
    file.exported(name, 'const', `${parts.length} namespaces`);
    const type = parts.length ? parts.map((p) => `typeof ${p}`).join(' & ') : '{}';
    return {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      isExported: true,
      docs: docs({ trusted: [what] }),
      declarations: [{ kind: StructureKind.VariableDeclaration, name, type, initializer: `{ ${parts.map((p) => `...${p}`).join(', ')} }` }],
    };
  };
  const statements: StatementStructures[] = [
    ...imports,
    merged('resultSchemas', v1, 'Every REST result schema (imports all of zod/*: prefer the per-namespace modules in a browser bundle).'),
    merged('resultSchemasV3', v3, 'Every REST 3.0 result schema.'),
  ];
  file.exported('vibeResultSchemas', 'const', 're-export');
  statements.push({
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier: './_vibe.js',
    namedExports: [{ kind: StructureKind.ExportSpecifier, name: 'resultSchemas', alias: 'vibeResultSchemas' }],
  });
  // The opt-in decoder of wire values belongs with the schemas it decodes: `import { coerce } from '…/zod'`.
  file.exported('coerce', 'function', 're-export');
  file.exported('Coerced', 'type', 're-export');
  statements.push(
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './_lenient.js', namedExports: ['coerce'] },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './_lenient.js', isTypeOnly: true, namedExports: ['Coerced'] },
  );
  return { file, statements };
}

/** src/zod/_lenient.ts: the lenient building blocks (static). */
export function emitLenientZodFile(): { file: FileContext; statements: StatementStructures[] } {
  const file = new FileContext(ZOD_LENIENT_FILE);
  const c = (name: string, expr: string, doc: string) => {
    file.exported(name, 'const');
    return constStatement(name, expr, [doc]);
  };
  // Each generic helper returns its exported alias (`lenientArray` → `LenientArray<T>`): the generated
  // schemas' written-out types name it (schema-text.ts helperCall), and the body is checked against it here.
  const f = (name: string, param: string, constraint: string, body: string, returns: string, doc: string): StatementStructures[] => {
    const alias = name[0]!.toUpperCase() + name.slice(1);
    file.exported(alias, 'type');
    file.exported(name, 'function');
    return [
      {
        kind: StructureKind.TypeAlias,
        name: alias,
        isExported: true,
        docs: docs({ trusted: [`The schema type \`${name}\` returns.`] }),
        typeParameters: [{ kind: StructureKind.TypeParameter, name: 'T', constraint }],
        type: returns,
      },
      {
        kind: StructureKind.Function,
        name,
        isExported: true,
        docs: docs({ trusted: [doc] }),
        typeParameters: [{ kind: StructureKind.TypeParameter, name: 'T', constraint }],
        parameters: [{ kind: StructureKind.Parameter, name: param, type: 'T' }],
        returnType: `${alias}<T>`,
        statements: [`return ${body};`],
      },
    ];
  };
  const looseObject = 'z.ZodObject<{ -readonly [P in keyof T]: T[P] }, z.core.$loose>';
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
      c(
        'wireNumericString',
        "z.codec(z.string(), z.union([z.number(), z.null()]), { decode: (s) => (s === '' ? null : Number(s)), encode: (n) => (n === null ? '' : String(n)) })",
        'A number the portal sends as a string ("43", "12500.00"; "" for no value). Decodes to a number, or null for "".',
      ),
      c('wireNumber', 'z.number()', 'A number the portal sends as a JSON number.'),
      c(
        'wireYN',
        "z.codec(z.enum(['Y', 'N']), z.boolean(), { decode: (s) => s === 'Y', encode: (b) => (b ? 'Y' : 'N') })",
        'A Y/N flag. Decodes to a boolean.',
      ),
      c('wireBoolean', 'z.boolean()', 'A flag the portal sends as JSON true/false.'),
      c(
        'wireBit',
        'z.codec(z.union([z.literal(0), z.literal(1)]), z.boolean(), { decode: (n) => n === 1, encode: (b) => (b ? 1 : 0) })',
        'A flag sent as 0/1. Decodes to a boolean.',
      ),
      c(
        'wireBitString',
        "z.codec(z.enum(['0', '1']), z.boolean(), { decode: (s) => s === '1', encode: (b) => (b ? '1' : '0') })",
        'A flag sent as "0"/"1". Decodes to a boolean.',
      ),
      c(
        'wireDate',
        "z.codec(z.string(), z.union([z.date(), z.string(), z.null()]), { decode: decodeDate, encode: (d) => (d instanceof Date ? d.toISOString().slice(0, 10) : (d ?? '')) })",
        'A date string (YYYY-MM-DD). Decodes to a Date, null for "", or the string itself when it is no date.',
      ),
      c(
        'wireDateTime',
        "z.codec(z.string(), z.union([z.date(), z.string(), z.null()]), { decode: decodeDate, encode: (d) => (d instanceof Date ? d.toISOString() : (d ?? '')) })",
        'A date-time string (ISO 8601 with offset). Decodes to a Date, null for "", or the string itself when it is no date.',
      ),
      {
        kind: StructureKind.Function,
        name: 'decodeDate',
        docs: docs({ trusted: ['A Date for a date string; null for ""; the string itself when it does not parse (kept, never dropped).'] }),
        parameters: [{ kind: StructureKind.Parameter, name: 's', type: 'string' }],
        returnType: 'Date | string | null',
        statements: ["if (s === '') return null;", 'const d = new Date(s);', 'return Number.isNaN(d.getTime()) ? s : d;'],
      },
      ...FIELD_CONSTANT_NAMES.map((name) => {
        const kind = name.replace(/^nullable|^nullish/, '');
        const base = kind === 'Unknown' ? 'z.unknown()' : `lenient${kind}`;
        const method = name.startsWith('nullable') ? 'nullable' : 'nullish';
        return c(name, `${base}.${method}()`, `A ${method} field of ${kind === 'Unknown' ? 'any type' : `a lenient ${kind.toLowerCase()}`}.`);
      }),
      ...f(
        'lenientArray',
        'item',
        'z.core.SomeType',
        'z.union([z.array(item), z.record(z.string(), item)])',
        'z.ZodUnion<readonly [z.ZodArray<T>, z.ZodRecord<z.ZodString, T>]>',
        'An array; PHP sends keyed arrays as objects.',
      ),
      c(
        'wireEmptyMap',
        'z.codec(z.tuple([]), z.record(z.string(), z.never()), { decode: () => ({}), encode: (): [] => [] })',
        "PHP's empty associative array: a map with no entries, sent as `[]`. Decodes to `{}`.",
      ),
      ...f(
        'lenientRecord',
        'value',
        'z.core.SomeType',
        'z.union([z.record(z.string(), value), wireEmptyMap])',
        'z.ZodUnion<readonly [z.ZodRecord<z.ZodString, T>, typeof wireEmptyMap]>',
        'A map; PHP sends an empty map as `[]` (`coerce` gives `{}`).',
      ),
      ...f(
        'lenientObject',
        'shape',
        'z.core.$ZodLooseShape',
        'z.union([z.looseObject(shape), z.tuple([])])',
        `z.ZodUnion<readonly [${looseObject}, z.ZodTuple<[], null>]>`,
        'An object that keeps unknown keys; PHP sends an empty object as `[]`.',
      ),
      ...f(
        'lenientOwnObject',
        'shape',
        'z.core.$ZodLooseShape',
        'z.union([z.preprocess(ownProperties, z.looseObject(shape)), z.tuple([])])',
        `z.ZodUnion<readonly [z.ZodPreprocess<${looseObject}, unknown>, z.ZodTuple<[], null>]>`,
        'Like lenientObject, for shapes with a key such as `constructor`: only own properties of the input count.',
      ),
      {
        kind: StructureKind.Function,
        name: 'ownProperties',
        docs: docs({ trusted: ['A null-prototype copy of a plain object, so inherited members never look like fields.'] }),
        parameters: [{ kind: StructureKind.Parameter, name: 'value', type: 'unknown' }],
        returnType: 'unknown',
        statements: ["return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.assign(Object.create(null), value) : value;"],
      },
      (file.exported('Coerced', 'type'),
      {
        kind: StructureKind.TypeAlias,
        name: 'Coerced',
        isExported: true,
        docs: docs({
          trusted: [
            "What `coerce` returns for a schema: numbers, booleans and Dates where the portal sends strings and flags, `{}` for a map sent as PHP's `[]`.",
          ],
        }),
        typeParameters: [{ kind: StructureKind.TypeParameter, name: 'S', constraint: 'z.ZodType' }],
        type: 'z.output<S>',
      }),
      (file.exported('coerce', 'function'),
      {
        kind: StructureKind.Function,
        name: 'coerce',
        isExported: true,
        docs: docs({
          trusted: [
            'Opt-in: turn a result as the portal sent it into numbers, booleans and Dates, typed to match (`coerce(resultSchemas["crm.contact.get"], contact).ID` is a number), and a map sent as PHP\'s empty array `[]` into `{}`; an object with fields sent as `[]` stays `[]` (an empty `{}` would lack the fields its type promises). Throws a ZodError naming the path when a value is not what its field says (a numeric field holding text), never guessing.',
          ],
        }),
        typeParameters: [{ kind: StructureKind.TypeParameter, name: 'S', constraint: 'z.ZodType' }],
        parameters: [
          { kind: StructureKind.Parameter, name: 'schema', type: 'S' },
          { kind: StructureKind.Parameter, name: 'value', type: 'unknown' },
        ],
        returnType: 'Coerced<S>',
        statements: ['return schema.parse(value);'],
      }),
    ],
  };
}

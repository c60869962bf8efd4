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
import { compareStrings } from '../../../spec/serialize.ts';
import { EMPTY_MODULE, FileContext } from '../common/file-context.ts';
import { docCode, docs } from '../common/jsdoc.ts';
import { type Plan, type PlanMethod, type TypeDecl, fileStem, informative } from '../../plan/index.ts';
import { valuePropertyKey } from '../common/identifiers.ts';
import { declZodFile, methodZodFile, schemaName, ZOD_INDEX_FILE, ZOD_LENIENT_FILE, ZOD_SHARED_FILE, ZOD_VIBE_FILE } from '../common/paths.ts';
import { FIELD_CONSTANT_NAMES, objectShape, zName, zodText, type ZodTextContext } from './schema-text.ts';
import type { TypeRef } from '../../../spec/schema.ts';

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
    if (declZodFile(decl) !== this.path) return this.file.useValue(schemaName(decl), declZodFile(decl));
    const state = this.#state.get(decl);
    if (state === 'done') return schemaName(decl);
    if (state === 'pending') {
      this.#lazyTargets.add(decl);
      return `${zName(this)}.lazy(() => ${schemaName(decl)})`;
    }
    this.#state.set(decl, 'pending');
    const top = decl.aliasOf ? { text: this.aliasText(decl.aliasOf) } : topLevel(decl.named.type, schemaName(decl), this.context(decl));
    this.#state.set(decl, 'done');
    this.#order.push({ decl, ...top });
    return schemaName(decl);
  };

  /** True when `decl`'s schema is declared in this file. */
  declared(decl: TypeDecl): boolean {
    return this.#state.get(decl) === 'done';
  }

  /** An alias's schema: its one target's, or the union of its targets'. */
  aliasText(targets: TypeDecl[]): string {
    const refs = targets.map(this.ref);
    return refs.length === 1 ? refs[0]! : `${zName(this)}.union([${refs.join(', ')}])`;
  }

  /** A zod text context resolving refs in `scope`. */
  context(of: { scope: TypeDecl['scope'] }): ZodTextContext {
    return { scope: of.scope, file: this.file, ref: this.ref };
  }

  /** The declarations, in the order they were completed. */
  statements(): StatementStructures[] {
    return this.#order.flatMap(({ decl, text, shape }) => {
      const annotated = this.#lazyTargets.has(decl);
      this.file.exported(schemaName(decl), 'const', `schema of ${decl.name}`, `${text}${shape ?? ''}`);
      const c = constStatement(schemaName(decl), text, [`Lenient schema of ${docCode(decl.name)}.`], annotated ? `${zName(this)}.ZodType<unknown>` : undefined);
      return shape ? [c, shapeFunction(schemaName(decl), shape)] : [c];
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
function entityListZod(m: PlanMethod, decls: ZodDeclarations): string | undefined {
  const r = m.spec.result;
  if (!m.list || !r || r.type.kind !== 'array') return undefined;
  if (informative(r.type.items, m.scope)) return undefined;
  const entity = m.list.entity;
  const decl = entity.ok ? entity.entity.decl : undefined;
  if (!decl || declZodFile(decl) !== decls.path) return undefined;
  return `${decls.file.useValue('lenientArray', ZOD_LENIENT_FILE)}(${decls.ref(decl)})`;
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
  const v1: string[] = [];
  const v3: string[] = [];
  for (const m of methods) {
    const r = m.spec.result;
    const entityList = r ? entityListZod(m, schemas) : undefined;
    const top =
      entityList !== undefined ? { text: entityList } : r ? topLevel(r.type, m.names.resultValue, schemas.context(m)) : { text: `${zName(schemas)}.unknown()` };
    file.exported(m.names.resultValue, 'const', `result of ${m.key}`, `${top.text}${top.shape ?? ''}`);
    results.push(constStatement(m.names.resultValue, top.text, [`Lenient schema of the result of ${docCode(m.key)}.`]));
    if (top.shape) results.push(shapeFunction(m.names.resultValue, top.shape));
    (m.spec.restVersion === '3' ? v3 : v1).push(`${valuePropertyKey(m.key)}: ${m.names.resultValue},`);
  }
  for (const d of decls) if (d.aliasOf?.some((t) => schemas.declared(t))) schemas.ref(d);
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
      f('lenientArray', 'item', 'z.ZodType', 'z.union([z.array(item), z.record(z.string(), item)])', 'An array; PHP sends keyed arrays as objects.'),
      c(
        'wireEmptyMap',
        'z.codec(z.tuple([]), z.record(z.string(), z.never()), { decode: () => ({}), encode: (): [] => [] })',
        "PHP's empty associative array: a map with no entries, sent as `[]`. Decodes to `{}`.",
      ),
      f(
        'lenientRecord',
        'value',
        'z.ZodType',
        'z.union([z.record(z.string(), value), wireEmptyMap])',
        'A map; PHP sends an empty map as `[]` (`coerce` gives `{}`).',
      ),
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

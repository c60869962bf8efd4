/** Per-file bookkeeping shared by the emitters: which names a file imports from where, and what it exports (for api.md). */
import { createHash } from 'node:crypto';
import { StructureKind, type ExportDeclarationStructure, type ImportDeclarationStructure } from 'ts-morph';
import { compareStrings } from '../../../spec/serialize.ts';
import { isDeclarableName } from './identifiers.ts';
import { moduleSpecifier } from './paths.ts';

/** `export {};`: keeps a file without declarations a module. */
export const EMPTY_MODULE: ExportDeclarationStructure = { kind: StructureKind.ExportDeclaration, namedExports: [] };

/** One exported declaration, for api.md. */
export interface ExportEntry {
  name: string;
  kind: 'interface' | 'type' | 'const' | 'function' | 'runtime';
  file: string;
  /** A compact signature: member names of interfaces/consts, or a short summary. */
  signature: string;
}

/** The imports and exports of one generated file, collected while its statements are built. */
export class FileContext {
  readonly #imports = new Map<string, { types: Set<string>; values: Set<string> }>();
  readonly #namespaces = new Map<string, string>();
  readonly exports: ExportEntry[] = [];

  constructor(readonly file: string) {}

  /** Use a type declared in `from`; records a type-only import when it is another file. Returns the name. */
  useType(name: string, from: string): string {
    if (from !== this.file) this.#entry(from).types.add(name);
    return name;
  }

  /** Use a value declared in `from` (imported as a value). Returns the name. */
  useValue(name: string, from: string): string {
    if (from !== this.file) this.#entry(from).values.add(name);
    return name;
  }

  /** Record an exported declaration of this file; `detail` (e.g. member types) is summarised as a hash so api.md shows that it changed. */
  exported(name: string, kind: ExportEntry['kind'], signature = '', detail?: string): void {
    const hash = detail === undefined ? '' : ` #${createHash('sha1').update(detail).digest('hex').slice(0, 8)}`;
    this.exports.push({ name, kind, file: this.file, signature: `${signature}${hash}` });
  }

  /**
   * Refer to a type of another file through a type-only namespace import (`crm.CrmContactGetParams`).
   * Used by the map files (methods.ts, vibe.ts), which refer to thousands of names: one namespace import
   * per file is far cheaper to format and check than thousands of import specifiers.
   */
  useTypeQualified(name: string, from: string): string {
    let alias = this.#namespaces.get(from);
    if (!alias) {
      const stem = from.split('/').pop()!.replace(/\.ts$/, '');
      const base = isDeclarableName(stem) ? stem : `ns_${stem.replace(/[^A-Za-z0-9_$]/g, '_')}`;
      alias = base;
      for (let n = 2; [...this.#namespaces.values()].includes(alias); n++) alias = `${base}${n}`;
      this.#namespaces.set(from, alias);
    }
    return `${alias}.${name}`;
  }

  /** Import declarations, sorted by module specifier; value imports and type-only imports are separate statements. */
  importStructures(): ImportDeclarationStructure[] {
    const out: ImportDeclarationStructure[] = [];
    const namespaces = [...this.#namespaces.entries()].map(([f, alias]) => [moduleSpecifier(this.file, f), alias] as const);
    for (const [spec, alias] of namespaces.sort(([a], [b]) => compareStrings(a, b))) {
      out.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: spec, namespaceImport: alias, isTypeOnly: true });
    }
    // Generated files are named by their path (src/….ts); anything else is a package ("zod").
    const files = [...this.#imports.keys()].map((f) => [f.endsWith('.ts') ? moduleSpecifier(this.file, f) : f, f] as const);
    files.sort(([a], [b]) => compareStrings(a, b));
    for (const [spec, f] of files) {
      const { types, values } = this.#imports.get(f)!;
      const onlyTypes = [...types].filter((t) => !values.has(t)).sort(compareStrings);
      if (values.size > 0) {
        out.push({
          kind: StructureKind.ImportDeclaration,
          moduleSpecifier: spec,
          namedImports: [...values].sort(compareStrings),
        });
      }
      if (onlyTypes.length > 0) {
        out.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: spec, namedImports: onlyTypes, isTypeOnly: true });
      }
    }
    return out;
  }

  #entry(from: string) {
    let e = this.#imports.get(from);
    if (!e) {
      e = { types: new Set(), values: new Set() };
      this.#imports.set(from, e);
    }
    return e;
  }
}

/** A one-line summary of a type for api.md: the type itself when short, else its start and a content hash (so changes show in a diff). */
export function summary(type: string): string {
  const flat = type
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length <= 160) return flat;
  return `${flat.slice(0, 120)}… #${createHash('sha1').update(flat).digest('hex').slice(0, 8)}`;
}

/** "{ a, b?, c }" for api.md. */
export function memberList(names: string[]): string {
  return `{ ${names.join(', ')} }`;
}

/** Where each generated artifact lives under `generated/` (the plan's groups mapped to files), and how one file imports another. */
import { type PlanMethod, type TypeDecl, type TypeHome, camelCase, fileStem } from '../../plan/index.ts';

export const INDEX_FILE = 'src/index.ts';
export const METHODS_FILE = 'src/methods.ts';
export const ERRORS_FILE = 'src/errors.ts';
export const FILTER_FILE = 'src/filter.ts';
export const VIBE_FILE = 'src/vibe.ts';
export const VIBE_TYPES_FILE = 'src/vibe/types.ts';
export const SHARED_TYPES_FILE = 'src/types/shared.ts';
export const ZOD_INDEX_FILE = 'src/zod/index.ts';
export const ZOD_LENIENT_FILE = 'src/zod/_lenient.ts';
export const ZOD_SHARED_FILE = 'src/zod/_shared.ts';
export const ZOD_VIBE_FILE = 'src/zod/_vibe.ts';
export const RUNTIME_DIR = 'src/runtime';
export const RUNTIME_INDEX_FILE = 'src/runtime/index.ts';

/** Types file of a REST namespace ("crm" → src/methods/crm.ts). */
export function restTypesFile(namespace: string): string {
  return `src/methods/${fileStem(namespace)}.ts`;
}

/** Zod file of a REST namespace. */
export function restZodFile(namespace: string): string {
  return `src/zod/${fileStem(namespace)}.ts`;
}

/** Types file of a Vibe entity ("contacts" → src/vibe/contacts.ts). */
export function vibeEntityFile(entity: string): string {
  return `src/vibe/${fileStem(entity)}.ts`;
}

/** The import specifier `from` uses for `to` (both relative to generated/, `.ts` → `.js` for NodeNext). */
export function moduleSpecifier(from: string, to: string): string {
  const fromDir = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromDir.length && common < toParts.length - 1 && fromDir[common] === toParts[common]) common++;
  const up = fromDir.length - common;
  const rest = toParts.slice(common).join('/').replace(/\.ts$/, '.js');
  return up === 0 ? `./${rest}` : `${'../'.repeat(up)}${rest}`;
}

/** A runtime file's path relative to src/runtime, normalised ("./index.ts" → "index.ts"); throws when it would escape. */
export function runtimeRelative(rel: string): string {
  const parts = rel
    .replace(/\\/g, '/')
    .split('/')
    .filter((p) => p !== '' && p !== '.');
  if (parts.length === 0 || parts.some((p) => p === '..')) throw new Error(`runtime file path escapes src/runtime: ${rel}`);
  return parts.join('/');
}

/** TS file declaring the named types of a home. */
export function homeTypesFile(home: TypeHome): string {
  return home.kind === 'namespace' ? restTypesFile(home.namespace) : home.kind === 'vibe' ? VIBE_TYPES_FILE : SHARED_TYPES_FILE;
}

/** Zod file declaring the schemas of a home's named types. */
export function homeZodFile(home: TypeHome): string {
  return home.kind === 'namespace' ? restZodFile(home.namespace) : home.kind === 'vibe' ? ZOD_VIBE_FILE : ZOD_SHARED_FILE;
}

/** TS file declaring a named type. */
export function declFile(decl: TypeDecl): string {
  return homeTypesFile(decl.home);
}

/** Zod file declaring a named type's schema. */
export function declZodFile(decl: TypeDecl): string {
  return homeZodFile(decl.home);
}

/** The value naming a named type's schema (`CrmContact` → `crmContactSchema`). */
export function schemaName(decl: TypeDecl): string {
  return `${camelCase(decl.name)}Schema`;
}

/** TS file declaring a method's types (REST namespace file or Vibe entity file). */
export function methodTypesFile(m: PlanMethod): string {
  return m.spec.api === 'vibe' ? vibeEntityFile(m.group) : restTypesFile(m.group);
}

/** Zod file declaring a method's result schema. */
export function methodZodFile(m: PlanMethod): string {
  return m.spec.api === 'vibe' ? ZOD_VIBE_FILE : restZodFile(m.group);
}

/** The entry file of a REST namespace (`src/methods/crm.ts` → `src/api/crm.ts`): its method map, client and per-method functions. */
export function namespaceEntryFile(typesFile: string): string {
  return typesFile.replace(/^src\/methods\//, 'src/api/');
}

/** The package subpath of a namespace entry (`src/api/crm.ts` → `crm`). */
export function namespaceSubpath(entryFile: string): string {
  return entryFile.replace(/^src\/api\//, '').replace(/\.ts$/, '');
}

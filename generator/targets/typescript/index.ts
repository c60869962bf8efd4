/**
 * The TypeScript client target: the spec set → the files of the generated package (relative path under
 * generated/ → text). Pure: no disk I/O, no clock, no locale, no formatting; the same input in any
 * order gives byte-identical output.
 *
 * buildPlan (names, placement, ref resolution, per-method facts) → each part (types, filters, errors,
 * zod, vibe, package) builds ts-morph structures from the plan alone → one SourceFile per file,
 * printed with `printStructure` (the structures printer without a Project: no AST is built).
 */
import { compareStrings } from '../../spec/serialize.ts';
import type { SpecSet } from '../../spec/spec-set.ts';
import { buildPlan, type PlanMethod } from '../plan/index.ts';
import type { EmittedFile, Target, TargetContext } from '../target.ts';
import type { ExportEntry } from './common/file-context.ts';
import { exportedNamesOf, typescriptNamingPolicy } from './common/identifiers.ts';
import { printChunks } from './common/print.ts';
import {
  ERRORS_FILE,
  FILTER_FILE,
  homeZodFile,
  METHODS_FILE,
  namespaceEntryFile,
  namespaceSubpath,
  RUNTIME_DIR,
  runtimeRelative,
  SHARED_TYPES_FILE,
  VIBE_FILE,
  VIBE_TYPES_FILE,
  ZOD_VIBE_FILE,
} from './common/paths.ts';
import { emitErrorsFile } from './errors/file.ts';
import { emitMcp } from './mcp/index.ts';
import { emitRestTypesFile, emitVibeEntityFile, methodsByFile, type FileOutput } from './files.ts';
import { clientDefaults, emitNamespaceEntryFile, namespaceEntryNames, readmeNamespace } from './package/namespace-entry.ts';
import { emitFilterHelpersFile } from './filters/helpers-file.ts';
import { apiMarkdown } from './package/api-md.ts';
import { emitIndexFile } from './package/index-file.ts';
import { emitMethodsFile } from './package/methods-file.ts';
import { PACKAGE_NAME, packageJson, RUNTIME_GUIDE_FILE, tsconfigBuildJson, tsconfigJson } from './package/package-files.ts';
import { readme } from './package/readme.ts';
import { declsByFile, emitDeclsFile } from './types/decls-file.ts';
import { emitVibeOperationsFile } from './vibe/operations-file.ts';
import { emitLenientZodFile, emitResultZodFile, emitSharedZodFile, emitZodIndexFile, restZodFiles } from './zod/file.ts';

// What a tool that checks code against the generated package (conformance) needs to name things as it does.
export { quote, valuePropertyKey } from './common/identifiers.ts';
export { fileStem, namespaceOf, vibeOperationKey } from '../plan/index.ts';

/** The TypeScript client: typed method maps, per-method types, lenient zod schemas, the runtime and the package scaffolding. */
export const typescriptClient: Target = {
  name: 'typescript-client',
  emit: emitClient,
};

/** Emit every file of the package; TypeScript is printed, not formatted (the runtime and JSON/Markdown files are final). */
function emitClient(set: SpecSet, ctx: TargetContext): Map<string, EmittedFile> {
  const runtime = new Map([...ctx.runtime.entries()].map(([rel, text]) => [runtimeRelative(rel), text] as const));
  const plan = buildPlan(set, typescriptNamingPolicy(runtime.get('index.ts')));
  const out = new Map<string, EmittedFile>();
  const exports: ExportEntry[] = [];
  const put = (r: FileOutput) => {
    const chunks = printChunks(r.statements, ctx.printed);
    out.set(r.file.file, { text: chunks.join('\n'), chunks, format: 'typescript' });
    exports.push(...r.file.exports);
  };
  const final = (path: string, text: string) => out.set(path, { text, format: 'none' });

  // Types.
  const decls = declsByFile(plan);
  const valueFiles: string[] = [ERRORS_FILE];
  for (const [path, methods] of methodsByFile(plan.rest)) {
    put(emitRestTypesFile(plan, path, decls.get(path) ?? [], methods));
    valueFiles.push(path);
  }
  put(emitDeclsFile(SHARED_TYPES_FILE, decls.get(SHARED_TYPES_FILE) ?? []));
  put(emitDeclsFile(VIBE_TYPES_FILE, decls.get(VIBE_TYPES_FILE) ?? []));
  for (const [path, ops] of methodsByFile(plan.vibe)) {
    put(emitVibeEntityFile(plan, path, ops));
    valueFiles.push(path);
  }
  put(emitVibeOperationsFile(plan));
  // Namespace entries (`@b24gen/bitrix24/crm`): REST 1 methods by their types file.
  const namespaceMaps = new Map<string, string>();
  const namespaceMethods = new Map<string, PlanMethod[]>();
  for (const [typesFile, methods] of methodsByFile(plan.rest.filter((m) => m.spec.restVersion !== '3'))) {
    const entry = namespaceEntryFile(typesFile);
    put(emitNamespaceEntryFile(plan, entry, methods));
    namespaceMaps.set(entry, namespaceEntryNames(entry).map);
    namespaceMethods.set(entry, methods);
  }
  put(emitMethodsFile(plan, namespaceMaps));
  put(emitErrorsFile(plan));
  put(emitFilterHelpersFile());
  put(
    emitIndexFile({
      valueFiles,
      typeOnlyFiles: [METHODS_FILE, VIBE_FILE, FILTER_FILE, SHARED_TYPES_FILE, VIBE_TYPES_FILE],
      ...clientDefaults(plan.rest),
    }),
  );

  // Zod.
  put(emitLenientZodFile());
  put(emitSharedZodFile(plan));
  const zodDecls = (path: string) => plan.homes.filter((h) => homeZodFile(h) === path).flatMap((h) => plan.typesOf(h));
  for (const { path, methods } of restZodFiles(plan)) put(emitResultZodFile(path, methods, zodDecls(path)));
  put(emitResultZodFile(ZOD_VIBE_FILE, plan.vibe, zodDecls(ZOD_VIBE_FILE)));
  put(emitZodIndexFile(plan));

  // Runtime, verbatim.
  for (const [rel, text] of [...runtime.entries()].sort(([a], [b]) => compareStrings(a, b))) {
    if (rel === 'README.md') {
      final(RUNTIME_GUIDE_FILE, text);
      continue;
    }
    const path = `${RUNTIME_DIR}/${rel}`;
    final(path, text);
    if (rel === 'index.ts') {
      for (const name of exportedNamesOf(text)) exports.push({ name, kind: 'runtime', file: path, signature: '' });
    }
  }

  // The MCP server (`@b24gen/bitrix24/mcp`), verbatim sources plus the catalogue data.
  if (ctx.mcp) for (const [path, text] of emitMcp(set, ctx.mcp, ctx.packageVersion)) final(path, text);

  // Scaffolding.
  const counts = {
    rest: plan.rest.filter((m) => m.spec.restVersion !== '3').length,
    v3: plan.rest.filter((m) => m.spec.restVersion === '3').length,
    vibe: plan.vibe.length,
  };
  final('package.json', packageJson(ctx.packageVersion, [...namespaceMaps.keys()].map(namespaceSubpath), { mcp: ctx.mcp !== undefined }));
  final('tsconfig.json', tsconfigJson());
  final('tsconfig.build.json', tsconfigBuildJson());
  final(
    'README.md',
    readme({
      name: PACKAGE_NAME,
      version: ctx.packageVersion,
      counts,
      namespaces: [...namespaceMaps.keys()].map((entry) => readmeNamespace(entry, namespaceMethods.get(entry) ?? [])),
      mcp: ctx.mcp !== undefined,
    }),
  );
  final('api.md', apiMarkdown(exports, '@b24gen/bitrix24'));
  return new Map([...out.entries()].sort(([a], [b]) => compareStrings(a, b)));
}

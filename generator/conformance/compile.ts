/**
 * The compiler step: the check files are mounted in memory as a folder inside the generated package
 * (so `../src/methods.js` resolves to the real package), and one program type-checks them all.
 * Nothing is written to disk, so a run never races with `b24gen generate` replacing generated/.
 */
import { join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { ANY_TYPE_CODE, OPAQUE_TYPE_CODE, TYPE_ALIAS_PREFIX, type RawDiagnostic } from './types.ts';

/** Name of the in-memory folder inside the generated package that holds the check files. */
export const CHECK_FOLDER = '.b24gen-conformance';

/** Compiler options for the checks: the generated package's strictness, without emitting or checking .d.ts libs. */
export function checkOptions(): ts.CompilerOptions {
  return {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: false,
    skipLibCheck: true,
    noEmit: true,
  };
}

/** Compiles check files against one package, round after round, parsing the package's files once. */
export interface CheckSession {
  /** Type-check the check files (relative path → text) in one program; diagnostics of the check files only. */
  compile(files: Map<string, string>): RawDiagnostic[];
}

/** A session over the package in `generatedDir`. */
export function createCheckSession(generatedDir: string): CheckSession {
  const options = checkOptions();
  const folder = join(resolve(generatedDir), CHECK_FOLDER);
  // The default host parses every file again for every program; the package and the libs do not
  // change between rounds, so their parsed files are kept (only the check files are new).
  const parsed = new Map<string, ts.SourceFile>();
  let previous: ts.Program | undefined;
  return {
    compile(files) {
      const virtual = new Map<string, string>();
      for (const [rel, text] of files) virtual.set(normal(join(folder, rel)), text);
      const host = ts.createCompilerHost(options, true);
      const base = { ...host };
      host.fileExists = (f) => virtual.has(normal(f)) || base.fileExists(f);
      host.readFile = (f) => virtual.get(normal(f)) ?? base.readFile(f);
      host.directoryExists = (d) => normal(d) === normal(folder) || (base.directoryExists?.(d) ?? true);
      host.getSourceFile = (f, lang, onError, create) => {
        const key = normal(f);
        const text = virtual.get(key);
        if (text !== undefined) return ts.createSourceFile(f, text, lang, true);
        const hit = parsed.get(key);
        if (hit) return hit;
        const sf = base.getSourceFile(f, lang, onError, create);
        if (sf) parsed.set(key, sf);
        return sf;
      };
      const roots = [...virtual.keys()];
      const program = ts.createProgram({ rootNames: roots, options, host, ...(previous ? { oldProgram: previous } : {}) });
      previous = program;
      const diagnostics: RawDiagnostic[] = [];
      for (const d of [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()]) {
        diagnostics.push({ file: '', line: 0, code: d.code, messages: chain(d.messageText, d.code) });
      }
      for (const root of roots) {
        const sf = program.getSourceFile(root);
        if (!sf) continue;
        // Only the check files are checked: the package's own files are type-checked lazily, as far as the checks need them.
        const file = relative(folder, root).split(sep).join('/');
        for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
          const line = d.start === undefined ? 0 : sf.getLineAndCharacterOfPosition(d.start).line + 1;
          diagnostics.push({ file, line, code: d.code, messages: chain(d.messageText, d.code) });
        }
        diagnostics.push(...anyTargets(program.getTypeChecker(), sf, file));
      }
      return diagnostics;
    },
  };
}

/**
 * A target type that is \`any\` accepts every example and makes no diagnostic: it is what a broken
 * import inside the package turns a params type into. Each one is reported as a synthetic diagnostic.
 */
function anyTargets(checker: ts.TypeChecker, sf: ts.SourceFile, file: string): RawDiagnostic[] {
  const out: RawDiagnostic[] = [];
  for (const st of sf.statements) {
    if (!ts.isTypeAliasDeclaration(st) || !st.name.text.startsWith(TYPE_ALIAS_PREFIX)) continue;
    const type = checker.getTypeAtLocation(st.name);
    const line = sf.getLineAndCharacterOfPosition(st.getStart(sf)).line + 1;
    if (type.flags & ts.TypeFlags.Any) {
      out.push({ file, line, code: ANY_TYPE_CODE, messages: [{ code: ANY_TYPE_CODE, text: `${st.name.text} is any` }] });
      continue;
    }
    // A response envelope whose result is `unknown` (or `any`) accepts every example: it proves nothing.
    const inner = ['result', 'data'].map((n) => type.getProperty(n)).find((p) => p !== undefined);
    const innerType = inner && !(type.flags & ts.TypeFlags.Union) ? checker.getTypeOfSymbol(inner) : undefined;
    if (innerType && innerType.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) {
      out.push({ file, line, code: OPAQUE_TYPE_CODE, messages: [{ code: OPAQUE_TYPE_CODE, text: `${st.name.text}'s ${inner!.name} is unknown` }] });
    }
  }
  return out;
}

/** A message chain as a list, outermost first, following the first branch at each level. */
function chain(m: string | ts.DiagnosticMessageChain, code: number): Array<{ code: number; text: string }> {
  if (typeof m === 'string') return [{ code, text: m }];
  const out: Array<{ code: number; text: string }> = [];
  for (let c: ts.DiagnosticMessageChain | undefined = m; c; c = c.next?.[0]) out.push({ code: c.code, text: c.messageText });
  return out;
}

/** Paths as the compiler hands them back (forward slashes), so lookups match on every platform. */
function normal(p: string): string {
  return resolve(p).split(sep).join('/');
}

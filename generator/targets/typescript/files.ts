/**
 * The TypeScript client's method files: which part's statements go into which file. The only module
 * that puts several parts side by side (error codes, list types, the method's own types); the parts
 * never call each other.
 */
import type { StatementStructures } from 'ts-morph';
import { compareStrings } from '../../spec/serialize.ts';
import type { Plan, PlanMethod, TypeDecl } from '../plan/index.ts';
import { FileContext } from './common/file-context.ts';
import { docCode } from './common/jsdoc.ts';
import { methodTypesFile } from './common/paths.ts';
import { errorCodeStatements } from './errors/codes.ts';
import { listTypeStatements } from './filters/list-types.ts';
import { itemAndResultStatements, listParamTypes, paramsStatement } from './types/method.ts';
import { namedTypeStatement } from './types/named.ts';

/** One printed-to-be file: its bookkeeping and its statements. */
export interface FileOutput {
  file: FileContext;
  statements: StatementStructures[];
}

/** Methods grouped by their types file, files sorted, methods in plan order (key, then id). */
export function methodsByFile(methods: PlanMethod[]): Map<string, PlanMethod[]> {
  const map = new Map<string, PlanMethod[]>();
  for (const m of methods) map.set(methodTypesFile(m), [...(map.get(methodTypesFile(m)) ?? []), m]);
  return new Map([...map.entries()].sort(([a], [b]) => compareStrings(a, b)));
}

/** src/methods/<namespace>.ts: the namespace's named types, then per method its error codes, list types, `XxxParams`, `XxxItem`, `XxxResult`. */
export function emitRestTypesFile(plan: Plan, path: string, decls: TypeDecl[], methods: PlanMethod[]): FileOutput {
  const file = new FileContext(path);
  const body: StatementStructures[] = decls.map((d) => namedTypeStatement(d, file));
  for (const m of methods) {
    const n = m.names;
    body.push(
      ...errorCodeStatements(n.type('ErrorCode'), m.spec.errors, docCode(m.spec.method), file),
      ...listTypeStatements(m, file),
      paramsStatement(plan, m, file, m.spec.params, n.type('Params'), listParamTypes(m), { alternatives: m.spec.alternatives }),
      ...itemAndResultStatements(plan, m, file, `One item of a ${docCode(m.spec.method)} page.`),
    );
  }
  return { file, statements: [...file.importStructures(), ...body] };
}

/** src/vibe/<entity>.ts: per operation its error codes, list types, `XxxPath`/`XxxQuery`/`XxxBody`, `XxxItem`, `XxxResult` (the unwrapped `data`). */
export function emitVibeEntityFile(plan: Plan, path: string, ops: PlanMethod[]): FileOutput {
  const file = new FileContext(path);
  const body: StatementStructures[] = [];
  for (const m of ops) {
    const n = m.names;
    const vibe = m.vibe!;
    body.push(...errorCodeStatements(n.type('ErrorCode'), m.spec.errors, docCode(m.key), file), ...listTypeStatements(m, file));
    for (const where of ['path', 'query', 'body'] as const) {
      if (!vibe.declares[where]) continue;
      const listParams = where === vibe.listIn ? listParamTypes(m) : new Map<string, string>();
      const suffix = where === 'path' ? 'Path' : where === 'query' ? 'Query' : 'Body';
      body.push(paramsStatement(plan, m, file, vibe.params[where], n.type(suffix), listParams, { doc: false, untyped: false }));
    }
    body.push(...itemAndResultStatements(plan, m, file, `One item of ${docCode(m.key)}.`, true));
  }
  return { file, statements: [...file.importStructures(), ...body] };
}

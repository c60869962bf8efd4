/** src/methods/<namespace>.ts: the namespace's named types, then each method's declarations (by method name, then id). */
import type { StatementStructures } from 'ts-morph';
import { compareStrings } from '../../spec/serialize.ts';
import { FileContext } from '../file-context.ts';
import type { EmitModel, MethodModel } from '../model.ts';
import { restMethodStatements } from './method.ts';
import { namedTypeStatement } from './named.ts';

/** Statements and exports of one REST namespace file. */
export function emitRestTypesFile(model: EmitModel, path: string, methods: MethodModel[]): { file: FileContext; statements: StatementStructures[] } {
  const file = new FileContext(path);
  const body: StatementStructures[] = [];
  for (const decl of model.declsByFile.get(path) ?? []) body.push(namedTypeStatement(decl, file));
  for (const m of sortMethods(methods)) body.push(...restMethodStatements(model, m, file));
  return { file, statements: [...file.importStructures(), ...body] };
}

/** Methods in output order: key, then id (code units). */
export function sortMethods(methods: MethodModel[]): MethodModel[] {
  return [...methods].sort((a, b) => compareStrings(a.key, b.key) || compareStrings(a.spec.id, b.spec.id));
}

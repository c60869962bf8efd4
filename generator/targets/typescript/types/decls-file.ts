/** A file that only declares named types (src/types/shared.ts, src/vibe/types.ts), and the named types of every file. */
import type { StatementStructures } from 'ts-morph';
import { compareStrings } from '../../../spec/serialize.ts';
import type { Plan, TypeDecl } from '../../plan/index.ts';
import { EMPTY_MODULE, FileContext } from '../common/file-context.ts';
import { homeTypesFile } from '../common/paths.ts';
import { namedTypeStatement } from './named.ts';

/** Named types by the TS file declaring them, each list sorted by name. */
export function declsByFile(plan: Plan): Map<string, TypeDecl[]> {
  const out = new Map<string, TypeDecl[]>();
  for (const home of plan.homes) {
    const file = homeTypesFile(home);
    out.set(file, [...(out.get(file) ?? []), ...plan.typesOf(home)]);
  }
  for (const list of out.values()) list.sort((a, b) => compareStrings(a.name, b.name));
  return out;
}

/** Statements and exports of a file that only declares named types (`export {}` keeps an empty one a module). */
export function emitDeclsFile(path: string, decls: TypeDecl[]): { file: FileContext; statements: StatementStructures[] } {
  const file = new FileContext(path);
  const body: StatementStructures[] = decls.map((d) => namedTypeStatement(d, file));
  const statements = [...file.importStructures(), ...body];
  return { file, statements: statements.length > 0 ? statements : [EMPTY_MODULE] };
}

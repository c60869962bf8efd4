/** src/types/shared.ts (shared catalogue types) and src/vibe/types.ts (Vibe named types): declarations only. */
import type { StatementStructures } from 'ts-morph';
import { EMPTY_MODULE, FileContext } from '../file-context.ts';
import type { EmitModel } from '../model.ts';
import { namedTypeStatement } from './named.ts';

/** Statements and exports of a file that only declares named types (`export {}` keeps an empty one a module). */
export function emitDeclsFile(model: EmitModel, path: string): { file: FileContext; statements: StatementStructures[] } {
  const file = new FileContext(path);
  const body: StatementStructures[] = (model.declsByFile.get(path) ?? []).map((d) => namedTypeStatement(d, file));
  const statements = [...file.importStructures(), ...body];
  return { file, statements: statements.length > 0 ? statements : [EMPTY_MODULE] };
}

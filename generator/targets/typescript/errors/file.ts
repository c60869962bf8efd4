/** src/errors.ts: the system error codes every REST method (`SystemErrorCode`) or Vibe operation (`VibeSystemErrorCode`) may return. */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { ErrorCatalogue } from '../../../spec/schema.ts';
import { FileContext } from '../common/file-context.ts';
import { docs } from '../common/jsdoc.ts';
import type { Plan } from '../../plan/index.ts';
import { ERRORS_FILE } from '../common/paths.ts';
import { errorCodeStatements } from './codes.ts';

/** Statements and exports of src/errors.ts. */
export function emitErrorsFile(model: Plan): { file: FileContext; statements: StatementStructures[] } {
  const file = new FileContext(ERRORS_FILE);
  const statements = [
    ...catalogueStatements('SystemErrorCode', model.restErrors, 'any REST method', file),
    ...catalogueStatements('VibeSystemErrorCode', model.vibeErrors, 'any Vibe operation', file),
  ];
  return { file, statements };
}

function catalogueStatements(name: string, cat: ErrorCatalogue | undefined, subject: string, file: FileContext): StatementStructures[] {
  const found = cat ? errorCodeStatements(name, cat.errors, `${subject} (catalogue ${cat.id})`, file) : [];
  if (found.length > 0) return found;
  // No catalogue (or no coded entry): keep the names so methods.ts and user code still compile.
  file.exported(name, 'const', '{ }');
  return [
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      isExported: true,
      docs: docs({ trusted: [`System error codes of ${subject}: none documented in this build.`] }),
      declarations: [{ kind: StructureKind.VariableDeclaration, name, initializer: '{} as const' }],
    },
    { kind: StructureKind.TypeAlias, name, isExported: true, type: 'never' },
  ];
}

/**
 * Error-code "enums": a frozen object of code → code plus a union type of the same name. Plain
 * `as const` objects tree-shake (a TS `enum` compiles to an IIFE bundlers keep).
 */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { ErrorEntry } from '../../../spec/schema.ts';
import { documentedCodes } from '../../plan/index.ts';
import { memberList, type FileContext } from '../common/file-context.ts';
import { docCode, docs, escapeDocText, renderDoc } from '../common/jsdoc.ts';
import { quote, valuePropertyKey } from '../common/identifiers.ts';

/**
 * `export const <name> = { CODE: 'CODE', … } as const` and `export type <name> = …` for the codes of
 * `errors`; errors without a code are listed in the JSDoc. Returns no statements when there is no code.
 */
export function errorCodeStatements(name: string, errors: ErrorEntry[], subject: string, file: FileContext): StatementStructures[] {
  const codes = documentedCodes(errors);
  if (codes.length === 0) return [];
  const members = codes.map((code) => {
    const entries = errors.filter((e) => e.code === code);
    const body = renderDoc({ trusted: entries.map(describeError) });
    return `${body}${valuePropertyKey(code)}: ${quote(code)},`;
  });
  const uncoded = errors.filter((e) => e.code === null || e.code === '');
  const doc = docs({
    trusted: [
      `Error codes documented for ${subject}.`,
      uncoded.length > 0 &&
        `Also documented without a code (they arrive with an empty or placeholder code):\n${uncoded.map((e) => `- ${describeError(e)}`).join('\n')}`,
    ],
  });
  file.exported(name, 'const', memberList(codes));
  return [
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      isExported: true,
      docs: doc,
      declarations: [{ kind: StructureKind.VariableDeclaration, name, initializer: `{\n${members.join('\n')}\n} as const` }],
    },
    {
      kind: StructureKind.TypeAlias,
      name,
      isExported: true,
      docs: docs({ trusted: [`A documented error code of ${subject}.`] }),
      type: `(typeof ${name})[keyof typeof ${name}]`,
    },
  ];
}

/** "HTTP 400: message — description" for one documented error, escaped. */
function describeError(e: ErrorEntry): string {
  const parts: string[] = [];
  if (e.status !== null) parts.push(`HTTP ${e.status}`);
  if (e.message) parts.push(escapeDocText(e.message).replace(/\n+/g, ' '));
  if (e.description && e.description !== e.message) parts.push(escapeDocText(e.description).replace(/\n+/g, ' '));
  if (parts.length === 0) return e.code ? docCode(e.code) : 'Undocumented error.';
  return parts.join(' — ');
}

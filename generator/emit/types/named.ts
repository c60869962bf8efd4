/** Declarations of named types (`spec.types[]` and shared catalogue types): an interface for objects, a type alias otherwise. */
import { StructureKind, type InterfaceDeclarationStructure, type TypeAliasDeclarationStructure } from 'ts-morph';
import { summary, type FileContext } from '../file-context.ts';
import { docCode, docs } from '../jsdoc.ts';
import type { TypeDecl } from '../model.ts';
import type { Field } from '../../spec/schema.ts';
import { typePropertyKey } from '../naming.ts';
import { fieldDoc, indexKeyTypes, typeText, type TypeTextContext } from './type-text.ts';

/** The declaration of one named type, in `ctx.file`. */
export function namedTypeStatement(
  decl: TypeDecl,
  file: FileContext,
): InterfaceDeclarationStructure | TypeAliasDeclarationStructure {
  const ctx: TypeTextContext = { scope: decl.scope, file, mode: 'output' };
  const t = decl.named.type;
  const origins =
    decl.origins.length > 3
      ? `${decl.origins.slice(0, 3).map(docCode).join(', ')} and ${decl.origins.length - 3} more`
      : decl.origins.map(docCode).join(', ');
  const doc = docs({
    paragraphs: [decl.named.description],
    trusted: [`Type ${docCode(decl.named.name)} (from ${origins}).`],
  });
  if (t.kind === 'object' && t.fields.length > 0) {
    const properties = fieldProperties(t.fields, ctx);
    file.exported(
      decl.tsName,
      'interface',
      memberList(properties.map((p) => `${p.name}${p.hasQuestionToken ? '?' : ''}`)),
      properties.map((p) => p.type).join(';'),
    );
    return {
      kind: StructureKind.Interface,
      name: decl.tsName,
      isExported: true,
      docs: doc,
      properties,
      indexSignatures: t.additional
        ? indexKeyTypes(t.additionalKeys).map((keyType) => ({ kind: StructureKind.IndexSignature as const, keyName: 'key', keyType, returnType: 'unknown' }))
        : [],
    };
  }
  const type = typeText(t, ctx);
  file.exported(decl.tsName, 'type', summary(type));
  return { kind: StructureKind.TypeAlias, name: decl.tsName, isExported: true, docs: doc, type };
}

/** "{a, b?, c}" for api.md. */
export function memberList(names: string[]): string {
  return `{ ${names.join(', ')} }`;
}

/** Property signatures for an object's fields: first of each name wins, `required: true` alone is non-optional. */
export function fieldProperties(fields: readonly Field[], ctx: TypeTextContext) {
  const seen = new Set<string>();
  return fields
    .filter((f) => !seen.has(f.name) && seen.add(f.name))
    .map((f) => ({
      kind: StructureKind.PropertySignature as const,
      name: typePropertyKey(f.name),
      hasQuestionToken: f.required !== true,
      type: typeText(f.type, ctx),
      docs: docs(fieldDoc(f)),
    }));
}

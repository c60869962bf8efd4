/** Declarations of named types (`spec.types[]` and shared catalogue types): an interface for objects, a type alias otherwise. */
import { StructureKind, type InterfaceDeclarationStructure, type TypeAliasDeclarationStructure } from 'ts-morph';
import { memberList, summary, type FileContext } from '../common/file-context.ts';
import { declFile } from '../common/paths.ts';
import { docCode, docs } from '../common/jsdoc.ts';
import type { TypeDecl } from '../../plan/index.ts';
import type { Field } from '../../../spec/schema.ts';
import { absentableType, typePropertyKey } from '../common/identifiers.ts';
import { fieldDoc, fieldTypeText, indexKeyTypes, typeText, type TypeTextContext } from '../common/type-text.ts';

/** The declaration of one named type, in `ctx.file`. */
export function namedTypeStatement(decl: TypeDecl, file: FileContext): InterfaceDeclarationStructure | TypeAliasDeclarationStructure {
  if (decl.aliasOf) return aliasStatement(decl, decl.aliasOf, file);
  const ctx: TypeTextContext = { scope: decl.scope, file, mode: 'output' };
  const t = decl.named.type;
  const origins =
    decl.origins.length > 3 ? `${decl.origins.slice(0, 3).map(docCode).join(', ')} and ${decl.origins.length - 3} more` : decl.origins.map(docCode).join(', ');
  const doc = docs({
    paragraphs: [decl.named.description],
    trusted: [`Type ${docCode(decl.named.name)} (from ${origins}).`],
  });
  if (t.kind === 'object' && t.fields.length > 0) {
    const properties = fieldProperties(t.fields, ctx);
    file.exported(
      decl.name,
      'interface',
      memberList(properties.map((p) => `${p.name}${p.hasQuestionToken ? '?' : ''}`)),
      properties.map((p) => p.type).join(';'),
    );
    return {
      kind: StructureKind.Interface,
      name: decl.name,
      isExported: true,
      docs: doc,
      properties,
      indexSignatures: t.additional
        ? indexKeyTypes(t.additionalKeys).map((keyType) => ({ kind: StructureKind.IndexSignature as const, keyName: 'key', keyType, returnType: 'unknown' }))
        : [],
    };
  }
  const type = typeText(t, ctx);
  file.exported(decl.name, 'type', summary(type));
  return { kind: StructureKind.TypeAlias, name: decl.name, isExported: true, docs: doc, type };
}

/**
 * A name that points at other declarations: a declaring method's own name for a variant another method
 * hosts (one target), or a namespace's name for a type its methods declare differently (the union).
 */
function aliasStatement(decl: TypeDecl, targets: TypeDecl[], file: FileContext): TypeAliasDeclarationStructure {
  const type = targets.map((t) => file.useType(t.name, declFile(t))).join(' | ');
  const what =
    targets.length === 1
      ? `Type ${docCode(decl.named.name)} as ${decl.origins.map(docCode).join(', ')} declares it: the same as {@link ${targets[0]!.name}}.`
      : `Type ${docCode(decl.named.name)} as any method of the namespace declares it: the docs give ${targets.length} different shapes.`;
  file.exported(decl.name, 'type', summary(type));
  return { kind: StructureKind.TypeAlias, name: decl.name, isExported: true, docs: docs({ trusted: [what] }), type };
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
      type: f.required === true ? fieldTypeText(f, ctx) : absentableType(f.name, fieldTypeText(f, ctx)),
      docs: docs(fieldDoc(f)),
    }));
}

/** src/methods.ts: the `Methods` map (REST 1), `MethodsV3` (REST 3.0 twins) and the `MethodParams`/`MethodResult` helpers, type-only. */
import { StructureKind, type PropertySignatureStructure, type StatementStructures } from 'ts-morph';
import { type Plan, type PlanMethod, deref, documentedCodes, listItemRef } from '../../plan/index.ts';
import { FileContext } from '../common/file-context.ts';
import { docs } from '../common/jsdoc.ts';
import { quote } from '../common/identifiers.ts';
import { ERRORS_FILE, METHODS_FILE, methodTypesFile } from '../common/paths.ts';
import { methodDoc } from '../common/method-doc.ts';
import { listParamTypes } from '../types/method.ts';

/**
 * The select facts the client narrows list items by (`never` when the method has no typed select):
 * the param's name, the names it accepts, and the fields the page says are returned without a select
 * (`never` when the page names none, or names a mask: the whole item).
 */
export function selectEntry(m: PlanMethod, t: (suffix: 'Select') => string): string {
  const param = m.spec.list?.select?.param;
  if (!param || !listParamTypes(m).has(param)) return 'never';
  const keys = selectKeys(m);
  if (keys === undefined) return 'never';
  const defaults = defaultSelect(m.spec.params.find((p) => p.name === param)?.default);
  const renamed = keys.length > 0 ? `; keys: { ${keys.map(([n, k]) => `${quote(n)}: ${quote(k)}`).join('; ')} }` : '';
  return `{ param: ${quote(param)}; names: ${t('Select')}[number]; default: ${defaults.length > 0 ? defaults.map(quote).join(' | ') : 'never'}${renamed} }`;
}

/**
 * How the select names reach the item's keys: `[]` when they are the item's own keys; the renames when the
 * wire spells them otherwise (tasks.task.list selects `RESPONSIBLE_ID` and sends `responsibleId`,
 * tasks-task-list.md), matched by name without case and underscores; undefined (no narrowing) when
 * neither holds.
 */
function selectKeys(m: PlanMethod): Array<[string, string]> | undefined {
  const item = listItemRef(m.spec, m.scope);
  const d = item && deref(item.type, item.scope);
  const entity = m.list?.entity;
  if (!d || d.type.kind !== 'object' || d.type.fields.length === 0 || !entity?.ok) return [];
  const names = entity.entity.fields.map((f) => f.name);
  if (d.type.fields.some((f) => names.includes(f.name))) return [];
  const keyForm = (x: string) => x.replace(/_/g, '').toLowerCase();
  const byKey = new Map(d.type.fields.map((f) => [keyForm(f.name), f.name]));
  const renames = names.flatMap((n): Array<[string, string]> => {
    const k = byKey.get(keyForm(n));
    return k ? [[n, k]] : [];
  });
  return renames.length > 0 ? renames : undefined;
}

/** Field names of a documented select default (`['ID', 'MODIFIED']`, `"ID"`); none when it names a mask or nothing. */
export function defaultSelect(value: unknown): string[] {
  // Only a value that is a list of names (a prose default such as "all fields" names nothing).
  const text =
    typeof value === 'string' && /^\s*\[?\s*["']?[A-Za-z_*][\w*]*["']?(?:\s*,\s*["']?[A-Za-z_*][\w*]*["']?)*\s*\]?\s*$/.test(value) ? value : undefined;
  const names = Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : text
      ? [...text.matchAll(/[A-Za-z_*][\w*]*/g)].map((x) => x[0])
      : [];
  return names.length === 0 || names.some((n) => n.includes('*')) ? [] : [...new Set(names)];
}

/**
 * One method's entry of a method map (`Methods`, `MethodsV3`, a namespace's `CrmMethods`): params, the
 * unwrapped result, error codes and list facts, named through `file` (qualified imports of the types files).
 */
export function methodEntry(model: Plan, file: FileContext, m: PlanMethod): PropertySignatureStructure {
  const n = m.names;
  const t = (suffix: Parameters<typeof n.type>[0]) => file.useTypeQualified(n.type(suffix), methodTypesFile(m));
  // Imported only when an entry uses it (an empty map must not leave an unused import).
  const system = file.useType('SystemErrorCode', ERRORS_FILE);
  const codes = documentedCodes(m.spec.errors).length > 0 ? `${t('ErrorCode')} | ${system}` : system;
  const l = m.spec.list;
  const idField = l?.idCursor && l.idField ? `; idField: ${quote(l.idField)}` : '';
  // A REST 3.0 list the docs give no paging (`*.field.list`) is marked so that `client.v3.list` refuses it (one `v3.call` gets it all).
  const unpaged = m.spec.restVersion === '3' && l?.paging === 'none' ? '; paging: false' : '';
  const list = l ? `{ item: ${t('Item')}; idCursor: ${l.idCursor ? 'true' : 'false'}${idField}; select: ${selectEntry(m, t)}${unpaged} }` : 'never';
  return {
    kind: StructureKind.PropertySignature,
    name: quote(m.key),
    docs: docs(methodDoc(model, m, file.file, { short: true })),
    type: `{\nparams: ${t('Params')};\nresult: ${t('Result')};\nerrorCode: ${codes};\nlist: ${list};\n}`,
  };
}

/** Statements and exports of src/methods.ts: `Methods` joins the namespace maps of the entry files (`namespaceMaps`: file → interface name). */
export function emitMethodsFile(model: Plan, namespaceMaps: ReadonlyMap<string, string> = new Map()): { file: FileContext; statements: StatementStructures[] } {
  const file = new FileContext(METHODS_FILE);
  // The entries live in the namespace files; here they only summarise the map for api.md (a scratch context records no imports).
  const v1 = model.rest.filter((m) => m.spec.restVersion !== '3').map((m) => methodEntry(model, new FileContext(METHODS_FILE), m));
  const v3 = model.rest.filter((m) => m.spec.restVersion === '3').map((m) => methodEntry(model, file, m));
  const bases = [...namespaceMaps.entries()].map(([path, name]) => file.useTypeQualified(name, path));
  file.exported('Methods', 'interface', `${v1.length} methods`, v1.map((p) => `${p.name}:${p.type}`).join(';'));
  file.exported('MethodsV3', 'interface', `${v3.length} methods`, v3.map((p) => `${p.name}:${p.type}`).join(';'));
  file.exported('MethodParams', 'type', "Methods[M]['params']");
  file.exported('MethodResult', 'type', "Methods[M]['result']");
  const statements: StatementStructures[] = [
    ...file.importStructures(),
    {
      kind: StructureKind.Interface,
      name: 'Methods',
      isExported: true,
      docs: docs({
        trusted: [
          'Every REST method: params, the unwrapped `result`, error codes, and list paging facts. The namespace entries',
          '(`@b24gen/bitrix24/crm`: `CrmMethods`) hold the entries; an app that imports one namespace type-checks only it.',
        ],
      }),
      extends: bases,
    },
    {
      kind: StructureKind.Interface,
      name: 'MethodsV3',
      isExported: true,
      docs: docs({
        trusted: ['REST 3.0 methods (`/rest/api/…`). Kept apart from `Methods` because a REST 3.0 method may share its name with a REST 1 method.'],
      }),
      properties: v3,
    },
    {
      kind: StructureKind.TypeAlias,
      name: 'MethodParams',
      isExported: true,
      docs: docs({ trusted: ['Parameters of a REST method.'] }),
      typeParameters: [{ kind: StructureKind.TypeParameter, name: 'M', constraint: 'keyof Methods' }],
      type: "Methods[M]['params']",
    },
    {
      kind: StructureKind.TypeAlias,
      name: 'MethodResult',
      isExported: true,
      docs: docs({ trusted: ['Unwrapped result of a REST method.'] }),
      typeParameters: [{ kind: StructureKind.TypeParameter, name: 'M', constraint: 'keyof Methods' }],
      type: "Methods[M]['result']",
    },
  ];
  return { file, statements };
}

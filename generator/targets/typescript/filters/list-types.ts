/**
 * Filter / select / order types of a list method (REST prefix syntax, REST 3.0 array syntax, Vibe syntax).
 *
 * `XxxFilter` is a mapped type with finite keys (`<operator><FIELD>` for the documented operators over
 * the entity's fields) plus, when the entity has custom fields, a template-literal index signature for
 * those only — so a key on an unknown field is an excess-property error, while `UF_CRM_1…` passes.
 * When the entity cannot be resolved the types fall back to records, with a note saying why.
 */
import { StructureKind, type StatementStructures } from 'ts-morph';
import type { FileContext } from '../common/file-context.ts';
import { docCode, docs, escapeDocText } from '../common/jsdoc.ts';
import { compareStrings } from '../../../spec/serialize.ts';
import { type EntityInfo, type PlanMethod, hasListParams } from '../../plan/index.ts';
import { absentableType, isObjectMemberName, quote, typePropertyKey } from '../common/identifiers.ts';
import { declFile, FILTER_FILE } from '../common/paths.ts';
import { memberList } from '../common/file-context.ts';
import { cleanOperators, cleanV3Operators, customFieldPrefixes, filterValueText } from './values.ts';
import { enumText } from '../common/type-text.ts';

const LIST_OPS = new Set(['@', '!@']);
const RANGE_OPS = new Set(['><', '!><']);
/** REST 3.0 operator words whose value is not one value of the field (the REST 3.0 overview's table). */
const V3_LIST_OPS = new Set(['in']);
const V3_RANGE_OPS = new Set(['between']);
/** Vibe prefix → operator-object form, as the Vibe filtering page documents them. */
const VIBE_OPERATOR_OF: Record<string, string> = {
  '>': '$gt',
  '>=': '$gte',
  '<': '$lt',
  '<=': '$lte',
  '!=': '$ne',
  '!': '$ne',
  '%': '$contains',
  '@': '$in',
  '!@': '$nin',
};

/**
 * Filter/select/order statements of a list method (none when the method is not a list or documents
 * none of them). The params type refers to them by the method's names (`XxxFilter`, …).
 */
export function listTypeStatements(m: PlanMethod, file: FileContext): StatementStructures[] {
  const list = m.spec.list;
  const statements: StatementStructures[] = [];
  if (!list || !m.list || !hasListParams(m.spec)) return statements;
  const n = m.names;
  const resolved = m.list.entity;
  const entity = resolved.ok ? resolved.entity : undefined;
  const helper = (name: string) => file.useType(name, FILTER_FILE);
  const prefixes = customFieldPrefixes(list.entity?.customFields);
  // The prefixes as a union of string literals: the helpers' template literals distribute over it.
  const prefix = prefixes?.map(quote).join(' | ');
  const entityLabel = entity
    ? `the fields of ${entity.decl && declFile(entity.decl) === file.file ? `{@link ${entity.decl.name}}` : docCode(list.entity!.type)} (${docCode(entity.source.spec.method)})`
    : '';
  const fallbackNote = resolved.ok ? '' : `Untyped: ${escapeDocText(resolved.reason).replace(/\n+/g, ' ')}.`;
  const customNote =
    list.entity?.customFields && !prefix ? `Custom-field pattern ${docCode(list.entity.customFields)} is not a prefix pattern: not typed.` : undefined;
  // A function, so CustomFieldKey is imported only by the files that use it.
  const customKey = () => (prefix ? ` | ${helper('CustomFieldKey')}<${prefix}>` : '');
  const fieldName = n.type('FieldName');
  const values = n.type('FilterValues');

  if (entity) {
    // With a filter, the names are the keys of XxxFilterValues (listing them twice would only cost size).
    const names = entity.fields.map((f) => quote(f.name));
    const type = list.filter ? `keyof ${values}` : names.join(' | ');
    file.exported(fieldName, 'type', type, names.join('|'));
    statements.push({
      kind: StructureKind.TypeAlias,
      name: fieldName,
      isExported: true,
      docs: docs({ trusted: [`Field names of ${docCode(m.spec.method)}: ${entityLabel}.`] }),
      type,
    });
  }

  if (list.filter) {
    const name = n.type('Filter');
    const f = list.filter;
    let type: string;
    const notes: string[] = [];
    if (!entity) {
      type = f.syntax === 'v3-array' ? 'ReadonlyArray<unknown>' : 'Record<string, unknown>';
      notes.push(fallbackNote);
    } else {
      statements.push(filterValuesInterface(values, entity, m, file));
      const ops = f.syntax === 'v3-array' ? cleanV3Operators(f.operators) : cleanOperators(f.operators);
      if (f.syntax === 'v3-array') {
        type = v3FilterType(ops, values, helper);
        notes.push(
          'REST 3.0 syntax: an array of `[field, operator, value]` conditions and `{ logic, conditions }` groups.',
          `Operators: ${ops.map((o) => (o === '' ? '(none: `[field, value]`, equality)' : docCode(o))).join(', ')}.`,
        );
      } else if (f.syntax === 'vibe') {
        type = vibeFilterType(ops, values, helper);
        notes.push('Both syntaxes: operator objects (`{ field: { $gte: 1 } }`) and prefixed keys (`{ ">=field": 1 }`).');
      } else {
        const scalarOps = ['', ...ops.filter((o) => o !== '' && !LIST_OPS.has(o) && !RANGE_OPS.has(o))];
        const listOps = ops.filter((o) => LIST_OPS.has(o));
        const rangeOps = ops.filter((o) => RANGE_OPS.has(o));
        const parts = [`${helper('PrefixedFilter')}<${values}, ${scalarOps.map(quote).join(' | ')}>`];
        if (listOps.length) parts.push(`${helper('PrefixedListFilter')}<${values}, ${listOps.map(quote).join(' | ')}>`);
        if (rangeOps.length) parts.push(`${helper('PrefixedRangeFilter')}<${values}, ${rangeOps.map(quote).join(' | ')}>`);
        if (prefix) {
          const allOps = [...new Set([...scalarOps, ...listOps, ...rangeOps])];
          parts.push(`${helper('CustomFieldFilter')}<${allOps.map(quote).join(' | ')}, ${prefix}>`);
        }
        if (f.logic) parts.push(`${helper('LogicFilter')}<${name}>`);
        type = parts.join(' & ');
        notes.push(
          ...[
            `Keys are \`<operator><FIELD>\` over ${entityLabel}; operators: ${scalarOps.map((o) => (o === '' ? '(none: equality)' : docCode(o))).join(', ')}.`,
            listOps.length > 0 && `${listOps.map(docCode).join(', ')} take arrays.`,
            rangeOps.length > 0 && `${rangeOps.map(docCode).join(', ')} take a \`[from, to]\` pair.`,
            prefixes && `Custom fields ${prefixes.map((p) => docCode(`${p}*`)).join(', ')} are accepted with any value.`,
          ].filter((x): x is string => typeof x === 'string'),
        );
      }
    }
    if (customNote) notes.push(customNote);
    file.exported(name, 'type', entity ? `filter over ${values}` : 'untyped', type);
    statements.push({
      kind: StructureKind.TypeAlias,
      name,
      isExported: true,
      docs: docs({ trusted: [`The ${docCode(f.param)} of ${docCode(m.spec.method)}.`, ...notes] }),
      type,
    });
  }

  if (list.select) {
    const name = n.type('Select');
    const masks = [...new Set(list.select.masks)].map(quote);
    // With no entity, the field names the select param's own row lists ("Available fields:") still type it.
    const own = entity ? undefined : ownSelectNames(m, list.select.param);
    const type = entity ? `Array<${[fieldName, ...masks].join(' | ')}${customKey()}>` : own ? `Array<${[own, ...masks].join(' | ')}>` : 'string[]';
    file.exported(name, 'type', type);
    statements.push({
      kind: StructureKind.TypeAlias,
      name,
      isExported: true,
      docs: docs({
        trusted: [
          `The ${docCode(list.select.param)} of ${docCode(m.spec.method)}: field names${masks.length ? ' and masks' : ''}.`,
          entity || own ? undefined : fallbackNote,
        ],
      }),
      type,
    });
  }

  if (list.order) {
    const name = n.type('Order');
    const dir = helper('SortDirection');
    // A field named like an inherited member (`toString`) also admits that member: see absentableType.
    const inherited = entity?.fields.some((f) => isObjectMemberName(f.name)) ? ` | (F extends keyof Object ? Object[F] : never)` : '';
    const type = entity ? `{ [F in ${fieldName}${customKey()}]?: ${dir}${inherited} }` : `Record<string, ${dir}>`;
    file.exported(name, 'type', type);
    statements.push({
      kind: StructureKind.TypeAlias,
      name,
      isExported: true,
      docs: docs({ trusted: [`The ${docCode(list.order.param)} of ${docCode(m.spec.method)}: field → direction.`, entity ? undefined : fallbackNote] }),
      type,
    });
  }
  return statements;
}

/**
 * The REST 3.0 filter type accepting exactly the documented operators: one-value conditions for the
 * symbols, a list for `in`, a `[from, to]` pair for `between`, `[field, value]` when "" (the two-element
 * condition) is documented. A word whose value shape nobody documents takes one value, like a symbol.
 */
function v3FilterType(ops: readonly string[], values: string, helper: (name: string) => string): string {
  const scalar = ops.filter((o) => o !== '' && !V3_LIST_OPS.has(o) && !V3_RANGE_OPS.has(o));
  const list = ops.filter((o) => V3_LIST_OPS.has(o));
  const range = ops.filter((o) => V3_RANGE_OPS.has(o));
  const conditions: string[] = [];
  if (ops.includes('')) conditions.push(`${helper('V3EqualsCondition')}<${values}>`);
  if (scalar.length) conditions.push(`${helper('V3Condition')}<${values}, ${scalar.map(quote).join(' | ')}>`);
  if (list.length) conditions.push(`${helper('V3ListCondition')}<${values}, ${list.map(quote).join(' | ')}>`);
  if (range.length) conditions.push(`${helper('V3RangeCondition')}<${values}, ${range.map(quote).join(' | ')}>`);
  return `${helper('V3Filter')}<${conditions.length ? conditions.join(' | ') : 'never'}>`;
}

/** `interface XxxFilterValues { FIELD: <filter value type>; … }`: the value each field accepts in a filter. */
function filterValuesInterface(name: string, entity: EntityInfo, m: PlanMethod, file: FileContext): StatementStructures {
  file.exported(name, 'interface', memberList(entity.fields.map((f) => f.name)));
  return {
    kind: StructureKind.Interface,
    name,
    isExported: true,
    docs: docs({ trusted: [`Filter value of each field of ${docCode(m.spec.method)} (numbers and numeric strings are interchangeable).`] }),
    properties: entity.fields.map((f) => ({
      kind: StructureKind.PropertySignature,
      name: typePropertyKey(f.name),
      type: absentableType(f.name, filterValueText(f.type, entity.scope)),
    })),
  };
}

/** `VibeFilter<Values, $ops, prefixes, list prefixes>` from the documented prefix operators. */
function vibeFilterType(ops: string[], values: string, helper: (n: string) => string): string {
  const dollar = [...new Set(ops.map((o) => VIBE_OPERATOR_OF[o]).filter((x): x is string => x !== undefined))].sort(compareStrings);
  const prefixed = ops.filter((o) => o !== '' && !LIST_OPS.has(o) && !RANGE_OPS.has(o));
  const listed = ops.filter((o) => LIST_OPS.has(o));
  const lit = (xs: string[]) => (xs.length ? xs.map(quote).join(' | ') : 'never');
  return `${helper('VibeFilter')}<${values}, ${lit(dollar)}, ${lit(prefixed)}, ${lit(listed)}>`;
}

/** The union of field names the select param's items enumerate (open ones keep `(string & {})`), or undefined. */
function ownSelectNames(m: PlanMethod, param: string): string | undefined {
  const t = m.spec.params.find((p) => p.name === param)?.type;
  const items = t?.kind === 'array' ? t.items : undefined;
  if (items?.kind !== 'enum' || items.values.length === 0) return undefined;
  return enumText(
    items.base,
    items.values.map((v) => v.value),
    items.open,
  );
}

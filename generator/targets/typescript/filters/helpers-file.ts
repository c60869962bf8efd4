/**
 * src/filter.ts: the generic filter building blocks every list method's `XxxFilter` is made of. Keeping
 * them generic keeps the per-method output small; each method only lists its fields and operators.
 * Operators and field names reach these templates as type arguments (string literal types), so no doc
 * text is ever written inside a template literal.
 */
import { StructureKind, type InterfaceDeclarationStructure, type StatementStructures, type TypeAliasDeclarationStructure } from 'ts-morph';
import { FileContext } from '../common/file-context.ts';
import { docs } from '../common/jsdoc.ts';
import { FILTER_FILE } from '../common/paths.ts';

interface Helper {
  name: string;
  params: Array<{ name: string; constraint?: string }>;
  type: string;
  doc: string;
  /** Declare as an interface: a filter refers to itself through it (`type F = … & LogicFilter<F>`), which a type alias cannot. */
  asInterface?: { properties: Array<{ name: string; type: string }>; index: { key: string; keyType: string; type: string } };
}

const HELPERS: Helper[] = [
  {
    name: 'PrefixedFilter',
    params: [{ name: 'V' }, { name: 'Op', constraint: 'string' }],
    type: '{ [K in keyof V & string as `${Op}${K}`]?: V[K] }',
    doc: 'Keys `<operator><FIELD>` (`">=DATE_CREATE"`), each taking one value of the field. `""` is plain equality.',
  },
  {
    name: 'PrefixedListFilter',
    params: [{ name: 'V' }, { name: 'Op', constraint: 'string' }],
    type: '{ [K in keyof V & string as `${Op}${K}`]?: readonly V[K][] }',
    doc: 'Keys `<operator><FIELD>` taking a list of values (`@` in, `!@` not in).',
  },
  {
    name: 'PrefixedRangeFilter',
    params: [{ name: 'V' }, { name: 'Op', constraint: 'string' }],
    type: '{ [K in keyof V & string as `${Op}${K}`]?: readonly [V[K], V[K]] }',
    doc: 'Keys `<operator><FIELD>` taking a `[from, to]` pair (`><` between, `!><` not between).',
  },
  {
    name: 'CustomFieldKey',
    params: [{ name: 'Prefix', constraint: 'string' }],
    type: '`${Prefix}${string}`',
    doc: 'A custom field name (`CustomFieldKey<"UF_">` is `UF_${string}`).',
  },
  {
    name: 'CustomFieldFilter',
    params: [
      { name: 'Op', constraint: 'string' },
      { name: 'Prefix', constraint: 'string' },
    ],
    type: '{ [K in `${Op}${Prefix}${string}`]?: unknown }',
    doc: 'Custom-field keys with any operator. Their types are portal-specific, so values are `unknown`.',
  },
  {
    name: 'LogicFilter',
    params: [{ name: 'F' }],
    type: "{ LOGIC?: 'AND' | 'OR' | 'and' | 'or'; logic?: 'AND' | 'OR' | 'and' | 'or'; [group: number]: F }",
    doc: 'Nested groups: `{ LOGIC: "OR", 0: { … }, 1: { … } }` (`logic` in the methods that spell the key so, such as crm.item.list).',
    asInterface: {
      properties: [
        { name: 'LOGIC?', type: "'AND' | 'OR' | 'and' | 'or'" },
        { name: 'logic?', type: "'AND' | 'OR' | 'and' | 'or'" },
      ],
      index: { key: 'group', keyType: 'number', type: 'F' },
    },
  },
  {
    name: 'SortDirection',
    params: [],
    type: "'ASC' | 'DESC' | 'asc' | 'desc'",
    doc: 'Direction of an `order` entry.',
  },
  {
    name: 'V3Condition',
    params: [{ name: 'V' }, { name: 'Op', constraint: 'string' }],
    type: '{ [K in keyof V & string]: readonly [K, Op, V[K]] }[keyof V & string]',
    doc: 'A REST 3.0 filter condition `[field, operator, value]` taking one value of the field (`["id", ">=", 17]`).',
  },
  {
    name: 'V3ListCondition',
    params: [{ name: 'V' }, { name: 'Op', constraint: 'string' }],
    type: '{ [K in keyof V & string]: readonly [K, Op, readonly V[K][]] }[keyof V & string]',
    doc: 'A REST 3.0 filter condition taking a list of values (`["id", "in", [1, 2, 3]]`).',
  },
  {
    name: 'V3RangeCondition',
    params: [{ name: 'V' }, { name: 'Op', constraint: 'string' }],
    type: '{ [K in keyof V & string]: readonly [K, Op, readonly [V[K], V[K]]] }[keyof V & string]',
    doc: 'A REST 3.0 filter condition taking a `[from, to]` pair (`["date", "between", ["2025-01-01", "2025-12-31"]]`).',
  },
  {
    name: 'V3EqualsCondition',
    params: [{ name: 'V' }],
    // rest-v3.md#filter: `["id", [1,2]]` is "a shorthand for `["id", "in", [1,2]]`", so the value may be a list.
    type: '{ [K in keyof V & string]: readonly [K, V[K] | readonly V[K][]] }[keyof V & string]',
    doc: 'The two-element REST 3.0 condition `[field, value]`: equality, or `in` when the value is a list (`["id", [1, 2]]`).',
  },
  {
    name: 'V3Filter',
    params: [{ name: 'C' }],
    type: "ReadonlyArray<C | { logic: 'and' | 'or'; conditions: V3Filter<C> }>",
    doc: 'A REST 3.0 filter: conditions `C` and `{ logic, conditions }` groups of them.',
  },
  {
    name: 'VibeOperator',
    params: [],
    type: "'$gt' | '$gte' | '$lt' | '$lte' | '$ne' | '$contains' | '$in' | '$nin'",
    doc: 'Operators of the Vibe `{ field: { $op: value } }` filter syntax.',
  },
  {
    name: 'VibeFieldOperators',
    params: [{ name: 'T' }, { name: 'Op', constraint: 'VibeOperator' }],
    type: "{ [O in Op]?: O extends '$in' | '$nin' ? readonly T[] : T }",
    doc: 'The operator object of one field: `{ $gte: 100, $lte: 200 }`.',
  },
  {
    name: 'VibeFilter',
    params: [{ name: 'V' }, { name: 'Op', constraint: 'VibeOperator' }, { name: 'Prefix', constraint: 'string' }, { name: 'ListPrefix', constraint: 'string' }],
    type: '{ [K in keyof V & string]?: V[K] | ([Op] extends [never] ? never : VibeFieldOperators<V[K], Op>) } & PrefixedFilter<V, Prefix> & PrefixedListFilter<V, ListPrefix>',
    doc: 'A Vibe filter: exact values, operator objects (`{ amount: { $gte: 100 } }`) and prefixed keys (`">=amount"`), mixed freely.',
  },
];

/** Statements and exports of src/filter.ts. */
export function emitFilterHelpersFile(): { file: FileContext; statements: StatementStructures[] } {
  const file = new FileContext(FILTER_FILE);
  const statements: Array<TypeAliasDeclarationStructure | InterfaceDeclarationStructure> = HELPERS.map((h) => {
    file.exported(h.name, h.asInterface ? 'interface' : 'type', h.params.length ? `<${h.params.map((p) => p.name).join(', ')}>` : h.type);
    const typeParameters = h.params.map((p) => ({ kind: StructureKind.TypeParameter as const, name: p.name, constraint: p.constraint }));
    if (h.asInterface) {
      const { properties, index } = h.asInterface;
      return {
        kind: StructureKind.Interface,
        name: h.name,
        isExported: true,
        docs: docs({ trusted: [h.doc] }),
        typeParameters,
        properties: properties.map((p) => ({
          kind: StructureKind.PropertySignature as const,
          name: p.name.replace(/\?$/, ''),
          hasQuestionToken: p.name.endsWith('?'),
          type: p.type,
        })),
        indexSignatures: [{ kind: StructureKind.IndexSignature, keyName: index.key, keyType: index.keyType, returnType: index.type }],
      };
    }
    return {
      kind: StructureKind.TypeAlias,
      name: h.name,
      isExported: true,
      docs: docs({ trusted: [h.doc] }),
      typeParameters,
      type: h.type,
    };
  });
  return { file, statements };
}

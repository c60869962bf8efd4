/** Filter values and operators of a list method: what each field accepts in a filter, custom-field prefixes, well-formed operators. */
import { PREFIX_OPERATOR_PATTERN, V3_OPERATOR_PATTERN, type TypeRef } from '../../../spec/schema.ts';
import { compareStrings } from '../../../spec/serialize.ts';
import { type TypeScope, deref } from '../../plan/index.ts';
import { quote } from '../common/identifiers.ts';
import { enumText, scalarText, unionText } from '../common/type-text.ts';

/**
 * The type a filter accepts for a field. Filters are input, so they are lenient where Bitrix is:
 * numbers and numeric strings (ids, integers, doubles) are interchangeable; Y/N flags and booleans
 * both pass; array fields (multifields such as EMAIL) filter by one element; object-valued fields
 * filter by their scalar value (a multifield filters by its VALUE string).
 */
export function filterValueText(t: TypeRef, scope: TypeScope, depth = 0): string {
  if (depth > 8) return 'unknown';
  switch (t.kind) {
    case 'scalar':
      return scalarText(t.name, t.format, 'filter');
    case 'enum': {
      if (t.base !== 'integer')
        return enumText(
          t.base,
          t.values.map((v) => v.value),
          t.open,
        );
      // Integer enums are accepted as numbers and as numeric strings.
      const lits = t.values.flatMap((v) => {
        const n = Number(v.value);
        return Number.isFinite(n) && String(v.value).trim() !== '' ? [String(n), quote(String(n))] : [quote(String(v.value))];
      });
      if (lits.length === 0) return 'number | string';
      return unionText(t.open ? [...lits, '(number & {})', '(string & {})'] : lits);
    }
    case 'array':
      return filterValueText(t.items, scope, depth + 1);
    case 'union':
      return unionText(t.anyOf.map((m) => filterValueText(m, scope, depth + 1)));
    case 'object':
    case 'map':
      return 'string | number';
    case 'ref': {
      const d = deref(t, scope);
      return d ? filterValueText(d.type, d.scope, depth + 1) : 'unknown';
    }
  }
}

/** The literal prefix of a custom-field pattern ("UF_*" → "UF_"), or undefined when the pattern is not `<identifier chars>*`. */
export function customFieldPrefix(pattern: string | undefined): string | undefined {
  if (!pattern) return undefined;
  const m = /^([A-Za-z][A-Za-z0-9_]*)\*$/.exec(pattern.trim());
  return m?.[1];
}

/** The literal prefixes of `list.entity.customFields` ("UF_* | ufCrm*" → ["UF_", "ufCrm"]), or undefined when any pattern is not a prefix pattern. */
export function customFieldPrefixes(patterns: string | undefined): string[] | undefined {
  if (!patterns) return undefined;
  const out = patterns.split('|').map((p) => customFieldPrefix(p));
  return out.every((p): p is string => p !== undefined) ? out : undefined;
}

/** Filter operators of the spec that are well-formed (the schema's own pattern), deduplicated and code-unit sorted. */
export function cleanOperators(ops: string[]): string[] {
  return [...new Set(ops.filter((o) => PREFIX_OPERATOR_PATTERN.test(o)))].sort(compareStrings);
}

/** REST 3.0 filter operators of the spec that are well-formed ("" is the two-element condition), deduplicated and code-unit sorted. */
export function cleanV3Operators(ops: string[]): string[] {
  return [...new Set(ops.filter((o) => o === '' || V3_OPERATOR_PATTERN.test(o)))].sort(compareStrings);
}

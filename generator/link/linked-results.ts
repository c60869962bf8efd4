/**
 * Results documented on another page: a response section that says "returns a result similar to the call of
 * [`rpa.item.get`]" (read as evidence `result-like:<method>`) takes that method's result type, with the
 * page-local types it refers to. The page states no type itself, so the result stays inferred.
 */
import type { MethodSpec } from '../spec/schema.ts';
import { RESULT_LIKE } from '../sources/yfm/extract/result-like.ts';
import { adoptTypes, restSpecFinder } from './type-refs.ts';

/** Every spec whose result is said to be like another method's, typed as that method's result. */
export function linkLikeResults(specs: readonly MethodSpec[]): MethodSpec[] {
  const find = restSpecFinder(specs);
  return specs.map((s) => {
    const evidence = s.result?.source.evidence ?? '';
    if (!s.result || !evidence.startsWith(RESULT_LIKE)) return s;
    const other = find(evidence.slice(RESULT_LIKE.length), s.restVersion);
    // The other page must document its result (read, or from its own table or example), not guess it too.
    if (!other?.result || other === s || other.result.source.evidence?.startsWith(RESULT_LIKE) || other.result.source.evidence === 'method-verb-convention')
      return s;
    // A type of the same name that differs would change what this page's other facts mean: leave the result as it was.
    const types = adoptTypes(s.types, [other.result.type], other.types);
    if (!types) return s;
    const source = { ...other.result.source, how: 'inferred' as const, evidence: 'linked-result' };
    return {
      ...s,
      result: { ...other.result, source },
      types,
      facts: { ...s.facts, result: source },
    };
  });
}

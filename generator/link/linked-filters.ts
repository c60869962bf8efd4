/**
 * Filters documented on another page: a list method whose filter cell says "the format is described in the
 * `sale.payment.list` method" (read as evidence `filter-described-in:<method>`) takes the operators that
 * method's page lists. Its own page lists none, so the operators stay inferred, with the other page's line.
 */
import type { MethodSpec } from '../spec/schema.ts';
import { FILTER_DESCRIBED_IN } from '../sources/yfm/extract/list.ts';
import { restSpecFinder } from './type-refs.ts';

const FACT = 'list.filter.operators';

/** Every spec whose filter is described on another list method's page, with that page's read operators. */
export function linkDescribedFilters(specs: readonly MethodSpec[]): MethodSpec[] {
  const find = restSpecFinder(specs);
  return specs.map((s) => {
    const own = s.facts[FACT];
    if (!own?.evidence?.startsWith(FILTER_DESCRIBED_IN) || !s.list?.filter) return s;
    const other = find(own.evidence.slice(FILTER_DESCRIBED_IN.length), s.restVersion);
    const theirs = other?.facts[FACT];
    // Only operators the other page states are worth copying; its own assumed set says nothing more.
    if (!other?.list?.filter || theirs?.how !== 'read' || other.list.filter.syntax !== s.list.filter.syntax) return s;
    return {
      ...s,
      list: { ...s.list, filter: { ...s.list.filter, operators: [...other.list.filter.operators] } },
      facts: { ...s.facts, [FACT]: { ...theirs, how: 'inferred', evidence: 'linked-filter' } },
      warnings: s.warnings.filter((w) => w.code !== 'filter-operators-assumed'),
    };
  });
}

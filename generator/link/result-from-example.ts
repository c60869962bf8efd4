/**
 * The last word on a result: what every reading and link left open (a bare `object`, an `array` of
 * nothing said, an `item` with no fields), the method's own success example fills. Run after every
 * other pass, so a field table — of the page, or of the page it links — always wins over an example,
 * and the example only ever adds to what nothing documented (`how: 'inferred'`, evidence
 * `response-example`, and a `result-fields-from-example` warning naming what was filled).
 */
import type { MethodSpec, NamedType, TypeCatalogue, TypeRef, Warning } from '../spec/schema.ts';
import { withFieldIds } from '../spec/ids.ts';
import { exampleResult } from '../sources/yfm/extract/result-wrapper.ts';
import { FROM_EXAMPLE, fillFromExample, scalarShownFor } from '../sources/yfm/extract/result-example-fields.ts';

/** Every spec whose result is still open where its success example shows a shape, with that shape filled in. */
export function fillResultsFromExamples(specs: readonly MethodSpec[], catalogues: readonly TypeCatalogue[] = []): MethodSpec[] {
  const sharedNames = new Set(catalogues.flatMap((c) => c.types.map((t) => t.name)));
  return specs.map((s) => {
    const shown = s.result ? exampleResult(s.examples) : null;
    if (!s.result || !shown) return s;
    const at = { file: shown.source.file, ...(shown.source.line ? { line: shown.source.line } : {}) };
    const scalar = scalarShownFor(s.result.type, shown.value);
    if (scalar) {
      const source = { ...at, how: 'inferred' as const, evidence: FROM_EXAMPLE };
      const warning: Warning = {
        code: 'result-type-from-example',
        message: `the table types the result as a bare object/array; the success example shows a ${scalar.kind === 'scalar' ? scalar.name : 'value'}: typed as the example`,
        ...at,
      };
      return { ...s, result: { ...s.result, type: scalar, source }, facts: { ...s.facts, result: source }, warnings: [...s.warnings, warning] };
    }
    // Page-local structures the result names are filled where they are defined (each once: the first place shown).
    const named = new Map(s.types.map((t) => [t.name, t]));
    const refilled = new Map<string, NamedType>();
    const fillRef = (name: string, fill: (t: TypeRef) => TypeRef) => {
      const own = named.get(name);
      if (!own || refilled.has(name)) return;
      refilled.set(name, own); // (a structure that refers to itself is filled once)
      const type = fill(own.type);
      refilled.set(name, type === own.type ? own : { ...own, type: withFieldIds(type, name) });
    };
    // A ref no catalogue and no page type defines (checkSharedRefs warns of it) says no more than `object`.
    const isUndefined = (r: { name: string; shared?: boolean | undefined }) => !sharedNames.has(r.name) && (r.shared === true || !named.has(r.name));
    const filled = fillFromExample(s.result.type, shown.value, 'result', { source: shown.source, fillRef, isUndefined });
    const types = s.types.map((t) => refilled.get(t.name) ?? t);
    if (filled === s.result.type && types.every((t, i) => t === s.types[i])) return s;
    const warning: Warning = {
      code: 'result-fields-from-example',
      message: 'the page leaves parts of the result untyped; their fields are inferred from the success example',
      ...at,
    };
    return { ...s, result: { ...s.result, type: withFieldIds(filled, 'result') }, types, warnings: [...s.warnings, warning] };
  });
}

/** The JSDoc of a method: title, description, scope, access, deprecation with successor, see-also links. */
import { docCode, escapeDocText, type DocParts, type TagPart } from './jsdoc.ts';
import type { Plan, PlanMethod } from '../../plan/index.ts';
import { methodTypesFile } from './paths.ts';

/** Full method documentation (for `XxxParams` and the `Methods` entry). */
export function methodDoc(model: Plan, m: PlanMethod, file: string, opts: { short?: boolean } = {}): DocParts {
  const s = m.spec;
  const label = s.api === 'vibe' ? `${m.key} (${s.method})` : s.method;
  // The short form (map entries: hundreds of them in one file) keeps the title and the deprecation only.
  if (opts.short) return { paragraphs: [s.title], tags: [deprecatedTag(model, m, file)] };
  return {
    paragraphs: [s.title, s.description],
    trusted: [
      `Method ${docCode(label)}${s.restVersion === '3' ? ' (REST 3.0)' : ''}.`,
      s.scope.length > 0 && `Scope: ${s.scope.map(docCode).join(', ')}.`,
      s.access && `Access: ${escapeDocText(s.access)}`,
      s.paramsDocumented === 'missing' && 'The docs give no parameter section: parameters are untyped.',
    ],
    tags: [deprecatedTag(model, m, file), ...seeTags(s.seeAlso)],
  };
}

/** `@deprecated Use {@link CrmItemGetParams} / `crm.item.get` instead.` when the method is deprecated. */
export function deprecatedTag(model: Plan, m: PlanMethod, file: string): TagPart {
  const d = m.spec.deprecated;
  if (d === false) return undefined;
  const note = d.note ? ` ${escapeDocText(d.note).replace(/\n+/g, ' ')}` : '';
  if (!d.successor) return { tag: 'deprecated', text: `Deprecated in the docs.${note}` };
  const successor = model.findMethod(m.spec.api, d.successor);
  // {@link} only to a name in scope: the successor's Params type when it lives in the same file.
  const link = successor && methodTypesFile(successor) === file ? `{@link ${successor.names.type('Params')}} / ` : '';
  return { tag: 'deprecated', text: `Use ${link}${docCode(d.successor)} instead.${note}` };
}

/** `@see` tags for the doc's "see also" entries (escaped; method names in backticks). */
export function seeTags(seeAlso: string[]): TagPart[] {
  return seeAlso.map((s) => ({
    tag: 'see' as const,
    text: /^[A-Za-z0-9_]+(\.[A-Za-z0-9_*]+)+$/.test(s) ? docCode(s) : escapeDocText(s).replace(/\n+/g, ' '),
  }));
}

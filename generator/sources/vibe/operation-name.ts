/** Operation names, kinds and entity type names derived from an operation's verb and path. */

export type HttpVerb = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type OperationKind = 'list' | 'get' | 'create' | 'update' | 'delete' | 'search' | 'fields' | 'batch' | 'other';

export interface OperationShape {
  verb: HttpVerb;
  /** Templated path: `/v1/contacts/{id}`. */
  path: string;
  /** Operation name, e.g. `contacts.get`. */
  name: string;
  kind: OperationKind;
  /** The entity segment (`contacts`) when the operation acts on an entity's records or fields. */
  segment: string | null;
  pathParams: string[];
}

const VERBS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
/** Path suffixes that name an action on the collection rather than a sub-resource. */
const ACTIONS = new Set(['search', 'fields', 'batch']);

/** `/v1/contacts/:id?include=x` → `/v1/contacts/{id}`; null when not a path or a generic `{entity}` template. */
export function normalizeVibePath(raw: string): string | null {
  let p = raw.trim().replace(/^`|`$/g, '');
  p = p.replace(/^https?:\/\/[^/\s]+/i, '');
  p = p.split(/[?#\s]/)[0] ?? '';
  if (!p.startsWith('/')) return null;
  p = p.replace(/\/+$/, '') || '/';
  const segments = p.split('/').map((s) => (s.startsWith(':') ? `{${s.slice(1)}}` : s));
  // `{entity}` stands for any entity: a guide's template, not an operation.
  if (segments.some((s) => /^\{entity\}$/i.test(s))) return null;
  if (segments.some((s) => s !== '' && !/^(\{[A-Za-z_]\w*\}|[A-Za-z0-9._~-]+)$/.test(s))) return null;
  return segments.join('/');
}

/** Name and kind of the operation `verb path`; null when the verb is not one the spec models. */
export function describeOperation(verbRaw: string, rawPath: string): OperationShape | null {
  const verb = verbRaw.trim().toUpperCase();
  if (!VERBS.has(verb)) return null;
  const path = normalizeVibePath(rawPath);
  if (!path) return null;
  const segments = path.split('/').filter(Boolean);
  // The version prefix is not part of the name.
  const rest = /^v\d+$/.test(segments[0] ?? '') ? segments.slice(1) : segments;
  const pathParams = rest.filter(isParam).map((s) => s.slice(1, -1));
  const statics = rest.filter((s) => !isParam(s));
  const last = rest[rest.length - 1];
  const v = verb as HttpVerb;
  if (statics.length === 0) return { verb: v, path, name: 'root', kind: 'other', segment: null, pathParams };

  const action = statics[statics.length - 1]!;
  if (ACTIONS.has(action) && last === action) {
    const kind = action as OperationKind;
    const segment = statics.length === 2 ? statics[0]! : null;
    return { verb: v, path, name: statics.join('.'), kind, segment, pathParams };
  }
  const onItem = last !== undefined && isParam(last);
  const kind: OperationKind = onItem
    ? ({ GET: 'get', PATCH: 'update', PUT: 'update', DELETE: 'delete', POST: 'create' } as const)[v]
    : ({ GET: 'list', POST: 'create', PATCH: 'update', PUT: 'update', DELETE: 'delete' } as const)[v];
  // Only `/v1/{entity}` and `/v1/{entity}/{id}` act on an entity's records; deeper paths are sub-resources.
  const plain = statics.length === 1 && rest.length <= 2;
  return { verb: v, path, name: `${statics.join('.')}.${kind}`, kind: plain ? kind : 'other', segment: plain ? statics[0]! : null, pathParams };
}

function isParam(segment: string): boolean {
  return /^\{[A-Za-z_]\w*\}$/.test(segment);
}

/** The entity's type name from its path segment: `calendar-events` → `calendar_event`. */
export function entityTypeName(segment: string): string {
  const words = segment.split(/[-_.]+/).filter(Boolean);
  const lastWord = words.pop() ?? segment;
  return [...words, singular(lastWord)]
    .join('_')
    .replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
    .replace(/^_/, '');
}

/** The name of the writable-fields type used by create/update bodies. */
export function inputTypeName(segment: string): string {
  return `${entityTypeName(segment)}_input`;
}

function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|us)es$/.test(word)) return word.slice(0, -2);
  // A singular that ends in s ("status", "bonus", "analysis") has no s to drop.
  if (/(us|is)$/.test(word)) return word;
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Stable identities for spec entries, so a differ can match them across doc versions. */

/** Identity of a REST method: lower-cased name (Bitrix names are case-insensitive), plus the REST version when not 1. */
export function restMethodId(name: string, restVersion: '1' | '3' = '1'): string {
  return `rest:${name.toLowerCase()}${restVersion === '3' ? '@v3' : ''}`;
}

/** Identity of a Vibe operation: verb and templated path. */
export function vibeOperationId(verb: string, path: string): string {
  return `vibe:${verb.toUpperCase()} ${path}`;
}

/** Identity of a parameter (dotted path for nested ones: "fields.NAME"). */
export function paramId(path: string): string {
  return `param:${path}`;
}

/** Identity of a response field, e.g. "result.PHONE[].VALUE". */
export function fieldId(parentId: string, name: string): string {
  return `${parentId}.${name}`;
}

/** Identity of an error: its code, or a slug of its message when the docs give no code. */
export function errorId(code: string | null, message: string | null, description?: string): string {
  if (code) return `error:${code}`;
  return `error:msg:${slug(message ?? description ?? '')}`;
}

/** Lower-case ASCII slug, stable across whitespace and punctuation changes. */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'empty'
  );
}

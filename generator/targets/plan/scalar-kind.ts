/** What a scalar is, whatever the output: the one reading of (name, format) every target's mapping starts from. */

/** The kinds a scalar's (name, format) reads as. */
export type ScalarKind = 'string' | 'numeric-string' | 'flag' | 'number' | 'boolean' | 'null' | 'unknown';

/** The kind of a scalar: ids and doubles are numeric strings on the wire, `yn` strings are Y/N flags. */
export function scalarKind(name: string, format: string | undefined): ScalarKind {
  switch (name) {
    case 'string':
      if (format === 'id' || format === 'double') return 'numeric-string';
      return format === 'yn' ? 'flag' : 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    default:
      return 'unknown';
  }
}

/** `_includes/system-errors.md`: the REST system errors every method page refers to, as the shared catalogue. */
import { SPEC_VERSION, type ErrorCatalogue } from '../../../spec/schema.ts';
import { compareStrings } from '../../../spec/serialize.ts';
import { readSystemErrorTable } from './errors.ts';
import type { AnyNode } from './nodes.ts';

/** Where the docs keep the system-error table, relative to the corpus root. */
export const SYSTEM_ERRORS_INCLUDE = '_includes/system-errors.md';

/** The parsed include → the 'rest-system-errors' catalogue, sorted by id. */
export function readSystemErrorCatalogue(nodes: readonly AnyNode[], file: string): ErrorCatalogue {
  const errors = readSystemErrorTable(nodes, file);
  return { specVersion: SPEC_VERSION, id: 'rest-system-errors', api: 'rest', errors: errors.sort((a, b) => compareStrings(a.id, b.id)) };
}

/** A minimal valid MethodSpec to build given/want cases from: every test states only the facts it is about. */
import { SPEC_VERSION, type MethodSpec, type SourceFile } from '../../generator/spec/schema.ts';

/** A REST method spec read from `path` by `reader`, with `over` applied on top. */
export function restSpec(method: string, over: Partial<MethodSpec> = {}, path = `api/${method}.md`, reader: SourceFile['reader'] = 'yfm-markdown'): MethodSpec {
  return {
    specVersion: SPEC_VERSION,
    id: `rest:${method.toLowerCase()}`,
    api: 'rest',
    method,
    title: method,
    description: '',
    scope: [],
    access: null,
    deprecated: false,
    params: [],
    alternatives: [],
    paramsDocumented: 'none',
    result: null,
    types: [],
    errors: [],
    systemErrors: 'rest',
    list: null,
    examples: [],
    seeAlso: [],
    facts: {},
    sources: [{ path, reader, sha256: '0'.repeat(64) }],
    warnings: [],
    ...over,
  };
}

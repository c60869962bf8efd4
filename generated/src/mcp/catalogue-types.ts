// The shape of the method catalogue the generator emits for the MCP server (src/mcp/catalogue/*.ts): a
// compact, JSON-serialisable digest of the spec. Shared by the emitter (generator/targets/typescript/mcp)
// and the server, so both agree on it.

/** Read or write: whether a call changes portal data. See the rule in `classifyMethod` (generator side). */
export type MethodAccess = 'read' | 'write';

/** One method as search sees it (the index is loaded on the first search; details per namespace on demand). */
export interface IndexEntry {
  /** The documented name, e.g. `crm.deal.add`; a REST 3.0 method's ends in `@v3` (`tasks.task.add@v3`, names.ts). */
  name: string;
  /** The page's title. */
  title: string;
  /** One line: the description's first sentence, without the "The method `x`" lead-in. */
  summary: string;
  scope: string[];
  access: MethodAccess;
  /** Set when the docs deprecate the method: the successor they name, or null. */
  deprecated?: { successor: string | null };
  /** Words of the doc page's folder path (`crm/deals`), a section name the title may not repeat. */
  section: string;
}

/** A parameter or a field of an object parameter, as describe_method shows it and call_method checks it. */
export interface ParamInfo {
  name: string;
  /** TypeScript-like type text: `integer`, `string[]`, `object`, `'Y' | 'N'`. */
  type: string;
  /** What call_method checks: the JSON kind, from the spec's type. */
  kind: 'string' | 'number' | 'integer' | 'boolean' | 'yn' | 'array' | 'object' | 'any';
  required?: true;
  /** Closed enums only: the values the docs list. */
  values?: Array<string | number | boolean>;
  /** The description's first sentence, shortened. */
  doc?: string;
  /** Fields of an object param (one level), when documented. */
  fields?: ParamInfo[];
  /** For an object param: prefixes of undocumented keys the docs allow (`UF_CRM_`); `[]` = any key. */
  extraKeys?: string[];
}

/** Everything describe_method and call_method need about one method. */
export interface MethodDetail {
  name: string;
  /** "table": the page documents the params; "none": it says there are none; "missing": no parameter section. */
  paramsDocumented: 'table' | 'none' | 'missing';
  params: ParamInfo[];
  /** The result's type text and, for objects or lists of objects, its field names. */
  result?: { type: string; fields?: string[] };
  /** Documented error codes (or messages when the docs give no code). */
  errors: string[];
  /** A short request example (JSON), when the docs give one. */
  example?: string;
  /** A list method the runtime can page through (list_all). */
  list?: true;
}

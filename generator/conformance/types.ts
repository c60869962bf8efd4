/** The data the conformance check passes between its steps, and the report it ends with. */

/** Name prefix of the per-example type aliases (`type __t1 = Methods['…']['params']`). */
export const TYPE_ALIAS_PREFIX = '__t';

/** Code of the synthetic diagnostic the compile step adds when an example's target type is `any` (a broken package). */
export const ANY_TYPE_CODE = -1;

/** Code of the synthetic diagnostic for a response check whose result type is `unknown` (it accepts every example). */
export const OPAQUE_TYPE_CODE = -2;

/** A location inside a JSON body: object keys and array indexes, from the root. */
export type JsonPath = Array<string | number>;

/** What kind of disagreement a mismatch is. */
export type MismatchKind = 'unknown-property' | 'wrong-type' | 'missing-required' | 'other';

/**
 * Who is probably wrong: the page (its example disagrees with its own table), our parser (the spec is
 * wrong), or neither (`wire`, responses only: the example shows a form the portal really sends, such
 * as `"43"` for an integer or `"Y"` for a boolean, that the generated type does not model yet).
 */
export type Verdict = 'doc-bug' | 'parser-bug' | 'wire' | 'unclear';

/**
 * Which examples a run checks: request bodies against params types, success-response bodies against
 * result types, or error bodies against the typed error codes.
 */
export type ExampleSide = 'request' | 'response' | 'error';

/** A top-level key the check rewrote before type-checking (Bitrix REST reads top-level names case-insensitively). */
export interface RenamedKey {
  from: string;
  to: string;
  /** `envelope`: a response example showing the bare result, checked as the envelope's `result` (`from` is "(root)"). */
  why: 'case' | 'alias' | 'envelope';
}

/** One example with a JSON body (a request, or a response envelope), ready to be written as a TS statement. */
export interface ExampleCase {
  /** Unique over a run: `<spec id>#<example id>`. */
  key: string;
  /** Request body vs params type, or response envelope vs result type (absent: request). */
  side?: ExampleSide;
  specId: string;
  api: 'rest' | 'vibe';
  /** The documented method name (REST) or operation name (Vibe). */
  method: string;
  exampleId: string;
  /** Where the example is in the docs (file relative to its input root, 1-based line). */
  file: string;
  line: number | undefined;
  /**
   * The TS type the body must be assignable to, e.g. `Methods['crm.contact.get']['params']`, or for a
   * response the envelope `{ result: Methods['crm.contact.get']['result']; … }`.
   */
  typeExpr: string;
  /** The generated interface `typeExpr` indexes (`Methods`, `MethodsV3`, `VibeOperations`). */
  root: 'Methods' | 'MethodsV3' | 'VibeOperations';
  /** The body after dropping `auth` and normalising top-level key case; only JSON values. */
  body: unknown;
  renamed: RenamedKey[];
  /**
   * Top-level keys of an example whose page says the method takes no parameters (or, for Vibe, no
   * body). The generated type is `{}` there, which TS never reports excess properties against, so
   * these are reported without the compiler.
   */
  undocumentedKeys: string[];
  /** Why the example is not checked at all, when it is not. */
  skip: string | undefined;
}

/** Changes to a body between rounds, so the compiler reports what an earlier error masked (keys are `pathKey`s). */
export interface BodyPatch {
  /** Properties to leave out (already reported as unknown). */
  prune: Set<string>;
  /** Values to replace with `__never` (already reported as the wrong type; `never` is assignable to anything). */
  never: Set<string>;
  /** Object path → property names to add as `__never` (already reported as missing). */
  inject: Map<string, string[]>;
}

/** One emitted statement and how to map a diagnostic in it back to its example. */
export interface Check {
  /** `N` of `__ex_N`, unique within a program. */
  index: number;
  example: ExampleCase;
  /** The file in `files` holding the statement. */
  tsFile: string;
  /** 1-based line of the `type __tN = …` alias (errors there mean the type is missing or broken). */
  typeLine: number;
  /** 1-based line of `const __ex_N`; `paths[i]` is the JSON node written on line `declLine + i`. */
  declLine: number;
  paths: JsonPath[];
}

/** The output of the pure step: the TS files (relative paths) and what every statement stands for. */
export interface ConformanceProgram {
  files: Map<string, string>;
  checks: Check[];
}

/** A diagnostic reduced to what the mapping needs (file relative to the program folder, 1-based line). */
export interface RawDiagnostic {
  file: string;
  line: number;
  code: number;
  /** The message chain, one entry per level, outermost first. */
  messages: Array<{ code: number; text: string }>;
}

/** One disagreement between an example and the generated type. */
export interface Mismatch {
  /** The spec the example belongs to (`rest:tasks.task.get@v3`): tells a REST 3.0 twin from its REST 1 namesake. */
  specId?: string;
  method: string;
  exampleId: string;
  /** The example's place in the docs. */
  file: string;
  line: number | undefined;
  kind: MismatchKind;
  /** Where in the body, e.g. `filter.IMPORT`, `select[3]`, or `(root)`. */
  path: string;
  message: string;
  verdict: Verdict;
  /** Why the heuristic chose the verdict. */
  reason: string;
  /** The TypeScript diagnostic code, or null for mismatches found without the compiler. */
  tsCode: number | null;
}

/** An example that could not be checked, and why. */
export interface Skipped {
  specId?: string;
  method: string;
  exampleId: string;
  file: string;
  line: number | undefined;
  reason: string;
}

/** A top-level key rewritten before checking, so a page's `ID` where the table says `id` is a note, not a mismatch. */
export interface Normalised extends RenamedKey {
  method: string;
  exampleId: string;
  file: string;
  line: number | undefined;
}

/** The result of a conformance run; every list is sorted, so the same inputs give the same report. */
export interface ConformanceReport {
  /** Which examples were checked (absent in reports of request runs written before responses were checked). */
  side?: ExampleSide;
  /** Examples with a JSON body that were checked. */
  checked: number;
  /** Checked examples with no mismatch. */
  passed: number;
  /**
   * Response runs: passed examples whose result type is opaque (`unknown[]`, `Record<string, unknown>`,
   * a wrapper of those), so passing proves little (counted the way `report/opaque-results.ts` counts).
   */
  passedOpaque?: number;
  mismatches: Mismatch[];
  skipped: Skipped[];
  normalised: Normalised[];
  /** Problems of the check itself (a diagnostic that maps to no example, a round limit reached). */
  problems: string[];
}

/**
 * The error bodies the mock sends, in each API's envelope:
 * - REST 1: `{ error, error_description }` (settings/how-to-call-rest-api/general-principles.md; the system
 *   errors with their statuses in _includes/system-errors.md:10-39, specs/_shared/rest-system-errors.json);
 * - REST 3.0: `{ error: { code, message, validation? } }` (api-reference/rest-v3.md:259-283);
 * - Vibe: `{ success: false, error: { code, message } }` (vibecode docs_errors.txt:9-16).
 */
import type { ErrorEntry, MethodSpec } from '../spec/schema.ts';
import type { MockCatalog } from './catalog.ts';
import type { Problem } from './validate.ts';

/** A status and a JSON body. */
export interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A REST 1 error answer. */
export function restError(status: number, code: string, description: string): Answer {
  return { status, body: { error: code, error_description: description } };
}

/**
 * The system errors a mock answers most, as _includes/system-errors.md:10-35 documents them: used when the
 * loaded specs carry no system-error catalogue (a spec set made by hand, `--only` does keep it).
 */
const KNOWN_SYSTEM_ERRORS: Record<string, { status: number; message: string }> = {
  INTERNAL_SERVER_ERROR: { status: 500, message: 'Internal server error' },
  QUERY_LIMIT_EXCEEDED: { status: 503, message: 'Too many requests' },
  NO_AUTH_FOUND: { status: 401, message: 'Wrong authorization data' },
  OVERLOAD_LIMIT: { status: 503, message: 'REST API is blocked due to overload' },
  expired_token: { status: 401, message: 'The access token provided has expired' },
};

/** A system error's documented status and message: the loaded catalogue's, else the known ones; undefined for another code. */
export function systemErrorEntry(catalog: MockCatalog, code: string): { status: number; message: string } | undefined {
  const e = catalog.systemErrors.get(code);
  if (e?.status) return { status: e.status, message: e.message ?? code };
  return KNOWN_SYSTEM_ERRORS[code];
}

/** REST 3.0's error envelope (rest-v3.md:259-271). */
export function v3Error(status: number, code: string, message: string, validation?: Array<{ field: string; message: string }>): Answer {
  return { status, body: { error: { code, message, ...(validation ? { validation } : {}) } } };
}

/** The Vibe error envelope (docs_errors.txt:9-16). */
export function vibeError(status: number, code: string, message: string, extra: Record<string, unknown> = {}): Answer {
  return { status, body: { success: false, error: { code, message, ...extra } } };
}

/**
 * An unknown REST method: `ERROR_METHOD_NOT_FOUND` with 404 (api-reference/rest-v3.md:26 names the code and
 * the status; the description is the portal's "Method not found!").
 */
export function methodNotFound(v3: boolean): Answer {
  return v3 ? v3Error(404, 'ERROR_METHOD_NOT_FOUND', 'Method not found!') : restError(404, 'ERROR_METHOD_NOT_FOUND', 'Method not found!');
}

/** What a problem's words look like in a documented error's message or description. */
const PROBLEM_WORDS: Record<Problem['kind'], RegExp> = {
  missing: /required|not (?:been )?(?:passed|specified|set|filled|provided|transferred|defined)|undefined|missing|empty|is null|no .* (?:passed|specified)/i,
  'missing-one-of': /required|not (?:been )?(?:passed|specified|set|filled|provided|defined)|missing|empty|is null/i,
  type: /invalid|incorrect|wrong|must be|format|type|not a valid|not an? (?:integer|number|array)/i,
  enum: /invalid|incorrect|wrong|unknown value|not allowed|unsupported|must be one of/i,
  unknown: /$^/,
};

/** The names a problem is about. */
function problemParams(p: Problem): string[] {
  return p.kind === 'missing-one-of' ? p.params : [p.param];
}

/**
 * The method's own documented error for a problem, when one clearly fits: its message or description
 * names the param and uses the problem's words ("`LIST_ID` is not found", "ID is not defined or invalid").
 * System errors are not the method's own. Returns the code to send: the documented one, else (the docs
 * give only the message) the `error` of the method's error example with that message, else "" — what the
 * portal sends then (api-reference/crm/contacts/crm-contact-get.md:480-481: `"error": ""`).
 */
export function documentedErrorFor(spec: MethodSpec, problem: Problem, catalog: MockCatalog): { entry: ErrorEntry; code: string } | undefined {
  const names: string[] = problemParams(problem).map((n) => n.split('.').at(-1)!.toLowerCase());
  const entry = spec.errors.find((e) => {
    if (e.code && catalog.systemErrors.has(e.code)) return false;
    const text = `${e.message ?? ''} ${e.description ?? ''}`;
    const words: string[] = text.toLowerCase().match(/[a-z0-9_]+/g) ?? [];
    return names.some((n) => words.includes(n)) && PROBLEM_WORDS[problem.kind].test(text);
  });
  if (!entry) return undefined;
  return { entry, code: entry.code ?? exampleCode(spec, entry.message) ?? '' };
}

/** The `error` an error example sends with this message (the docs' examples carry the code the tables leave out). */
function exampleCode(spec: MethodSpec, message: string | null): string | undefined {
  if (!message) return undefined;
  const norm = (t: unknown) =>
    String(t ?? '')
      .replace(/[.\s]+$/, '')
      .toLowerCase();
  for (const ex of spec.examples) {
    const j = ex.json as Record<string, unknown> | undefined;
    if (ex.kind === 'error' && j && typeof j === 'object' && typeof j['error'] === 'string' && norm(j['error_description']) === norm(message))
      return j['error'];
  }
  return undefined;
}

/** The message of a problem in the portal's words. */
export function problemMessage(p: Problem): string {
  switch (p.kind) {
    case 'missing':
      // Bitrix's ArgumentNullException text, as documented: api-reference/user/userfields/user-userfield-add.md:739
      return `Argument '${p.param}' is null or empty`;
    case 'missing-one-of':
      return `One of the arguments ${p.params.map((x) => `'${x}'`).join(', ')} is required`;
    case 'type':
      return `Argument '${p.param}' has an invalid value: ${p.expected} expected`;
    case 'enum':
      return `Argument '${p.param}' has an invalid value: expected one of ${p.allowed.join(', ')}`;
    case 'unknown':
      return `Unknown argument '${p.param}'`;
  }
}

/**
 * A REST 1 validation error: the method's own documented error when one fits, else `ERROR_ARGUMENT` with 400,
 * the code the docs give for a required param not passed or a value that is not valid
 * (api-reference/crm/call-list/crm-calllist-add.md:300, api-reference/user/user-add.md:369,
 * api-reference/user/userfields/user-userfield-add.md:739-740). An unknown param is the mock's own check
 * (the portal ignores most unknown params): it uses the same code so a typo fails the test that made it.
 */
export function rest1ValidationError(spec: MethodSpec, problem: Problem, catalog: MockCatalog): Answer {
  const own = documentedErrorFor(spec, problem, catalog);
  if (own) return restError(own.entry.status ?? 400, own.code, exampleMessage(spec, own.code, own.entry.message) ?? problemMessage(problem));
  return restError(400, 'ERROR_ARGUMENT', problemMessage(problem));
}

/** The message as the error example writes it (with its final period), else as the table does. */
function exampleMessage(spec: MethodSpec, code: string, message: string | null): string | null {
  const ex = spec.examples.find((e) => e.kind === 'error' && (e.json as Record<string, unknown> | undefined)?.['error'] === code);
  const d = (ex?.json as Record<string, unknown> | undefined)?.['error_description'];
  return typeof d === 'string' && message && d.toLowerCase().startsWith(message.toLowerCase()) ? d : message;
}

/** A REST 3.0 validation error (rest-v3.md:262-270, 278: VALIDATION_REQUESTVALIDATIONEXCEPTION, 400). */
export function v3ValidationError(problems: readonly Problem[]): Answer {
  const validation = problems.map((p) => {
    const field = problemParams(p).join('|');
    const message =
      p.kind === 'missing'
        ? `Required field \`${p.param}\` is not specified`
        : p.kind === 'missing-one-of'
          ? `One of the fields ${p.params.map((x) => `\`${x}\``).join(', ')} is required`
          : p.kind === 'unknown'
            ? `Unknown field \`${p.param}\``
            : p.kind === 'type'
              ? `Field \`${p.param}\` requires data type \`${p.expected === 'integer' ? 'int' : p.expected}\` for this request`
              : `Field \`${p.param}\` must be one of ${p.allowed.join(', ')}`;
    return { message, field };
  });
  return v3Error(400, 'BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION', 'Error validating request object', validation);
}

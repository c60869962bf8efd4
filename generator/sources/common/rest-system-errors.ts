/**
 * The 15 system errors any REST method may return, as `_includes/system-errors.md` documents them
 * (the table every method page includes under "Statuses and System Error Codes"). Modelled once here;
 * method specs point at it with `systemErrors: 'rest'` instead of copying it.
 *
 * Scraped pages keep only each row's explanation, reworded between page vintages, so a matcher
 * recognises an explanation by its content words rather than by exact text.
 */
import type { ErrorCatalogue, ErrorEntry } from '../../spec/schema.ts';
import { errorId } from '../../spec/ids.ts';
import { SPEC_VERSION } from '../../spec/schema.ts';

const FILE = '_includes/system-errors.md';

/** [line of the row in FILE, HTTP status, code, message, explanation (links and emphasis removed)] */
const ROWS: ReadonlyArray<readonly [number, number, string, string, string]> = [
  [
    10,
    500,
    'INTERNAL_SERVER_ERROR',
    'Internal server error',
    'An internal server error has occurred. Please contact the server administrator or Bitrix24 technical support',
  ],
  [
    12,
    500,
    'ERROR_UNEXPECTED_ANSWER',
    'Server returned an unexpected response',
    'An internal server error has occurred. Please contact the server administrator or Bitrix24 technical support',
  ],
  [14, 503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests', 'The request intensity limit has been exceeded'],
  [16, 405, 'ERROR_BATCH_METHOD_NOT_ALLOWED', 'Method is not allowed for batch usage', 'The current method is not permitted for calls using batch'],
  [18, 400, 'ERROR_BATCH_LENGTH_EXCEEDED', 'Max batch length exceeded', 'The maximum length of parameters passed to the batch method has been exceeded'],
  [20, 401, 'NO_AUTH_FOUND', 'Wrong authorization data', 'Invalid access token or webhook code'],
  [22, 400, 'INVALID_REQUEST', 'Https required', 'The HTTPS protocol is required for method calls'],
  [
    24,
    503,
    'OVERLOAD_LIMIT',
    'REST API is blocked due to overload',
    'The REST API is blocked due to overload. This is a manual individual block; please contact Bitrix24 technical support to lift it',
  ],
  [26, 403, 'ACCESS_DENIED', 'REST API is available only on commercial plans', 'The REST API is only available on commercial plans'],
  [
    28,
    403,
    'INVALID_CREDENTIALS',
    'Invalid request credentials',
    'The user associated with the access token or webhook used to call the method lacks the necessary permissions',
  ],
  [30, 404, 'ERROR_MANIFEST_IS_NOT_AVAILABLE', 'Manifest is not available', 'The manifest is not available'],
  [
    32,
    403,
    'insufficient_scope',
    'The request requires higher privileges than provided by the webhook token',
    'The request requires higher privileges than those provided by the webhook token',
  ],
  [34, 401, 'expired_token', 'The access token provided has expired', 'The provided access token has expired'],
  [
    36,
    403,
    'user_access_error',
    'The user does not have access to the application',
    'The user does not have access to the application. This means that the application is installed, but the portal administrator has restricted access to this application to specific users only',
  ],
  [
    38,
    500,
    'PORTAL_DELETED',
    'Portal was deleted',
    'The public part of the site is closed. To open the public part of the site on an on-premise installation, disable the "Temporary closure of the public part of the site" option. Path to the setting: Desktop > Settings > Product Settings > Module Settings > Main Module > Temporary closure of the public part of the site',
  ],
];

/** The shared REST system-error catalogue (specs/_shared/rest-errors.json). */
export const REST_SYSTEM_ERRORS: ErrorCatalogue = {
  specVersion: SPEC_VERSION,
  id: 'rest-system-errors',
  api: 'rest',
  errors: ROWS.map(([line, status, code, message, description]): ErrorEntry => ({
    id: errorId(code, message, description),
    code,
    status,
    message,
    description,
    source: { file: FILE, line, how: 'read', evidence: 'table' },
  })),
};

/** Words that carry no meaning for telling the rows apart. */
const STOP = new Set(
  'a an the is are was were be been has have had do does not of to for by on in at or and with this that these those it its please your you which than there'.split(
    ' ',
  ),
);

/** Content words, lower-cased and crudely stemmed so "calls"/"called"/"call" and "methods"/"method" meet. */
function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || STOP.has(raw)) continue;
    out.add(stem(raw));
  }
  return out;
}

function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Dice overlap of two word sets, 0..1. */
function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}

const INDEX = REST_SYSTEM_ERRORS.errors.map((e) => ({ entry: e, message: words(e.message ?? ''), description: words(e.description ?? '') }));

/** Below this overlap a scraped explanation is not taken for a system error (the reworded variants in the seeds score ≥ 0.72 against their entry and ≤ 0.5 against any other). */
const THRESHOLD = 0.6;

/**
 * The catalogue entry whose explanation (or message) a scraped row's wording matches, if any. Rows that
 * share one explanation (INTERNAL_SERVER_ERROR, ERROR_UNEXPECTED_ANSWER) resolve to the first.
 */
export function matchSystemError(explanation: string): ErrorEntry | undefined {
  const w = words(explanation);
  let best: { entry: ErrorEntry; score: number } | undefined;
  for (const item of INDEX) {
    const score = Math.max(dice(w, item.description), dice(w, item.message));
    if (score >= THRESHOLD && (!best || score > best.score)) best = { entry: item.entry, score };
  }
  return best?.entry;
}

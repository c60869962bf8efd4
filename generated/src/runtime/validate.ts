// Opt-in result validation against any `safeParse`-style validator (zod, valibot adapters, …). The
// runtime never imports a schema library; the generated package passes its zod schemas in.

/** One issue as zod (and Standard Schema) report it. */
export interface ValidatorIssue {
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }>;
  readonly message?: string;
  /** zod's `invalid_union`: the issues of each branch. */
  readonly errors?: ReadonlyArray<ReadonlyArray<ValidatorIssue>>;
}

/** Anything with a zod-compatible `safeParse`. */
export interface Validator {
  safeParse(data: unknown): { success: boolean; error?: { issues?: ReadonlyArray<ValidatorIssue> } | undefined };
}

/** A map from method (or Vibe operation) name to the validator of its result. */
export type ValidatorMap = { readonly [name: string]: Validator | undefined };

/** Runs the validator; on failure returns the first issue's path (e.g. `result.items[2].ID`) and message. */
export function checkResult(validator: Validator, value: unknown): { path: string; message: string } | undefined {
  const r = validator.safeParse(value);
  if (r.success) return undefined;
  const issue = r.error?.issues?.[0];
  const found = issue ? deepest(issue, issue.path ?? []) : undefined;
  return { path: formatPath(found?.path ?? []), message: found?.message ?? 'invalid value' };
}

type Path = ReadonlyArray<PropertyKey | { readonly key: PropertyKey }>;

/**
 * The issue to report: inside a union (the generated objects are `object | []`, PHP's empty array), the
 * branch issue that got furthest into the value (`result.ID: expected string`), not "Invalid input" at the root.
 */
function deepest(issue: ValidatorIssue, path: Path): { path: Path; message?: string | undefined } {
  let best: { path: Path; message?: string | undefined } = { path, message: issue.message };
  for (const branch of issue.errors ?? []) {
    const first = branch[0];
    if (!first) continue;
    const found = deepest(first, [...path, ...(first.path ?? [])]);
    if (found.path.length > best.path.length) best = found;
  }
  return best;
}

function formatPath(path: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }>): string {
  let out = 'result';
  for (const seg of path) {
    const key = typeof seg === 'object' && seg !== null ? seg.key : seg;
    out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  return out;
}

// Opt-in result validation against any `safeParse`-style validator (zod, valibot adapters, …). The
// runtime never imports a schema library; the generated package passes its zod schemas in.

/** One issue as zod (and Standard Schema) report it. */
export interface ValidatorIssue {
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }>;
  readonly message?: string;
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
  return { path: formatPath(issue?.path ?? []), message: issue?.message ?? 'invalid value' };
}

function formatPath(path: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }>): string {
  let out = 'result';
  for (const seg of path) {
    const key = typeof seg === 'object' && seg !== null ? seg.key : seg;
    out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  return out;
}

// Query-string encoders. Bitrix batch commands are parsed by PHP, so nested values use PHP's bracket
// syntax (filter[>=DATE_CREATE]=…, select[0]=ID). The Vibe API documents comma-joined arrays
// (include=company,requisite) and bracketed objects (filter[companyId]=15).

/**
 * A REST 1 param value as the portal receives it, whichever way it travels: the JSON body of `call` and
 * `list`, or a batch command's query string. A query string carries text only, so a boolean goes as PHP's
 * `http_build_query` writes it, "1"/"0", in both (PHP reads "1"/"0" as true/false under `(bool)`, `intval`
 * and `filter_var`); a Date as its ISO string. A boolean given for a Y/N flag was turned into its letter
 * before (`flagsAsYN`). Throws a TypeError on a cycle (the caller reports it as INVALID_ARGUMENT).
 */
export function wireValue(value: unknown, seen: Set<object> = new Set()): unknown {
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (value instanceof Date) return value.toISOString();
  if (value === null || typeof value !== 'object') return value;
  // An object that says how it serialises (toJSON) is left to JSON.stringify.
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
  if (seen.has(value)) throw new TypeError('params contain a cycle');
  seen.add(value);
  const out = Array.isArray(value) ? value.map((v) => wireValue(v, seen)) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wireValue(v, seen)]));
  seen.delete(value);
  return out;
}

/**
 * Turns a boolean given for a documented Y/N flag into `'Y'`/`'N'`, the letters the portal compares with
 * (`strtoupper($value) === 'Y'`: "1" would read as N). `paths` are the flags' param paths, dot-separated,
 * `[]` for array items, `*` for map values (`params.REGISTER_SONET_EVENT`, `fields.OPENED`); keys match in any case, as REST 1
 * reads them. Returns `params` itself when nothing changes.
 */
export function flagsAsYN(params: Record<string, unknown>, paths: readonly string[] | undefined): Record<string, unknown> {
  if (!paths || paths.length === 0) return params;
  let out = params;
  for (const path of paths) out = convertAt(out, path.split('.'), 0) as Record<string, unknown>;
  return out;
}

function convertAt(value: unknown, segs: readonly string[], i: number): unknown {
  if (i === segs.length) return typeof value === 'boolean' ? (value ? 'Y' : 'N') : value;
  const seg = segs[i]!;
  if (seg === '[]') {
    if (!Array.isArray(value)) return value;
    let changed = false;
    const next = value.map((v) => {
      const c = convertAt(v, segs, i + 1);
      changed ||= c !== v;
      return c;
    });
    return changed ? next : value;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const lower = seg.toLowerCase();
  let out: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(value)) {
    // `*`: every value of a map.
    if (seg !== '*' && k.toLowerCase() !== lower) continue;
    const c = convertAt(v, segs, i + 1);
    if (c !== v) (out ??= { ...(value as Record<string, unknown>) })[k] = c;
  }
  return out ?? value;
}

/** Encodes params the way PHP's http_build_query does: nested brackets, true/false as 1/0 (as `wireValue`), null/undefined/empty skipped. */
export function encodePhpQuery(params: Record<string, unknown>): string {
  const out: string[] = [];
  for (const [k, v] of Object.entries(params)) phpPair(encodeURIComponent(k), v, out);
  return out.join('&');
}

function phpPair(key: string, value: unknown, out: string[]): void {
  if (value === undefined || value === null || typeof value === 'function' || typeof value === 'symbol') return;
  if (value instanceof Date) return void out.push(`${key}=${encodeURIComponent(value.toISOString())}`);
  if (typeof value === 'boolean') return void out.push(`${key}=${wireValue(value) as string}`);
  if (typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (const [k, v] of entries) phpPair(`${key}[${encodeURIComponent(k)}]`, v, out);
    return;
  }
  out.push(`${key}=${encodeURIComponent(String(value))}`);
}

/** Encodes Vibe query params: arrays comma-joined, objects as key[sub]=…, undefined/null skipped. */
export function encodeVibeQuery(query: Record<string, unknown>): string {
  const out: string[] = [];
  for (const [k, v] of Object.entries(query)) vibePair(encodeURIComponent(k), v, out);
  return out.join('&');
}

function vibePair(key: string, value: unknown, out: string[]): void {
  if (value === undefined || value === null || typeof value === 'function' || typeof value === 'symbol') return;
  if (value instanceof Date) return void out.push(`${key}=${encodeURIComponent(value.toISOString())}`);
  if (Array.isArray(value)) {
    const parts = value.filter((v) => v !== undefined && v !== null).map((v) => encodeURIComponent(scalar(v)));
    if (parts.length > 0) out.push(`${key}=${parts.join(',')}`);
    return;
  }
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) vibePair(`${key}[${encodeURIComponent(k)}]`, v, out);
    return;
  }
  out.push(`${key}=${encodeURIComponent(scalar(value))}`);
}

function scalar(v: unknown): string {
  return v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v);
}

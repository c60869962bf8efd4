/**
 * PHP's `parse_str`, as the portal reads a query string or a form body: `a[b][0]=1` nests, a level whose
 * keys are 0, 1, 2… in order becomes an array. A batch command (`method?filter[>ID]=5&select[0]=ID`)
 * reaches the methods through this, so numbers and booleans arrive as text ("5", "1").
 */

/** Parse a query string (without the `?`) into nested params, PHP-style. */
export function parsePhpQuery(qs: string): Record<string, unknown> {
  // Levels without a prototype: a key such as `__proto__` or `constructor` is a key like any other (and
  // `__proto__[x]=1` cannot reach Object.prototype).
  const root: Record<string, unknown> = Object.create(null);
  for (const part of qs.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = decode(eq === -1 ? part : part.slice(0, eq));
    const value = eq === -1 ? '' : decode(part.slice(eq + 1));
    const m = /^([^[]+)((?:\[[^\]]*\])*)$/.exec(key);
    if (!m) continue;
    const path = [m[1]!, ...[...m[2]!.matchAll(/\[([^\]]*)\]/g)].map((x) => x[1]!)];
    let node = root;
    path.forEach((seg, i) => {
      // `a[]=x` appends, as in PHP.
      const k = seg === '' ? String(Object.keys(node).length) : seg;
      if (i === path.length - 1) node[k] = value;
      else {
        const next = node[k];
        node = (next && typeof next === 'object' ? next : (node[k] = Object.create(null))) as Record<string, unknown>;
      }
    });
  }
  return arrayify(root) as Record<string, unknown>;
}

/** A percent-decoded query component (`+` is a space); a malformed escape is kept as written. */
function decode(s: string): string {
  const t = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(t);
  } catch {
    return t;
  }
}

/** Levels keyed 0..n-1 in order become arrays (PHP has one array type; JSON tells lists from maps). */
function arrayify(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  const fixed = Object.fromEntries(keys.map((k) => [k, arrayify(o[k])]));
  if (keys.length > 0 && keys.every((k, i) => k === String(i))) return keys.map((k) => fixed[k]);
  return fixed;
}

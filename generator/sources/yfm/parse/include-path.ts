/**
 * Include path resolution. Targets are written relative to the including file (`../../../_includes/x.md`,
 * `./../…`, `.././…`), bare (`_includes/x.md`, which diplodoc resolves against the page but authors also
 * mean from the corpus root), or absolute from the docs root (`/_includes/x.md`).
 */

/** Normalise a slash path: drop `.` and empty segments, apply `..`; null when it climbs above the root. */
export function normalizePath(p: string): string | null {
  const out: string[] = [];
  for (const seg of p.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(seg);
  }
  return out.join('/');
}

function dirOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

/** Strip a `#fragment` or `?query` from an include target (diplodoc's section includes are not modelled). */
export function splitTarget(target: string): { path: string; hash: string | null } {
  const q = target.search(/[?#]/);
  if (q < 0) return { path: target, hash: null };
  const hash = target.indexOf('#', q);
  return { path: target.slice(0, q), hash: hash < 0 ? null : target.slice(hash + 1) };
}

/** Corpus-relative candidates for an include target seen in `fromFile`, in the order to try them. */
export function includeCandidates(fromFile: string, target: string): string[] {
  const { path } = splitTarget(target.trim());
  if (!path) return [];
  const out: string[] = [];
  const add = (p: string | null): void => {
    if (p && !out.includes(p)) out.push(p);
  };
  if (path.startsWith('/')) {
    add(normalizePath(path));
    return out;
  }
  const base = dirOf(normalizePath(fromFile) ?? fromFile);
  add(normalizePath(base ? `${base}/${path}` : path));
  // A bare path ("_includes/x.md") is tried from the page first, then from the corpus root.
  if (!path.startsWith('./') && !path.startsWith('../')) add(normalizePath(path));
  return out;
}

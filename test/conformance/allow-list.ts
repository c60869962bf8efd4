/** The allow-list format of the response-conformance tests: `verdict | spec id | path glob | why`, `#` comments. */

/** One justified line. */
export interface AllowLine {
  /** 1-based line in the file. */
  line: number;
  text: string;
  verdict: string;
  specId: string;
  /** The path (or, for `skipped`, the example id) as a glob: `*` is any run of characters. */
  path: RegExp;
  why: string;
}

/** Parse the file; a line without all four parts or without a reason is an error (every line must say why). */
export function parseAllowList(text: string): AllowLine[] {
  const out: AllowLine[] = [];
  text.split('\n').forEach((raw, i) => {
    const t = raw.trim();
    if (t === '' || t.startsWith('#')) return;
    const parts = t.split(' | ');
    const [verdict, specId, path] = parts;
    const why = parts.slice(3).join(' | ').trim();
    if (!verdict || !specId || !path || why === '') throw new Error(`allow-list line ${i + 1}: want "verdict | spec id | path | why": ${t}`);
    out.push({ line: i + 1, text: t, verdict, specId, path: globRegExp(path), why });
  });
  return out;
}

/** True when the line allows a mismatch (or skipped example) of this verdict, spec and path. */
export function allowedBy(a: AllowLine, verdict: string, specId: string, path: string): boolean {
  return a.verdict === verdict && a.specId === specId && a.path.test(path);
}

/** A glob where `*` is any run of characters and everything else is literal. */
function globRegExp(glob: string): RegExp {
  return new RegExp(
    `^${glob
      .split('*')
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
}

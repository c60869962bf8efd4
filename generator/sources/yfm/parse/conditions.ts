/**
 * Liquid conditions (`{% if %}` / `{% elsif %}` / `{% else %}` / `{% endif %}`). diplodoc evaluates them
 * on the raw text before markdown parsing, so this is a text pass too. Dropped text is blanked (every
 * character but line breaks becomes a space) instead of removed, so every later line keeps its number.
 */
import type { Warning } from '../../../spec/schema.ts';

const TAG = /\{%-?\s*(if|elsif|else|endif)\b([^%]*?)-?%\}/g;

/** Whether a condition holds for the production build: only `build == 'dev'` is known false. */
export function conditionHolds(expr: string): boolean {
  const e = expr.trim();
  if (/^build\s*==\s*['"]dev['"]$/.test(e)) return false;
  if (/^build\s*!=\s*['"]dev['"]$/.test(e)) return true;
  // Unknown conditions keep their body: dropping documented content is worse than showing a variant.
  return true;
}

interface Frame {
  /** Offset where the current branch's kept/dropped span starts. */
  branchStart: number;
  /** Whether the current branch is kept. */
  keep: boolean;
  /** Whether an earlier branch of this if/elsif chain was taken. */
  taken: boolean;
  /** Whether the enclosing context is kept at all. */
  outerKeep: boolean;
  line: number;
}

function blank(chars: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const c = chars[i];
    if (c !== '\n' && c !== '\r') chars[i] = ' ';
  }
}

/** Resolve liquid conditions: blank dev-only branches and all condition tags; warn on unbalanced tags. */
export function applyConditions(text: string, file: string, warnings: Warning[]): string {
  if (!text.includes('{%')) return text;
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  let chars: string[] | null = null;
  const stack: Frame[] = [];
  const lineAt = makeLineAt(text);
  while ((m = TAG.exec(text)) !== null) {
    chars ??= Array.from({ length: text.length }, (_, i) => text[i] ?? '');
    const kind = m[1];
    const start = m.index;
    const end = start + m[0].length;
    const top = stack[stack.length - 1];
    const keepHere = top ? top.keep && top.outerKeep : true;
    if (kind === 'if') {
      const keep = conditionHolds(m[2] ?? '');
      stack.push({ branchStart: end, keep, taken: keep, outerKeep: keepHere, line: lineAt(start) });
    } else if (!top) {
      warnings.push({ code: 'yfm-condition-stray', message: `"{% ${kind} %}" without an open "{% if %}"; tag ignored`, file, line: lineAt(start) });
    } else if (kind === 'endif') {
      if (!top.keep) blank(chars, top.branchStart, start);
      stack.pop();
    } else {
      // elsif / else: close the current branch, open the next one.
      if (!top.keep) blank(chars, top.branchStart, start);
      const keep = !top.taken && (kind === 'else' || conditionHolds(m[2] ?? ''));
      top.taken ||= keep;
      top.keep = keep;
      top.branchStart = end;
    }
    blank(chars, start, end);
  }
  for (const f of stack) {
    // Unterminated: keep the body rather than swallow the rest of the page.
    warnings.push({ code: 'yfm-condition-unclosed', message: '"{% if %}" without "{% endif %}"; its body is kept', file, line: f.line });
  }
  return chars ? chars.join('') : text;
}

function makeLineAt(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * Documented error codes. Errors the docs give no code for are left out: code cannot branch on them, and
 * their ids are slugs of wording that changes with every edit (docs/diff-notes.md).
 */
import { compareStrings } from '../../spec/canonical.ts';
import type { ErrorEntry } from '../../spec/schema.ts';
import type { RuleModule } from '../rule.ts';
import { sourceOf } from '../rule.ts';
import type { DraftChange } from '../report-schema.ts';

function byCode(errors: readonly ErrorEntry[]): Map<string, ErrorEntry[]> {
  const out = new Map<string, ErrorEntry[]>();
  for (const e of errors) if (e.code !== null) out.set(e.code, [...(out.get(e.code) ?? []), e]);
  return out;
}

const statuses = (es: readonly ErrorEntry[]) => [...new Set(es.map((e) => e.status).filter((s): s is number => s !== null))].sort((a, b) => a - b);

export const errorRules: RuleModule = {
  name: 'errors',
  rules: [
    { id: 'error-added', severity: 'info', bump: 'minor', summary: 'A documented error code appears' },
    { id: 'error-removed', severity: 'warning', bump: 'patch', summary: 'A documented error code is gone (code comparing against it may stop compiling)' },
    { id: 'error-status-changed', severity: 'warning', bump: 'patch', summary: 'The HTTP status documented for an error code changed' },
  ],
  checkMethod({ old, new: now }) {
    const before = byCode(old.spec.errors);
    const after = byCode(now.spec.errors);
    const out: DraftChange[] = [];
    for (const code of [...new Set([...before.keys(), ...after.keys()])].sort(compareStrings)) {
      const a = before.get(code);
      const b = after.get(code);
      const path = `errors.${code}`;
      if (!a && b) out.push({ rule: 'error-added', path, message: `error ${code} added`, new: code, newSource: sourceOf(b[0]?.source) });
      else if (a && !b) out.push({ rule: 'error-removed', path, message: `error ${code} removed`, old: code, oldSource: sourceOf(a[0]?.source) });
      else if (a && b) {
        const sa = statuses(a);
        const sb = statuses(b);
        if (sa.length && sb.length && sa.join(',') !== sb.join(',')) {
          out.push({
            rule: 'error-status-changed',
            path,
            message: `error ${code} status changed from ${sa.join('/')} to ${sb.join('/')}`,
            old: sa,
            new: sb,
            oldSource: sourceOf(a[0]?.source),
            newSource: sourceOf(b[0]?.source),
          });
        }
      }
    }
    return out;
  },
};

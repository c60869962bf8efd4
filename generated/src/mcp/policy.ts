// Which methods the server may call. Read-only by default; writes only with --allow-writes or an allow-list that
// names them. A pattern is a method glob (`crm.deal.*`, `*.delete`) or, without a dot, a scope (`crm`, `task`),
// which matches every method whose documented scope or namespace it is. A deny always wins. A glob is tried on the
// catalogue name and on the documented one, so `*.delete` covers a REST 3.0 `…delete@v3` too and `*@v3` picks REST 3.0.

import type { IndexEntry } from './catalogue-types.js';
import { documentedName, namespaceOfMethod } from './names.js';

/** The server's call policy. */
export interface Policy {
  allowWrites: boolean;
  /** When set, only methods matching one of these may be called (reads too), and matching writes are allowed. */
  allow?: readonly string[] | undefined;
  deny?: readonly string[] | undefined;
}

function globRegExp(glob: string): RegExp {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 'i');
}

/** Whether a pattern matches a method (by name glob, or by scope or namespace when the pattern has no dot). */
export function matches(pattern: string, name: string, entry: Pick<IndexEntry, 'scope'> | undefined): boolean {
  if (!pattern.includes('.') && !pattern.includes('*')) {
    const p = pattern.toLowerCase();
    return namespaceOfMethod(name) === p || (entry?.scope.some((s) => s.toLowerCase() === p) ?? false);
  }
  const re = globRegExp(pattern);
  return re.test(name) || re.test(documentedName(name));
}

/** Why a call is refused, or undefined when the policy lets it through. `entry` undefined: not in the catalogue (a write). */
export function refusal(policy: Policy, name: string, entry: IndexEntry | undefined): string | undefined {
  const access = entry?.access ?? 'write';
  if (policy.deny?.some((p) => matches(p, name, entry))) return `${name} is denied by the server's --deny list`;
  const listed = policy.allow?.some((p) => matches(p, name, entry));
  if (policy.allow && !listed) return `${name} is not in the server's --allow list`;
  if (access === 'write' && !policy.allowWrites && !listed) {
    return `${name} changes portal data and the server is read-only: start it with --allow-writes, or --allow ${name}`;
  }
  return undefined;
}

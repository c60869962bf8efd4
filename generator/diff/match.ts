/**
 * Identity across snapshots. Methods match by their spec id (lower-cased name + REST version, or the
 * Vibe verb and path), so a page that moved is the same method. Values inside a method match by path,
 * then by path ignoring case (one case-only rename), then as likely renames: a removed and an added
 * value under the same parent with the same type and the same description. Pure.
 */
import type { MethodSpec } from '../spec/schema.ts';
import { compareStrings } from '../spec/canonical.ts';
import type { MethodModel, ValueNode } from './model.ts';
import { tokenText } from './lattice.ts';

/** How two values (or methods) were found to be the same. */
export type MatchHow = 'same' | 'case' | 'renamed';

export interface NodePair {
  old: ValueNode;
  new: ValueNode;
  /** `case`/`renamed`: this node's own name changed; `same`: its name is unchanged (an ancestor may have been renamed). */
  how: MatchHow;
}

/** The values of one side of a method (params or result) matched across snapshots. */
export interface NodeMatch {
  pairs: NodePair[];
  /** Removed values whose parent still exists (the topmost removal of a subtree). */
  removed: ValueNode[];
  /** Added values whose parent existed before (the topmost addition of a subtree). */
  added: ValueNode[];
}

/** Match the nodes of two flattened sides. */
export function matchNodes(before: ReadonlyMap<string, ValueNode>, after: ReadonlyMap<string, ValueNode>): NodeMatch {
  const pairs: NodePair[] = [];
  // old path → new path, for the nodes matched so far (children of a renamed node follow it).
  const mapped = new Map<string, string>();
  const unmatchedNew = new Map(after);
  const oldNodes = [...before.values()].sort((a, b) => depthOf(a.path) - depthOf(b.path) || compareStrings(a.path, b.path));
  const leftOld: ValueNode[] = [];
  // Parents come before children, so a child's parent is already mapped when the child is looked at.
  for (const o of oldNodes) {
    const parent = o.parent === '' ? '' : mapped.get(o.parent);
    if (parent === undefined) {
      leftOld.push(o);
      continue;
    }
    const wanted = o.parent === '' ? o.path : `${parent}${o.path.slice(o.parent.length)}`;
    const n = unmatchedNew.get(wanted) ?? caseTwin(unmatchedNew, parent, o);
    if (!n) {
      leftOld.push(o);
      continue;
    }
    unmatchedNew.delete(n.path);
    mapped.set(o.path, n.path);
    pairs.push({ old: o, new: n, how: n.name === o.name ? 'same' : 'case' });
  }
  // Likely renames among what is left: same parent, same type, same (non-empty) description, one candidate each way.
  const removed: ValueNode[] = [];
  for (const o of leftOld) {
    if (mapped.has(o.path)) continue; // followed its renamed parent
    const parent = o.parent === '' ? '' : mapped.get(o.parent);
    if (parent === undefined) continue; // under a removed node: the topmost removal says it
    const candidates = [...unmatchedNew.values()].filter((n) => n.parent === parent && sameShape(o, n));
    const rivals = leftOld.filter((x) => x !== o && x.parent === o.parent && candidates.some((n) => sameShape(x, n)));
    const n = candidates.length === 1 && rivals.length === 0 ? candidates[0] : undefined;
    if (!n) {
      removed.push(o);
      continue;
    }
    unmatchedNew.delete(n.path);
    mapped.set(o.path, n.path);
    pairs.push({ old: o, new: n, how: 'renamed' });
    // The renamed node's subtree follows it.
    for (const child of leftOld) {
      if (!isBelow(child.path, o.path)) continue;
      const twin = unmatchedNew.get(`${n.path}${child.path.slice(o.path.length)}`);
      if (!twin) continue;
      unmatchedNew.delete(twin.path);
      mapped.set(child.path, twin.path);
      pairs.push({ old: child, new: twin, how: 'same' });
    }
  }
  const newParents = new Set(mapped.values());
  const added = [...unmatchedNew.values()].filter((n) => n.parent === '' || newParents.has(n.parent));
  return { pairs, removed: removed.filter((o) => !mapped.has(o.path)), added: added.sort((a, b) => compareStrings(a.path, b.path)) };
}

/**
 * Whether `path` lies inside the value at `holder`: a bare prefix test would take the sibling `NAME_X` for a
 * child of `NAME` (and pair it with `TITLE_X` when NAME is renamed to TITLE), so the next character must
 * start a field (`.`), items (`[]`) or map values (`{}`).
 */
function isBelow(path: string, holder: string): boolean {
  return path.length > holder.length && path.startsWith(holder) && '.[{'.includes(path.charAt(holder.length));
}

function depthOf(path: string): number {
  return path.split(/\.|\[\]|\{\}/).length;
}

/**
 * The one unmatched new node under `parent` whose name differs from the old node's only in case. Two such
 * nodes (`Id` → `ID` and `id`) are ambiguous, like rename candidates: taking the first would make the report
 * depend on the order the page lists its rows in.
 */
function caseTwin(unmatched: ReadonlyMap<string, ValueNode>, parent: string, o: ValueNode): ValueNode | undefined {
  const lower = o.name.toLowerCase();
  const twins = [...unmatched.values()].filter((n) => n.parent === (o.parent === '' ? '' : parent) && n.name.toLowerCase() === lower);
  return twins.length === 1 ? twins[0] : undefined;
}

/** Text compared as words: case, whitespace, punctuation, markdown emphasis and link targets do not count. */
export function comparableText(s: string): string {
  return s
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // a markdown link reads as its text: a moved link target is no rewording
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The name with case and separators dropped: `UF_CRM_TASK` and `ufCrmTask` are one spelling apart. */
const spelling = (name: string) => name.toLowerCase().replace(/[_-]/g, '');

/**
 * The evidence that a removed and an added value are one renamed value: the same type, and the same
 * described meaning or the same name spelt another way (SNAKE_CASE → camelCase).
 */
function sameShape(a: ValueNode, b: ValueNode): boolean {
  if (tokenText(a.token) !== tokenText(b.token)) return false;
  if (spelling(a.name) === spelling(b.name)) return true;
  const da = comparableText(a.description);
  return da.length > 0 && da === comparableText(b.description);
}

/** Methods of two snapshots matched by identity, then as likely renames. */
export interface MethodMatch {
  pairs: Array<{ old: MethodModel; new: MethodModel; how: 'same' | 'renamed' }>;
  removed: MethodModel[];
  added: MethodModel[];
}

/** Match the methods of two snapshots. */
export function matchMethods(before: readonly MethodModel[], after: readonly MethodModel[]): MethodMatch {
  const newById = new Map(after.map((m) => [m.spec.id, m]));
  const pairs: MethodMatch['pairs'] = [];
  const removedAll: MethodModel[] = [];
  for (const o of before) {
    const n = newById.get(o.spec.id);
    if (n) {
      pairs.push({ old: o, new: n, how: 'same' });
      newById.delete(o.spec.id);
    } else removedAll.push(o);
  }
  const removed: MethodModel[] = [];
  for (const o of removedAll) {
    const candidates = [...newById.values()].filter((n) => sameMethodShape(o, n));
    const rivals = removedAll.filter((x) => x !== o && candidates.some((n) => sameMethodShape(x, n)));
    const n = candidates.length === 1 && rivals.length === 0 ? candidates[0] : undefined;
    if (!n) {
      removed.push(o);
      continue;
    }
    newById.delete(n.spec.id);
    pairs.push({ old: o, new: n, how: 'renamed' });
  }
  return { pairs, removed, added: [...newById.values()] };
}

/** A renamed method: same API and REST version, same description, and the same param names. */
function sameMethodShape(a: MethodModel, b: MethodModel): boolean {
  const sa = a.spec;
  const sb = b.spec;
  if (sa.api !== sb.api || sa.restVersion !== sb.restVersion) return false;
  const da = comparableText(sa.description);
  if (da.length < 20 || da !== comparableText(sb.description)) return false;
  return paramNames(sa) === paramNames(sb);
}

function paramNames(s: MethodSpec): string {
  return s.params
    .map((p) => p.name.toLowerCase())
    .sort(compareStrings)
    .join(',');
}

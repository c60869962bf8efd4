/** Helpers the param and result rules share. */
import { tokenText, typeMove, type TypeMove } from '../lattice.ts';
import type { NodeMatch } from '../match.ts';
import type { ValueNode } from '../model.ts';
import type { DraftChange } from '../report-schema.ts';
import { exampleBasis, nodeSources, setDelta, shownPath } from '../rule.ts';

/** Array items and map values exist because of their holder's type: the type rules report them, not the presence rules. */
export function isStructural(n: ValueNode): boolean {
  return n.name === '[]' || n.name === '{}';
}

/** The path a change is reported at: the new path when the value still exists. */
export function reportedPath(o: ValueNode | undefined, n: ValueNode | undefined): string {
  return (n ?? o)!.path;
}

/** The rule ids a presence module reports under. */
export interface PresenceIds {
  added: (n: ValueNode) => string;
  removed: string;
  renamed: string;
  caseChanged: string;
}

/** Values added, removed, renamed, or renamed in case only, reported under `ids`; `noun` names the value in messages. */
export function presenceChanges(match: NodeMatch, ids: PresenceIds, noun: string): DraftChange[] {
  const out: DraftChange[] = [];
  for (const n of match.added) {
    if (isStructural(n)) continue;
    const { note, ...basis } = exampleBasis(n.source);
    out.push({
      rule: ids.added(n),
      path: n.path,
      message: `${noun} ${shownPath(n.path)} added${n.required ? ' (required)' : ''}${note}`,
      new: n.name,
      ...basis,
      ...nodeSources(undefined, n),
    });
  }
  for (const o of match.removed) {
    if (isStructural(o)) continue;
    const { note, ...basis } = exampleBasis(o.source);
    out.push({ rule: ids.removed, path: o.path, message: `${noun} ${shownPath(o.path)} removed${note}`, old: o.name, ...basis, ...nodeSources(o, undefined) });
  }
  for (const p of match.pairs) {
    if (p.how === 'same') continue;
    const rule = p.how === 'case' ? ids.caseChanged : ids.renamed;
    const what = p.how === 'case' ? 'renamed in case only' : 'renamed';
    out.push({
      rule,
      path: p.new.path,
      message: `${noun} ${shownPath(p.old.path)} ${what} to ${p.new.name}`,
      old: p.old.name,
      new: p.new.name,
      ...nodeSources(p.old, p.new),
    });
  }
  return out;
}

/** Type moves of matched values, reported under `ids` (params and results read widening oppositely). */
export function typeChanges(match: NodeMatch, ids: Record<Exclude<TypeMove, 'same'>, string>, noun: string): DraftChange[] {
  const out: DraftChange[] = [];
  for (const p of match.pairs) {
    const move = typeMove(p.old.token, p.new.token);
    if (move === 'same') continue;
    const from = tokenText(p.old.token);
    const to = tokenText(p.new.token);
    out.push({
      rule: ids[move],
      path: p.new.path,
      message: `${noun} ${shownPath(p.new.path)} type ${move} from ${from} to ${to}`,
      old: from,
      new: to,
      ...nodeSources(p.old, p.new),
    });
  }
  return out;
}

/** Values added to or removed from closed enums that stayed enums, one change per value. */
export function enumChanges(match: NodeMatch, ids: { added: string; removed: string }, noun: string): DraftChange[] {
  const out: DraftChange[] = [];
  for (const p of match.pairs) {
    if (!p.old.enumValues || !p.new.enumValues) continue;
    const { added, removed } = setDelta(p.old.enumValues, p.new.enumValues);
    const at = { path: p.new.path, ...nodeSources(p.old, p.new) };
    const shown = `${noun} ${shownPath(p.new.path)} enum value`;
    for (const v of added) out.push({ rule: ids.added, message: `${shown} ${v} added`, new: JSON.parse(v), ...at });
    for (const v of removed) out.push({ rule: ids.removed, message: `${shown} ${v} removed`, old: JSON.parse(v), ...at });
  }
  return out;
}

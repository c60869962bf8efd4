/**
 * `b24gen diff --surface`: two generated/api.md texts → what users' code will feel, one change per export
 * or member, each with its rule and severity (the report's semver follows). Pure; the grammar is read by
 * surface-lines.ts.
 *
 * Inputs and outputs are told apart by the name alone, which is reliable because the plan reserves the
 * method type suffixes (targets/plan/naming.ts METHOD_TYPE_SUFFIXES) and a named type that would end like
 * one gets "Type" appended:
 * - inputs (Params, Path, Query, Body; Filter, Order, Select inside list params) are written by users: a new required member, a member becoming
 *   required, or a removed member (an excess property in their literal) breaks their code; a member
 *   becoming optional only relaxes it.
 * - outputs (Result, Item) are read by users: a removed member, or a member becoming optional (strict null
 *   checks make them test it), breaks their code; a new member, or one becoming required, does not.
 * - every other type (named doc types, FilterValues catalogues) may be read or written, so a change of
 *   optionality is a warning to review; a new required member is reported as an addition (info), as
 *   these types mostly describe documented objects users read.
 */
import type { MethodTypeSuffix } from '../targets/plan/naming.ts';
import { fingerprint } from './fingerprint.ts';
import type { Change, DraftChange } from './report-schema.ts';
import type { RuleInfo } from './rule.ts';
import { parseApiMd, unionMembers, type SurfaceEntry, type SurfaceMember } from './surface-lines.ts';

/** Every change kind the surface differ reports. */
export const SURFACE_RULES: readonly RuleInfo[] = [
  { id: 'export-added', severity: 'info', bump: 'minor', summary: 'A new exported name' },
  { id: 'export-removed', severity: 'breaking', bump: 'patch', summary: 'An exported name is gone: imports of it stop compiling' },
  { id: 'export-kind-changed', severity: 'breaking', bump: 'patch', summary: 'An export changed kind (interface, type, const, function)' },
  { id: 'export-moved', severity: 'warning', bump: 'patch', summary: 'An export moved to another module: deep imports of the old module break' },
  { id: 'member-added-required', severity: 'breaking', bump: 'patch', summary: 'A required member was added to an input (Params, Path, Query, Body)' },
  { id: 'member-added', severity: 'info', bump: 'minor', summary: 'A required member was added to an output or another type' },
  { id: 'member-added-optional', severity: 'info', bump: 'minor', summary: 'An optional member was added' },
  { id: 'member-removed', severity: 'breaking', bump: 'patch', summary: 'A member was removed' },
  { id: 'member-became-required', severity: 'breaking', bump: 'patch', summary: 'A member of an input became required' },
  { id: 'member-became-optional', severity: 'breaking', bump: 'patch', summary: 'A member of an output (Result, Item) became optional: readers must check it' },
  {
    id: 'member-optionality-relaxed',
    severity: 'info',
    bump: 'patch',
    summary: 'A member of an input became optional, or one of an output required',
  },
  { id: 'member-optionality-changed', severity: 'warning', bump: 'patch', summary: 'A member of a type used both ways changed optionality' },
  { id: 'member-types-changed', severity: 'warning', bump: 'patch', summary: 'Same members, other member types (#hash): review with the spec diff' },
  { id: 'type-alias-changed', severity: 'warning', bump: 'patch', summary: "A type alias's text changed" },
  {
    id: 'type-union-member-removed',
    severity: 'breaking',
    bump: 'patch',
    summary: 'A union type alias lost a member and gained none (for an output: a literal member)',
  },
  { id: 'const-member-removed', severity: 'breaking', bump: 'patch', summary: 'A const object (error codes) lost a member' },
  { id: 'const-member-added', severity: 'info', bump: 'minor', summary: 'A const object (error codes) gained a member' },
  { id: 'schema-changed', severity: 'info', bump: 'patch', summary: "A zod schema's text changed (its type's change is reported on the type)" },
  { id: 'signature-changed', severity: 'warning', bump: 'patch', summary: "A function's or other export's signature text changed" },
];

const SEVERITY_OF = new Map(SURFACE_RULES.map((r) => [r.id, r.severity]));

type Role = 'input' | 'output' | 'other';
const INPUT_SUFFIXES: readonly MethodTypeSuffix[] = ['Params', 'Path', 'Query', 'Body', 'Filter', 'Order', 'Select'];
const OUTPUT_SUFFIXES: readonly MethodTypeSuffix[] = ['Result', 'Item'];

/** Whether users write a type (input), read it (output), or either (see the module comment). */
export function roleOf(name: string): Role {
  if (INPUT_SUFFIXES.some((s) => name.endsWith(s))) return 'input';
  if (OUTPUT_SUFFIXES.some((s) => name.endsWith(s))) return 'output';
  return 'other';
}

/** The changes from one api.md text to another; throws an Error naming the line of an unparsable line. */
export function surfaceChanges(oldApiMd: string, newApiMd: string): Change[] {
  const before = parseApiMd(oldApiMd);
  const after = parseApiMd(newApiMd);
  const out: Change[] = [];
  const { pairs, removed, added } = pairEntries(before, after);
  for (const o of removed)
    out.push(change(o, { rule: 'export-removed', path: '', message: `${o.kind} ${o.name} was removed from ${o.module}`, old: o.kind }, o));
  for (const n of added)
    out.push(change(n, { rule: 'export-added', path: '', message: `${n.kind} ${n.name} was added to ${n.module}`, new: n.kind }, undefined, n));
  for (const [o, n] of pairs) for (const d of entryChanges(o, n)) out.push(change(n, d, o, n));
  return out;
}

/**
 * Pair the exports of both sides: by name when the name is unique on each side (so a move between modules
 * is one change), else by module and name.
 */
function pairEntries(before: SurfaceEntry[], after: SurfaceEntry[]) {
  const count = (list: SurfaceEntry[]) => list.reduce((m, e) => m.set(e.name, (m.get(e.name) ?? 0) + 1), new Map<string, number>());
  const oldCount = count(before);
  const newCount = count(after);
  const keyOf = (e: SurfaceEntry) => (oldCount.get(e.name) === 1 && newCount.get(e.name) === 1 ? e.name : `${e.module}\u0000${e.name}`);
  const newByKey = new Map(after.map((e) => [keyOf(e), e]));
  const pairs: Array<[SurfaceEntry, SurfaceEntry]> = [];
  const removed: SurfaceEntry[] = [];
  for (const o of before) {
    const n = newByKey.get(keyOf(o));
    if (n) {
      pairs.push([o, n]);
      newByKey.delete(keyOf(o));
    } else removed.push(o);
  }
  return { pairs, removed, added: [...newByKey.values()] };
}

/** What changed between two lines of the same export. */
function entryChanges(o: SurfaceEntry, n: SurfaceEntry): DraftChange[] {
  const out: DraftChange[] = [];
  if (o.module !== n.module)
    out.push({ rule: 'export-moved', path: '', message: `${n.name} moved from ${o.module} to ${n.module}`, old: o.module, new: n.module });
  if (o.kind !== n.kind) {
    out.push({ rule: 'export-kind-changed', path: '', message: `${n.name} changed from ${o.kind} to ${n.kind}`, old: o.kind, new: n.kind });
    return out;
  }
  if (o.members && n.members) return [...out, ...(n.kind === 'const' ? constMemberChanges(o.members, n.members, n) : memberChanges(o, n))];
  if (o.text === n.text && o.hash === n.hash) return out;
  return [...out, textChange(o, n)];
}

/** Codes added to or removed from a const object (the error-code "enums"). */
function constMemberChanges(before: SurfaceMember[], after: SurfaceMember[], n: SurfaceEntry): DraftChange[] {
  const had = new Set(before.map((m) => m.name));
  const has = new Set(after.map((m) => m.name));
  return [
    ...[...had].filter((c) => !has.has(c)).map((c) => ({ rule: 'const-member-removed', path: `members.${c}`, message: `${n.name}.${c} was removed`, old: c })),
    ...[...has].filter((c) => !had.has(c)).map((c) => ({ rule: 'const-member-added', path: `members.${c}`, message: `${n.name}.${c} was added`, new: c })),
  ];
}

/** Members added, removed or changed in optionality, judged by the type's role; then the member types' hash. */
function memberChanges(o: SurfaceEntry, n: SurfaceEntry): DraftChange[] {
  const role = roleOf(n.name);
  const before = new Map((o.members ?? []).map((m) => [m.name, m]));
  const after = new Map((n.members ?? []).map((m) => [m.name, m]));
  const out: DraftChange[] = [];
  for (const [name, m] of before) {
    if (!after.has(name)) out.push({ rule: 'member-removed', path: `members.${name}`, message: `${n.name}.${name} was removed`, old: shown(m) });
  }
  for (const [name, m] of after) {
    const was = before.get(name);
    const path = `members.${name}`;
    if (!was) {
      const rule = m.optional ? 'member-added-optional' : role === 'input' ? 'member-added-required' : 'member-added';
      out.push({ rule, path, message: `${n.name}.${name} was added${m.optional ? ' (optional)' : ''}`, new: shown(m) });
    } else if (was.optional !== m.optional) {
      const rule = optionalityRule(role, m.optional);
      out.push({ rule, path, message: `${n.name}.${name} became ${m.optional ? 'optional' : 'required'}`, old: shown(was), new: shown(m) });
    }
  }
  // The hash covers the member types only, so it tells a type change apart only when the members stay the same.
  const sameNames = before.size === after.size && [...before.keys()].every((k) => after.has(k));
  if (sameNames && o.hash !== n.hash)
    out.push({ rule: 'member-types-changed', path: '', message: `member types of ${n.name} changed (review with the spec diff)`, old: o.hash, new: n.hash });
  return out;
}

const shown = (m: SurfaceMember) => `${m.name}${m.optional ? '?' : ''}`;

/** The rule for a member that became optional (`optional`) or required, by who uses the type. */
function optionalityRule(role: Role, optional: boolean): string {
  if (role === 'other') return 'member-optionality-changed';
  // Inputs break when a member turns required; outputs when one turns optional.
  const breaks = role === 'input' ? !optional : optional;
  if (!breaks) return 'member-optionality-relaxed';
  return optional ? 'member-became-optional' : 'member-became-required';
}

/** An opaque signature (type text, function type, schema note) that changed. */
function textChange(o: SurfaceEntry, n: SurfaceEntry): DraftChange {
  const old = signatureOf(o);
  const now = signatureOf(n);
  if (n.kind === 'type') {
    const lost = lostUnionMembers(o.text, n.text);
    // Writers of an input lose the value; readers of an output only feel a lost literal (comparing with it no longer compiles).
    if (lost.length > 0 && (roleOf(n.name) !== 'output' || lost.some((m) => LITERAL.test(m))))
      return { rule: 'type-union-member-removed', path: '', message: `type ${n.name} no longer includes ${lost.join(', ')}`, old, new: now };
    return { rule: 'type-alias-changed', path: '', message: `type ${n.name} changed`, old, new: now };
  }
  if (n.kind === 'const' && /^(schema|result) of /.test(o.text) && /^(schema|result) of /.test(n.text))
    return { rule: 'schema-changed', path: '', message: `${n.text} changed`, old, new: now };
  return { rule: 'signature-changed', path: '', message: `signature of ${n.kind} ${n.name} changed`, old, new: now };
}

const LITERAL = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?|true|false)$/;

/**
 * Members of the old union missing from the new one, only when the change is a pure removal: both texts split
 * reliably and the new union adds nothing (`A | B` → `A`). A member replaced by another text (`Record<string,
 * unknown>` → `Record<string, string>`) may be a narrowing or a rename, which the text cannot tell.
 */
function lostUnionMembers(before: string, after: string): string[] {
  const had = unionMembers(before);
  const has = unionMembers(after);
  if (!had || !has || had.length < 2 || !has.every((m) => had.includes(m))) return [];
  return had.filter((m) => !has.includes(m));
}

function signatureOf(e: SurfaceEntry): string {
  return e.hash ? `${e.text} #${e.hash}`.trim() : e.text;
}

/** A draft with the export's names, the rule's severity and its fingerprint. */
function change(about: SurfaceEntry, d: DraftChange, o?: SurfaceEntry, n?: SurfaceEntry): Change {
  const severity = SEVERITY_OF.get(d.rule);
  if (!severity) throw new Error(`the surface differ reported an unregistered change kind: ${d.rule}`);
  return {
    // The module is part of the id: a few names (coerce, Coerced) are exported by two modules.
    id: fingerprint([d.rule, about.module, about.name, d.path, d.old, d.new]),
    rule: d.rule,
    severity,
    api: 'surface',
    method: about.name,
    namespace: about.module,
    path: d.path,
    message: d.message,
    ...(d.old !== undefined ? { old: d.old } : {}),
    ...(d.new !== undefined ? { new: d.new } : {}),
    ...(o ? { oldSource: { file: 'api.md', line: o.line } } : {}),
    ...(n ? { newSource: { file: 'api.md', line: n.line } } : {}),
  };
}

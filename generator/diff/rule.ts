/** What a differ rule is: the changes it can report, with their default severity, and the check that finds them. */
import type { Provenance } from '../spec/schema.ts';
import type { MethodMatch, NodeMatch } from './match.ts';
import type { MethodModel, ValueNode } from './model.ts';
import type { DraftChange, Severity, SourceRef } from './report-schema.ts';

/** One kind of change a rule module reports. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  /** The package bump the change calls for when it is not breaking: an addition is minor, the rest a patch. */
  bump: 'minor' | 'patch';
  /** When the rule fires, for the README table and `--help`. */
  summary: string;
}

/** A method present in both snapshots, with its params and result values matched. */
export interface MethodPair {
  old: MethodModel;
  new: MethodModel;
  params: NodeMatch;
  result: NodeMatch;
  /** Report reworded descriptions too (`--include-docs`). */
  includeDocs: boolean;
}

/** A module of related rules: set-level checks see the whole method match, method-level ones one pair at a time. */
export interface RuleModule {
  name: string;
  rules: readonly RuleInfo[];
  checkSet?(match: MethodMatch): Array<DraftChange & { about: MethodModel }>;
  checkMethod?(pair: MethodPair): DraftChange[];
}

/** The file:line of a provenance, as a change cites it. */
export function sourceOf(p: Provenance | undefined): SourceRef | undefined {
  if (!p) return undefined;
  return p.line ? { file: p.file, line: p.line } : { file: p.file };
}

/** The sources of both sides of a matched value. */
export function nodeSources(o: ValueNode | undefined, n: ValueNode | undefined): Pick<DraftChange, 'oldSource' | 'newSource'> {
  return { ...(o ? { oldSource: sourceOf(o.source) } : {}), ...(n ? { newSource: sourceOf(n.source) } : {}) };
}

/** A value's path as a message quotes it: `fields.TITLE` for params, `result[].PHONE` for results. */
export function shownPath(path: string): string {
  return path.startsWith('params.') ? path.slice('params.'.length) : path;
}

/** Whether a fact rests on a response example only (link stage evidence "response-example…"). */
export function fromExample(p: Provenance | undefined): boolean {
  return p?.evidence?.startsWith('response-example') ?? false;
}

/** The `basis` a change carries when its fact rests on a response example, with the words its message ends in. */
export function exampleBasis(p: Provenance | undefined): { basis?: 'example'; note: string } {
  return fromExample(p) ? { basis: 'example', note: ' (shown in a response example)' } : { note: '' };
}

/** The members of `after` that `before` lacks, and those of `before` that `after` lacks, each in its own order. */
export function setDelta<T>(before: readonly T[], after: readonly T[]): { added: T[]; removed: T[] } {
  const a = new Set(before);
  const b = new Set(after);
  return { added: after.filter((x) => !a.has(x)), removed: before.filter((x) => !b.has(x)) };
}

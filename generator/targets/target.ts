/**
 * The contract between the pipeline and an output target: a target turns a spec set into files, purely
 * (no I/O, no clock, no formatting — the pipeline formats `typescript` files and writes them).
 */
import type { TextMemo } from '../core/text-memo.ts';
import type { SpecSet } from '../spec/spec-set.ts';

/** What a target gets besides the spec set. */
export interface TargetContext {
  /** Runtime source files (relative path → text) a target may copy into its output. */
  runtime: ReadonlyMap<string, string>;
  /** The MCP server's sources (relative path → text, generator/mcp-server); absent: the package has no MCP server. */
  mcp?: ReadonlyMap<string, string> | undefined;
  packageVersion: string;
  /**
   * A memo the caller keeps across runs: a text that stands for what a target prints (its structures,
   * serialised) → the printed text. Optional, and output is the same without it: it only saves printing.
   */
  printed?: TextMemo | undefined;
}

/** One output file; `none`: final text (runtime copied verbatim, JSON, Markdown). */
export interface EmittedFile {
  text: string;
  format: 'typescript' | 'none';
  /**
   * TypeScript only: the text cut between top-level statements into chunks that format apart as they do
   * together (`text` is their join by '\n'), so a run can reuse the formatting of every unchanged chunk.
   */
  chunks?: readonly string[];
}

/** An output target (the TypeScript client first; JSON Schema, OpenAPI, MCP later). */
export interface Target {
  readonly name: string;
  /** Relative output path → file. Pure: no I/O, no clock, no prettier. */
  emit(set: SpecSet, ctx: TargetContext): Map<string, EmittedFile>;
}

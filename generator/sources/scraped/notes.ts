/** The reader's notebook for one page: warnings and top-level facts, each citing the page file and a line. */
import type { Provenance, Warning } from '../../spec/schema.ts';

export interface Notes {
  readonly file: string;
  readonly warnings: Warning[];
  readonly facts: Record<string, Provenance>;
  /** Record a problem; it never stops reading. */
  warn(code: string, message: string, line?: number): void;
  /** Record where a top-level fact came from (first record wins, so the earliest evidence stays). */
  fact(key: string, source: Provenance): void;
  /** Provenance for something at `line` of this page. */
  at(line: number | undefined, how: Provenance['how'], evidence: string): Provenance;
}

/** A fresh notebook for `file`. Explicitly passed around: the reader keeps no module state. */
export function createNotes(file: string): Notes {
  const warnings: Warning[] = [];
  const facts: Record<string, Provenance> = {};
  return {
    file,
    warnings,
    facts,
    warn(code, message, line) {
      warnings.push(line !== undefined && line > 0 ? { code, message, file, line } : { code, message, file });
    },
    fact(key, source) {
      if (!(key in facts)) facts[key] = source;
    },
    at(line, how, evidence) {
      return line !== undefined && line > 0 ? { file, line, how, evidence } : { file, how, evidence };
    },
  };
}

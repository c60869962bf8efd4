/** One line of the coverage report per Vibe page. */
import type { ReaderOutput } from '../types.ts';
import { compareStrings } from '../../spec/serialize.ts';

export interface VibePageSummary {
  operations: number;
  entityTypes: string[];
  truncated: boolean;
  skipped?: string;
}

/** What a page yielded: operation count, named types declared, whether it was cut, why it was skipped. */
export function summarizeVibePage(output: ReaderOutput): VibePageSummary {
  const types = new Set(output.specs.flatMap((s) => s.types.map((t) => t.name)));
  const truncated = output.specs.some((s) => s.sources.some((f) => f.truncated === true)) || output.warnings.some((w) => w.code === 'truncated-page');
  return {
    operations: output.specs.length,
    entityTypes: [...types].sort(compareStrings),
    truncated,
    ...(output.skipped ? { skipped: output.skipped } : {}),
  };
}

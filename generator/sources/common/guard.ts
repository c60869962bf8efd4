/** The one guard around a reader: a bug in a reader costs one page, never the run. */
import type { ReaderOutput } from '../types.ts';

/** Run `read`; if it throws, the page yields no spec and a `reader-error` warning naming the reader and file. */
export function guardReader(reader: string, file: string, read: () => ReaderOutput): ReaderOutput {
  try {
    return read();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { specs: [], warnings: [{ code: 'reader-error', message: `the ${reader} reader failed on this page: ${message}`, file }], skipped: 'reader error' };
  }
}

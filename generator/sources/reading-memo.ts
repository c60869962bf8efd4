/**
 * A memo of page readings, so that a page read before is not read again: within one run (the differ reads
 * two versions of the same docs) and, persisted by the build cache, across runs. A reading is reused only
 * when the page's text is the same and every file it read through its context (its includes) still has
 * the same text: the reading is a pure function of those. Texts are compared by content hash.
 *
 * Readings are kept serialised (v8), so a stored reading can never be changed by the link stage that
 * owns what `lookup` returns, and a persisted memo costs no work for the pages a run does not ask for.
 */
import { deserialize, serialize } from 'node:v8';
import { sha256 } from '../core/hash.ts';
import { keepRecent } from '../core/recent.ts';
import type { PageReading } from './types.ts';
import type { ReadContext } from './index.ts';

/** One stored reading: the hashes of what it was read from, and the reading itself, serialised. */
export interface MemoEntry {
  /** Each file the reader asked for, with the hash of what it got (null: absent). */
  deps: Array<[string, string | null]>;
  reading: Uint8Array;
  /** The run that last used it: when the memo is saved, the least recently used entries go first. */
  used: number;
}

/** A memo shared by the readPages calls of one run, optionally loaded from and saved to the build cache. */
export class ReadingMemo {
  private readonly entries: Map<string, MemoEntry>;
  private readonly run: number;
  // Hashes of the files a context served, so a shared include is hashed once per run.
  private readonly depHashes = new WeakMap<ReadContext, Map<string, string | null>>();
  hits = 0;
  misses = 0;

  constructor(stored?: { entries: Map<string, MemoEntry>; run: number }) {
    this.entries = stored?.entries ?? new Map();
    this.run = (stored?.run ?? 0) + 1;
  }

  /** The stored reading of this page, when its text and every file it read are unchanged (a fresh copy). */
  lookup(path: string, text: string, ctx: ReadContext): PageReading | undefined {
    const e = this.entries.get(entryKey(path, text));
    if (!e || !e.deps.every(([p, h]) => this.depHash(ctx, p) === h)) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    e.used = this.run;
    return deserialize(e.reading) as PageReading;
  }

  /** Whether a reading of this page is stored and still valid (counts nothing, copies nothing). */
  has(path: string, text: string, ctx: ReadContext): boolean {
    const e = this.entries.get(entryKey(path, text));
    return e !== undefined && e.deps.every(([p, h]) => this.depHash(ctx, p) === h);
  }

  /** Store a reading made elsewhere (a worker thread) with the hashes of the files it read; counted as a miss. */
  put(path: string, text: string, deps: Array<[string, string | null]>, reading: PageReading): void {
    this.misses++;
    this.entries.set(entryKey(path, text), { deps, reading: serialize(reading), used: this.run });
  }

  /** A context that records what the reader reads, and the function that stores the reading with it. */
  recording(path: string, text: string, ctx: ReadContext): { ctx: ReadContext; store: (reading: PageReading) => void } {
    const { ctx: recorded, deps } = recordingContext(ctx);
    return { ctx: recorded, store: (reading) => this.entries.set(entryKey(path, text), { deps, reading: serialize(reading), used: this.run }) };
  }

  /** What to persist, and this run's number: this run's entries, then the most recently used others under `maxBytes`. */
  snapshot(maxBytes = 256 << 20): { entries: Map<string, MemoEntry>; run: number } {
    return { entries: keepRecent(this.entries, this.run, (e) => e.reading.byteLength, maxBytes), run: this.run };
  }

  private depHash(ctx: ReadContext, path: string): string | null {
    let seen = this.depHashes.get(ctx);
    if (!seen) this.depHashes.set(ctx, (seen = new Map()));
    let h = seen.get(path);
    if (h === undefined) {
      const v = ctx.readFile(path);
      seen.set(path, (h = v === undefined ? null : sha256(v)));
    }
    return h;
  }
}

/** A context that records each file read through it with the hash of what it got (null: absent). */
export function recordingContext(ctx: ReadContext): { ctx: ReadContext; deps: Array<[string, string | null]> } {
  const deps: Array<[string, string | null]> = [];
  const recorded: ReadContext = {
    readFile: (p) => {
      const v = ctx.readFile(p);
      deps.push([p, v === undefined ? null : sha256(v)]);
      return v;
    },
  };
  return { ctx: recorded, deps };
}

/** Entries are found by page path and content: two versions of one page (the differ's sides) live side by side. */
function entryKey(path: string, text: string): string {
  return `${path}\0${sha256(text)}`;
}

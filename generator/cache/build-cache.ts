/**
 * The persistent content-hash cache of `build` (and of anything else that reads doc trees, like `diff`):
 *   page text + the texts of the files it includes + generator fingerprint → the page's reading;
 *   unformatted file text + generator fingerprint → formatted text.
 * Every entry is found by content hashes, and the whole cache is keyed by the generator's fingerprint
 * (its sources and locked dependencies), so it is never stale after a generator change and is safe to
 * delete at any time. Files are replaced atomically: a killed run leaves the previous cache or none.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { sha256 } from '../core/hash.ts';
import { keepRecent } from '../core/recent.ts';
import { ReadingMemo, type MemoEntry } from '../sources/reading-memo.ts';
import { generatorFingerprint } from './build-stamp.mjs';

const READINGS_FILE = 'readings.v8';
const FORMATTED_FILE = 'formatted.v8';

/** Unformatted text → formatted text, by content hash; entries this run did not use go first when saved. */
export class FormatMemo {
  private readonly entries: Map<string, { text: string; used: number }>;
  private readonly run: number;

  constructor(stored?: { entries: Map<string, { text: string; used: number }>; run: number }) {
    this.entries = stored?.entries ?? new Map();
    this.run = (stored?.run ?? 0) + 1;
  }

  /** The formatted text of this unformatted text, when it was formatted before. */
  get(text: string): string | undefined {
    const e = this.entries.get(sha256(text));
    if (e) e.used = this.run;
    return e?.text;
  }

  /** Remember a formatting result. */
  set(text: string, formatted: string): void {
    this.entries.set(sha256(text), { text: formatted, used: this.run });
  }

  /** What to persist: this run's entries, then the most recently used others while under `maxBytes`. */
  snapshot(maxBytes = 128 << 20): { entries: Map<string, { text: string; used: number }>; run: number } {
    return { entries: keepRecent(this.entries, this.run, (e) => e.text.length, maxBytes), run: this.run };
  }
}

/** The cache folder's contents for the running generator. */
export class BuildCache {
  private constructor(
    readonly dir: string,
    readonly fingerprint: string,
    readonly readings: ReadingMemo,
    readonly formatted: FormatMemo,
  ) {}

  /** Open the cache in `dir`; entries written by another generator version, or unreadable, are ignored. */
  static async open(dir: string): Promise<BuildCache> {
    const fingerprint = generatorFingerprint();
    const readings = await load<{ entries: Map<string, MemoEntry>; run: number }>(join(dir, READINGS_FILE), fingerprint);
    const formatted = await load<{ entries: Map<string, { text: string; used: number }>; run: number }>(join(dir, FORMATTED_FILE), fingerprint);
    return new BuildCache(dir, fingerprint, new ReadingMemo(readings), new FormatMemo(formatted));
  }

  /** Write what this run used back to the folder, each file atomically. */
  async save(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await store(join(this.dir, READINGS_FILE), this.fingerprint, this.readings.snapshot());
    await store(join(this.dir, FORMATTED_FILE), this.fingerprint, this.formatted.snapshot());
  }
}

async function load<T>(file: string, fingerprint: string): Promise<T | undefined> {
  try {
    const stored = deserialize(await readFile(file)) as { fingerprint?: unknown; data?: T };
    return stored.fingerprint === fingerprint ? stored.data : undefined;
  } catch {
    // Absent, truncated by a crash outside our rename, or written by another Node: a cache miss.
    return undefined;
  }
}

async function store(file: string, fingerprint: string, data: unknown): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, serialize({ fingerprint, data }));
  await rename(tmp, file);
}

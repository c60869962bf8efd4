/**
 * The persistent content-hash cache of `build` (and of anything else that reads doc trees, like `diff`):
 *   page text + the texts of the files it includes + generator fingerprint → the page's reading;
 *   unformatted file text + generator fingerprint → formatted text (by chunk: format/index.ts);
 *   the structures of a chunk of generated code + generator fingerprint → its printed text;
 *   the spec files + generator fingerprint → the content hashes of the package files generated from them
 *   (so a run whose specs came out the same skips generation, once the output folder still holds those);
 *   the readings but for their sources' hashes + generator fingerprint → the content hashes of the spec
 *   files linked from them (so a run whose readings moved no fact skips link: pipeline/link-cutoff.ts).
 * Every entry is found by content hashes, and the whole cache is keyed by the generator's fingerprint
 * (its sources and locked dependencies), so it is never stale after a generator change and is safe to
 * delete at any time. Files are replaced atomically: a killed run leaves the previous cache or none.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { sha256 } from '../core/hash.ts';
import type { TextMemo } from '../core/text-memo.ts';
import { keepRecent } from '../core/recent.ts';
import { ReadingMemo, type MemoEntry } from '../sources/reading-memo.ts';
import { generatorFingerprint } from './build-stamp.mjs';

const READINGS_FILE = 'readings.v8';
const FORMATTED_FILE = 'formatted.v8';
const PRINTED_FILE = 'printed.v8';
const PACKAGES_FILE = 'packages.v8';
const LINKED_FILE = 'linked.v8';

/** A text → the text derived from it (unformatted → formatted; structures → printed), by content hash; entries this run did not use go first when saved. */
export class HashedTextMemo implements TextMemo {
  private readonly entries: Map<string, { text: string; used: number }>;
  private readonly run: number;
  /** Whether this run looked anything up or stored anything (else there is nothing new to save). */
  touched = false;

  constructor(stored?: { entries: Map<string, { text: string; used: number }>; run: number }) {
    this.entries = stored?.entries ?? new Map();
    this.run = (stored?.run ?? 0) + 1;
  }

  /** What was derived from this text, when it was before. */
  get(text: string): string | undefined {
    this.touched = true;
    const e = this.entries.get(sha256(text));
    if (e) e.used = this.run;
    return e?.text;
  }

  /** Remember what was derived from a text. */
  set(text: string, derived: string): void {
    this.touched = true;
    this.entries.set(sha256(text), { text: derived, used: this.run });
  }

  /** What to persist: this run's entries, then the most recently used others while under `maxBytes`. */
  snapshot(maxBytes = 128 << 20): { entries: Map<string, { text: string; used: number }>; run: number } {
    return { entries: keepRecent(this.entries, this.run, (e) => e.text.length, maxBytes), run: this.run };
  }
}

/** A set of output files (a generated package, the spec files): each file's path and content hash, by path. */
export type PackageHashes = ReadonlyArray<readonly [path: string, hash: string]>;

/** The digest of a stage's input → the files the stage gave from it (by content hash), the last few kept. */
export class PackageMemo {
  private readonly entries: Map<string, { files: PackageHashes; used: number }>;
  private readonly run: number;

  constructor(stored?: { entries: Map<string, { files: PackageHashes; used: number }>; run: number }) {
    this.entries = stored?.entries ?? new Map();
    this.run = (stored?.run ?? 0) + 1;
  }

  /** The files given from the input of this digest, when any were. */
  get(inputDigest: string): PackageHashes | undefined {
    const e = this.entries.get(inputDigest);
    if (e) e.used = this.run;
    return e?.files;
  }

  /** Remember the files (path → text) given from the input of this digest. */
  set(inputDigest: string, files: ReadonlyMap<string, string>): void {
    const hashes = [...files].map(([path, text]) => [path, sha256(text)] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.entries.set(inputDigest, { files: hashes, used: this.run });
  }

  /** What to persist: this run's entries and the most recent others, eight at most (~30 KB a package, ~0.3 MB a set of spec files). */
  snapshot(): { entries: Map<string, { files: PackageHashes; used: number }>; run: number } {
    return { entries: keepRecent(this.entries, this.run, () => 1, 8), run: this.run };
  }
}

/** The text memos generation uses (formatting and printing), loaded together. */
export interface TextMemos {
  formatted: HashedTextMemo;
  printed: HashedTextMemo;
}

/** The cache folder's contents for the running generator. */
export class BuildCache {
  private memos: Promise<TextMemos> | undefined;

  private constructor(
    readonly dir: string,
    readonly fingerprint: string,
    readonly readings: ReadingMemo,
    readonly packages: PackageMemo,
    readonly linked: PackageMemo,
  ) {}

  /** Open the cache in `dir`; entries written by another generator version, or unreadable, are ignored. */
  static async open(dir: string): Promise<BuildCache> {
    const fingerprint = generatorFingerprint();
    const readings = await load<{ entries: Map<string, MemoEntry>; run: number }>(join(dir, READINGS_FILE), fingerprint);
    type Files = ConstructorParameters<typeof PackageMemo>[0];
    const packages = await load<Files>(join(dir, PACKAGES_FILE), fingerprint);
    const linked = await load<Files>(join(dir, LINKED_FILE), fingerprint);
    return new BuildCache(dir, fingerprint, new ReadingMemo(readings), new PackageMemo(packages), new PackageMemo(linked));
  }

  /** The formatting and printing memos, read from the folder on first use: a run that skips generation never loads them (~36 MB on the corpus). */
  textMemos(): Promise<TextMemos> {
    this.memos ??= (async () => {
      type Texts = ConstructorParameters<typeof HashedTextMemo>[0];
      const formatted = await load<Texts>(join(this.dir, FORMATTED_FILE), this.fingerprint);
      const printed = await load<Texts>(join(this.dir, PRINTED_FILE), this.fingerprint);
      return { formatted: new HashedTextMemo(formatted), printed: new HashedTextMemo(printed) };
    })();
    return this.memos;
  }

  /** Write what this run used back to the folder, each file atomically. */
  async save(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await store(join(this.dir, READINGS_FILE), this.fingerprint, this.readings.snapshot());
    // A run that generated nothing (its package was kept) leaves the large text memos as they were.
    const memos = await this.memos;
    if (memos?.formatted.touched) await store(join(this.dir, FORMATTED_FILE), this.fingerprint, memos.formatted.snapshot());
    if (memos?.printed.touched) await store(join(this.dir, PRINTED_FILE), this.fingerprint, memos.printed.snapshot());
    await store(join(this.dir, PACKAGES_FILE), this.fingerprint, this.packages.snapshot());
    await store(join(this.dir, LINKED_FILE), this.fingerprint, this.linked.snapshot());
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

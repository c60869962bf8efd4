/**
 * A memo of page readings, so that a run that reads two versions of the same docs (the differ) reads each
 * unchanged page once. A reading is reused only when the page's text is the same and every file it read
 * through its context (its includes) still has the same text: the reading is a pure function of those.
 */
import type { PageReading } from './types.ts';
import type { ReadContext } from './index.ts';

interface Entry {
  text: string;
  /** Each file the reader asked for, with what it got (undefined: absent). */
  deps: Array<[string, string | undefined]>;
  reading: PageReading;
}

/** A memo shared by the readPages calls of one run. */
export class ReadingMemo {
  private readonly entries = new Map<string, Entry>();
  hits = 0;

  /** The stored reading of this page, when its text and every file it read are unchanged (a fresh copy). */
  lookup(path: string, text: string, ctx: ReadContext): PageReading | undefined {
    const e = this.entries.get(path);
    if (!e || e.text !== text || !e.deps.every(([p, v]) => ctx.readFile(p) === v)) return undefined;
    this.hits++;
    // A copy: the link stage owns the readings it is given.
    return structuredClone(e.reading);
  }

  /** A context that records what the reader reads, and the function that stores the reading with it. */
  recording(path: string, text: string, ctx: ReadContext): { ctx: ReadContext; store: (reading: PageReading) => void } {
    const deps: Array<[string, string | undefined]> = [];
    const recorded: ReadContext = {
      readFile: (p) => {
        const v = ctx.readFile(p);
        deps.push([p, v]);
        return v;
      },
    };
    return { ctx: recorded, store: (reading) => this.entries.set(path, { text, deps, reading: structuredClone(reading) }) };
  }
}

/**
 * The fuzzing harness of the readers (issue 13): inputs go through the public entries only (specSetFromPages:
 * readPages, then linkSpecSet); every document is validated against the zod schema, no two specs may map to
 * one file (specSetToFiles, which parse and build write with, would throw), and `violations` says what a run
 * did wrong. A run may yield no spec, but never a throw, never a reader
 * failure swallowed by a guard (`reader-error`, `yfm-internal-error`), never a schema-invalid spec, and every
 * diagnostic names a file the run was given (and a line inside it, when it has one).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { specSetFromPages } from '../../generator/pipeline/run.ts';
import type { PageInput, ReadContext } from '../../generator/sources/index.ts';
import { ErrorCatalogue, MethodSpec, PageRecord, TypeCatalogue, type Warning } from '../../generator/spec/schema.ts';
import { specFilePath, type SpecSet } from '../../generator/spec/spec-set.ts';
import { requireShared, SHARED } from '../support/shared.ts';

/** How many cases each property runs: FUZZ_RUNS (npm run fuzz) or the short budget of npm test. */
export function runs(short: number): number {
  const n = Number(process.env['FUZZ_RUNS']);
  return Number.isInteger(n) && n > 0 ? n : short;
}

/** The seed: FUZZ_SEED when given, else random under FUZZ_RUNS (the long budget), else fixed (npm test is deterministic). */
export function fuzzSeed(fixed: number): number {
  const s = Number(process.env['FUZZ_SEED']);
  if (Number.isInteger(s)) return s;
  return process.env['FUZZ_RUNS'] ? Math.floor(Math.random() * 2 ** 31) : fixed;
}

/** A page of one of the three inputs, with what it needs to be read. */
export interface Sample {
  kind: 'yfm' | 'seed' | 'vibe';
  path: string;
  text: string;
}

/** Files of a YFM corpus held in memory (corpus-relative path → text), read from disk on first use. */
export class Corpus {
  private readonly files = new Map<string, string | undefined>();
  constructor(private readonly root: string) {}
  read(path: string): string | undefined {
    const p = path.replace(/^\.?\//, '');
    if (!this.files.has(p)) {
      let text: string | undefined;
      try {
        text = readFileSync(join(this.root, p), 'utf8');
      } catch {
        text = undefined;
      }
      this.files.set(p, text);
    }
    return this.files.get(p);
  }
}

function listFiles(dir: string, ext: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) listFiles(p, ext, out);
    else if (p.endsWith(ext)) out.push(p);
  }
  return out;
}

/** The real pages the mutations start from: every `step`-th corpus page (api-reference/, sorted), every seed and every Vibe page. */
export function loadSamples(step = 60): { samples: Sample[]; corpus: Corpus } {
  const root = requireShared(SHARED.corpus);
  const corpus = new Corpus(root);
  const md = listFiles(join(root, 'api-reference'), '.md').filter((_, i) => i % step === 0);
  const samples: Sample[] = md.map((f) => ({ kind: 'yfm', path: relative(root, f), text: readFileSync(f, 'utf8') }));
  for (const f of listFiles(requireShared(SHARED.seeds), '.txt'))
    samples.push({ kind: 'seed', path: relative(SHARED.seeds, f), text: readFileSync(f, 'utf8') });
  for (const f of listFiles(requireShared(SHARED.vibecode), '.txt'))
    samples.push({ kind: 'vibe', path: relative(SHARED.vibecode, f), text: readFileSync(f, 'utf8') });
  return { samples, corpus };
}

/** An include reader over in-memory files first, then (optionally) a corpus; records every file it served. */
export function contextOf(files: ReadonlyMap<string, string>, corpus?: Corpus): { ctx: ReadContext; served: Map<string, string> } {
  const served = new Map<string, string>();
  const ctx: ReadContext = {
    readFile: (path) => {
      const p = path.replace(/^\.?\//, '');
      const text = files.get(p) ?? corpus?.read(p);
      if (text !== undefined) served.set(p, text);
      return text;
    },
  };
  return { ctx, served };
}

/** What one run gave. */
export interface Outcome {
  set?: SpecSet;
  ms: number;
  violations: string[];
}

/** Warnings that mean a reader failed inside and a guard hid it, or a reader built a spec the schema rejects. */
const FAILURE_CODES = new Set(['reader-error', 'yfm-internal-error', 'invalid-spec']);

/** Run the pipeline on `pages` and list every way it broke the property (none: it held). */
export function runPipeline(pages: readonly PageInput[], served: ReadonlyMap<string, string> = new Map()): Outcome {
  const t0 = performance.now();
  let set: SpecSet;
  try {
    set = specSetFromPages(pages);
  } catch (err) {
    return { ms: performance.now() - t0, violations: [`threw: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`] };
  }
  const ms = performance.now() - t0;
  const texts = new Map<string, string>(served);
  for (const p of pages) texts.set(p.page.path, p.page.text);
  const recorded = new Set(set.pages.map((p) => p.path));
  const missing = pages.filter((p) => !recorded.has(p.page.path)).map((p) => `no page record for ${p.page.path}`);
  return { set, ms, violations: [...missing, ...violations(set, texts)] };
}

const lineCount = (text: string): number => text.split(/\r\n|\r|\n/).length;

/** How a spec set breaks the property, given the text of every file the run read (page or include). */
export function violations(set: SpecSet, texts: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  const check = (what: string, ok: boolean) => {
    if (!ok) out.push(what);
  };
  const files = new Map<string, string>();
  for (const s of set.specs) {
    check(`spec ${s.id} is not valid`, MethodSpec.safeParse(s).success);
    // specSetToFiles (what parse and build write) refuses two specs of one file.
    const file = specFilePath(s);
    check(`specs ${files.get(file)} and ${s.id} map to one file ${file}`, !files.has(file));
    files.set(file, s.id);
  }
  for (const c of set.errorCatalogues) check(`error catalogue ${c.id} is not valid`, ErrorCatalogue.safeParse(c).success);
  for (const c of set.typeCatalogues) check(`type catalogue ${c.id} is not valid`, TypeCatalogue.safeParse(c).success);
  for (const p of set.pages) check(`page record ${p.path} is not valid`, PageRecord.safeParse(p).success);
  const warnings: Warning[] = [...set.pages.flatMap((p) => p.warnings), ...set.specs.flatMap((s) => s.warnings)];
  for (const w of warnings) {
    const at = `${w.code} "${w.message.slice(0, 160)}" at ${w.file}:${w.line ?? ''}`;
    check(`failure hidden by a guard: ${at}`, !FAILURE_CODES.has(w.code));
    const text = texts.get(w.file);
    check(`diagnostic names a file the run was not given: ${at}`, text !== undefined);
    if (w.line !== undefined && text !== undefined)
      check(`diagnostic line outside its file: ${at}`, Number.isInteger(w.line) && w.line >= 1 && w.line <= lineCount(text));
  }
  return out;
}

let gc: (() => void) | undefined;

/** Force a full garbage collection (V8's gc, exposed at run time) and return the heap in use afterwards, in MB. */
export function settledHeapMb(): number {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

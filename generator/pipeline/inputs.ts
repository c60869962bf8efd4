/**
 * The input edge: every file the pipeline reads is read here. Doc inputs (files and folders) become
 * pages with an include reader; a specs folder becomes a spec set; the runtime sources and the package
 * version are read for the targets. Problems name the file (and line) instead of throwing.
 */
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { inBatches } from '../core/batches.ts';
import type { Logger } from '../core/log.ts';
import { UserError } from '../core/errors.ts';
import { compareStrings } from '../spec/serialize.ts';
import { SpecFileError, specSetFromFiles, type SpecSet } from '../spec/spec-set.ts';
import { CONTEXT_PAGES, type PageInput, type ReadContext } from '../sources/index.ts';
import type { TargetContext } from '../targets/target.ts';
import { listFiles } from '../write/atomic-tree.ts';
import { defaultPaths } from './paths.mjs';

export { defaultInputs } from './paths.mjs';

/** A problem with an input, reported as `file[:line]: message`. */
export interface InputProblem {
  file: string;
  line?: number | undefined;
  message: string;
}

/** A page to read and the name problems cite it by. */
export interface CollectedPage extends PageInput {
  cited: string;
  /** A page named on its own (not found in a corpus, nor read as context): it must yield a method or say why. */
  checked: boolean;
}

const PAGE_GLOBS = ['**/*.md', '**/*.txt'];

/** Decode a file as UTF-8 text, or say why it is not text. CRLF is folded to LF so line numbers agree everywhere. */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.includes(0)) return { error: 'not a text file (contains NUL bytes)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
  } catch {
    return { error: 'not valid UTF-8 text' };
  }
}

/** A folder is a YFM corpus root when it holds the docs' api-reference/ or _includes/ folders. */
export function isCorpusRoot(dir: string): boolean {
  return existsSync(join(dir, 'api-reference')) || existsSync(join(dir, '_includes'));
}

/** The nearest ancestor of a markdown file that is a corpus root, so its includes resolve. */
function corpusRootOf(file: string): string | null {
  let dir = dirname(file);
  for (let i = 0; i < 12; i++) {
    if (isCorpusRoot(dir)) return dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return null;
}

/** The read context a page of a corpus gets (also rebuilt from the same description in a worker thread). */
export function contextOf(shareable: NonNullable<ReadContext['shareable']>): ReadContext {
  if ('root' in shareable) return { readFile: diskReader(shareable.root), shareable };
  const { files } = shareable;
  return { readFile: (p: string) => files.get(p.replace(/^\.?\//, '')), shareable };
}

/** Read a file under a corpus root, on demand; undefined when absent, not text, or outside the root. */
function diskReader(root: string): (rel: string) => string | undefined {
  const top = resolve(root);
  return (rel) => {
    const full = resolve(top, rel);
    if (!full.startsWith(top + sep)) return undefined;
    try {
      if (!statSync(full).isFile()) return undefined;
      const decoded = decodeText(readFileSync(full));
      return 'text' in decoded ? decoded.text : undefined;
    } catch {
      return undefined;
    }
  };
}

/** Every markdown file of a corpus, read once into memory: pages and includes both come from it. */
async function readCorpus(root: string, log: Logger): Promise<{ pages: CollectedPage[]; problems: InputProblem[] }> {
  const rels = (await glob('**/*.md', { cwd: root, onlyFiles: true })).sort(compareStrings);
  const texts = new Map<string, string>();
  const problems: InputProblem[] = [];
  let done = 0;
  const bytes = await inBatches(rels, async (rel) => {
    const read = await readFile(join(root, rel));
    log.progress('  reading', ++done, rels.length);
    return read;
  });
  rels.forEach((rel, i) => {
    const decoded = decodeText(bytes[i]!);
    if ('error' in decoded) problems.push({ file: rel, message: decoded.error });
    else texts.set(rel, decoded.text);
  });
  return { pages: corpusPages(texts), problems };
}

/** The pages of a corpus held in memory (path → text, corpus-relative): every file is a page and an include. */
export function corpusPages(texts: ReadonlyMap<string, string>): CollectedPage[] {
  const ctx = contextOf({ files: texts });
  return [...texts].map(([path, text]) => ({ page: { path, text }, ctx, cited: path, checked: false, fallback: 'yfm-markdown' as const }));
}

/**
 * The pages of a corpus that other pages rely on without naming them: the system-error include and the
 * data-types pages. Read beside single pages so that the link stage sees the same catalogues either way.
 */
function contextPages(ctx: ReadContext): CollectedPage[] {
  return CONTEXT_PAGES.flatMap((path) => {
    const text = ctx.readFile(path);
    return text === undefined ? [] : [{ page: { path, text }, ctx, cited: path, checked: false, fallback: 'yfm-markdown' as const }];
  });
}

/** Expand files and folders into pages to read; a folder holding api-reference/ or _includes/ is read as a whole corpus. */
export async function collectPages(inputs: readonly string[], log: Logger): Promise<{ pages: CollectedPage[]; problems: InputProblem[] }> {
  const pages: CollectedPage[] = [];
  const problems: InputProblem[] = [];
  const files: Array<{ full: string; cited: string }> = [];

  for (const input of inputs) {
    let st;
    try {
      st = await stat(input);
    } catch {
      problems.push({ file: input, message: 'no such file or folder' });
      continue;
    }
    if (!st.isDirectory()) {
      files.push({ full: input, cited: basename(input) });
      continue;
    }
    if (isCorpusRoot(input)) {
      log.info(`reading the YFM corpus at ${input}`);
      const corpus = await readCorpus(input, log);
      pages.push(...corpus.pages);
      problems.push(...corpus.problems.map((p) => ({ ...p, file: join(input, p.file) })));
      continue;
    }
    const found = (await glob(PAGE_GLOBS, { cwd: input, onlyFiles: true })).sort(compareStrings);
    if (found.length === 0) problems.push({ file: input, message: 'folder holds no .md or .txt pages' });
    for (const rel of found) files.push({ full: join(input, rel), cited: `${basename(resolve(input))}/${rel}` });
  }

  const roots = new Map<string, ReadContext>();
  let done = 0;
  const bytes = await inBatches(files, async (f) => {
    const read = await readFile(f.full);
    log.progress('  reading', ++done, files.length);
    return read;
  });
  for (const [i, f] of files.entries()) {
    const decoded = decodeText(bytes[i]!);
    if ('error' in decoded) {
      problems.push({ file: f.cited, message: decoded.error });
      continue;
    }
    if (decoded.text.trim() === '') {
      problems.push({ file: f.cited, message: 'empty file' });
      continue;
    }
    const root = f.full.endsWith('.md') ? corpusRootOf(resolve(f.full)) : null;
    const ctx = root ? (roots.get(root) ?? contextOf({ root })) : contextOf({ root: dirname(resolve(f.full)) });
    if (root) roots.set(root, ctx);
    const path = root ? relative(root, resolve(f.full)).split(sep).join('/') : f.cited;
    pages.push({ page: { path, text: decoded.text }, ctx, cited: f.cited, checked: true });
  }
  for (const ctx of [...roots.values()]) pages.push(...contextPages(ctx));
  return { pages: uniqueByPath(pages), problems };
}

/** One page per path: a page the user named wins over the same page read as context. */
function uniqueByPath(pages: readonly CollectedPage[]): CollectedPage[] {
  const byPath = new Map<string, CollectedPage>();
  for (const p of pages) {
    const prev = byPath.get(p.page.path);
    if (!prev || (!prev.checked && p.checked)) byPath.set(p.page.path, p);
  }
  return [...byPath.values()];
}

/** Read every file of a folder into a path → text map (sorted by path). */
export async function readTree(dir: string, filter: (rel: string) => boolean = () => true): Promise<Map<string, string>> {
  const rels = (await listFiles(dir)).filter(filter);
  const texts = await inBatches(rels, (rel) => readFile(join(dir, rel), 'utf8'));
  return new Map(rels.map((rel, i) => [rel, texts[i]!]));
}

/** Read and validate a specs folder; a bad file is a UserError naming it. */
export async function loadSpecSet(dir: string): Promise<SpecSet> {
  let files: Map<string, string>;
  try {
    files = await readTree(dir, (rel) => rel.endsWith('.json'));
  } catch {
    throw new UserError(`${dir}: cannot read the specs folder`);
  }
  if (!files.has('index.json')) throw new UserError(`${dir}: not a specs folder (no index.json; run \`b24gen parse\` first)`);
  try {
    return specSetFromFiles(files);
  } catch (err) {
    if (err instanceof SpecFileError) throw new UserError(`${join(dir, err.file)}: ${err.message.slice(err.file.length + 2)}`);
    throw err;
  }
}

/** The runtime sources the generated package embeds (every .ts of generator/runtime) and its guide (README.md). */
export async function loadRuntime(): Promise<Map<string, string>> {
  // README.md is the runtime guide, which the package ships (RUNTIME.md).
  return readTree(defaultPaths().runtime, (rel) => rel.endsWith('.ts') || rel === 'README.md');
}

/** The MCP server sources the generated package embeds (every .ts of generator/mcp-server). */
export async function loadMcpServer(): Promise<Map<string, string>> {
  return readTree(join(defaultPaths().root, 'generator', 'mcp-server'), (rel) => rel.endsWith('.ts'));
}

/** The toolkit's own version, stamped into the generated package. */
export async function toolkitVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(join(defaultPaths().root, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** What the targets get besides the spec set: the runtime sources and the version. */
export async function loadTargetContext(): Promise<TargetContext> {
  return { runtime: await loadRuntime(), mcp: await loadMcpServer(), packageVersion: await toolkitVersion() };
}

/** The input edge of `parse`: expand files and folders, read them as text, hand each page to its reader. */
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';
import type { Logger } from './log.ts';
import { located } from './errors.ts';
import { readPages, readCorpus, type ReadContext } from '../sources/dispatch.ts';
import type { SourcePage } from '../sources/types.ts';
import type { PageReading } from '../sources/assemble.ts';

export interface InputProblem {
  file: string;
  line?: number;
  message: string;
}

export interface ReadInputsResult {
  readings: PageReading[];
  problems: InputProblem[];
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
function isCorpusRoot(dir: string): boolean {
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

/** Read a file under a corpus root for the include resolver; undefined when absent or outside the root. */
function corpusReader(root: string) {
  return (rel: string): string | undefined => {
    const full = resolve(root, rel);
    if (!full.startsWith(resolve(root) + sep)) return undefined;
    try {
      if (!statSync(full).isFile()) return undefined;
      const decoded = decodeText(readFileSync(full));
      return 'text' in decoded ? decoded.text : undefined;
    } catch {
      return undefined;
    }
  };
}

/** Expand the inputs and read every page; problems name the file (and line) instead of throwing. */
export async function readInputs(inputs: string[], log: Logger): Promise<ReadInputsResult> {
  const readings: PageReading[] = [];
  const problems: InputProblem[] = [];
  const files: Array<{ full: string; cited: string; explicit: boolean }> = [];

  for (const input of inputs) {
    let st;
    try {
      st = await stat(input);
    } catch {
      problems.push({ file: input, message: 'no such file or folder' });
      continue;
    }
    if (st.isDirectory()) {
      if (isCorpusRoot(input)) {
        log.info(`reading the YFM corpus at ${input}`);
        readings.push(...readCorpus(resolve(input), (done, total) => log.progress('  pages', done, total)));
        continue;
      }
      const found = (await glob(PAGE_GLOBS, { cwd: input, onlyFiles: true })).sort();
      if (found.length === 0) problems.push({ file: input, message: 'folder holds no .md or .txt pages' });
      for (const rel of found) files.push({ full: join(input, rel), cited: `${basename(resolve(input))}/${rel}`, explicit: false });
    } else {
      files.push({ full: input, cited: basename(input), explicit: true });
    }
  }

  const pages: Array<{ page: SourcePage; ctx: ReadContext; cited: string }> = [];
  let done = 0;
  for (const f of files) {
    log.progress('  pages', ++done, files.length);
    const decoded = decodeText(await readFile(f.full));
    if ('error' in decoded) {
      problems.push({ file: f.cited, message: decoded.error });
      continue;
    }
    if (decoded.text.trim() === '') {
      problems.push({ file: f.cited, message: 'empty file' });
      continue;
    }
    const root = f.full.endsWith('.md') ? corpusRootOf(resolve(f.full)) : null;
    const readInclude = corpusReader(root ?? dirname(resolve(f.full)));
    const path = root ? relative(root, resolve(f.full)).split(sep).join('/') : f.cited;
    pages.push({ page: { path, text: decoded.text }, ctx: { readFile: readInclude }, cited: f.cited });
  }

  const results = readPages(pages);
  results.forEach((reading, i) => {
    const cited = pages[i]!.cited;
    if (reading.reader === null) {
      problems.push({ file: cited, message: 'no reader recognises this page (not scraped apidocs text, a Vibe page, or YFM markdown)' });
    } else if (reading.output.specs.length === 0 && !reading.output.skipped) {
      const first = reading.output.warnings[0];
      problems.push({
        file: cited,
        line: first?.line,
        message: `no method could be read from this page${first ? ` (${first.message})` : ''}`,
      });
    } else {
      readings.push(reading);
    }
  });
  return { readings, problems };
}

/** Print problems as "file:line: message" lines. */
export function reportProblems(problems: InputProblem[], log: Logger): void {
  for (const p of problems) log.error(located(p.file, p.line, p.message));
}

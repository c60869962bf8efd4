/**
 * `b24gen diff`: the API changes between two specs folders, docs folders or revisions of a docs
 * repository (or two generated packages' surfaces), as a report and an exit code for CI gates:
 * 0 nothing at or above --fail-on, 1 something is, 2 the diff could not be made.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../../core/errors.ts';
import type { Logger } from '../../core/log.ts';
import { parseDiffConfig, type DiffConfig } from '../../diff/config.ts';
import { diffSpecSets, finishReport } from '../../diff/diff.ts';
import { surfaceChanges } from '../../diff/surface.ts';
import { renderReport, type DiffFormat } from '../../diff/render/index.ts';
import { diffReportJsonSchemaText, SEVERITIES, type DiffReport, type Severity } from '../../diff/report-schema.ts';
import { RULES } from '../../diff/rules/index.ts';
import { loadConfigFile } from '../../pipeline/config-file.ts';
import { loadSide, readsDocs, sideLabel, type DiffSide } from '../../pipeline/diff-sides.ts';
import { BuildCache } from '../../cache/build-cache.ts';
import { defaultCacheDir } from '../../cache/build-stamp.mjs';
import { ReadingMemo } from '../../sources/index.ts';

export interface DiffCommandOptions {
  old?: string | undefined;
  new?: string | undefined;
  repo?: string | undefined;
  format: DiffFormat;
  failOn?: Severity | undefined;
  includeDocs: boolean;
  config?: string | undefined;
  output?: string | undefined;
  schema: boolean;
  rules: boolean;
  /** Compare two generated packages' api.md instead of specs. */
  surface: boolean;
  log: Logger;
}

/** Run the diff; resolves to the exit code (0, 1 or 2). */
export async function runDiff(opts: DiffCommandOptions): Promise<number> {
  if (opts.schema) return print(diffReportJsonSchemaText());
  if (opts.rules) return print(rulesTable());
  try {
    const report = await makeReport(opts);
    const text = renderReport(report, opts.format, opts.failOn);
    if (opts.output) await writeFile(opts.output, text);
    else process.stdout.write(text);
    const s = report.summary;
    opts.log.info(`${s.breaking} breaking, ${s.warning} warning, ${s.info} info (semver ${s.semver})`);
    return failed(report, opts.failOn) ? 1 : 0;
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    opts.log.error(err.message);
    return 2;
  }
}

async function makeReport(opts: DiffCommandOptions): Promise<DiffReport> {
  if (!opts.old || !opts.new) throw new UserError('diff needs two sides: <old> <new> (folders, or revisions with --repo)');
  const config = await diffConfig(opts.config);
  if (opts.surface) return surfaceReport(opts.old, opts.new, config);
  const sides: [DiffSide, DiffSide] = opts.repo
    ? [
        { kind: 'git', repo: opts.repo, rev: opts.old },
        { kind: 'git', repo: opts.repo, rev: opts.new },
      ]
    : [
        { kind: 'folder', path: opts.old },
        { kind: 'folder', path: opts.new },
      ];
  // Doc sides read through the build cache: pages either side shares with an earlier run (or with each other) are read once.
  const cache = sides.some(readsDocs) ? await BuildCache.open(defaultCacheDir()) : undefined;
  const memo = cache?.readings ?? new ReadingMemo();
  const before = await loadSide(sides[0], opts.log, memo);
  const after = await loadSide(sides[1], opts.log, memo);
  await cache?.save();
  return diffSpecSets(before, after, {
    oldLabel: sideLabel(sides[0]),
    newLabel: sideLabel(sides[1]),
    includeDocs: opts.includeDocs,
    config,
    onProgress: (done, total) => opts.log.progress('  comparing', done, total),
  });
}

/** `--surface`: the exported names and types of two generated packages, from their api.md. */
async function surfaceReport(oldDir: string, newDir: string, config: DiffConfig): Promise<DiffReport> {
  const [before, after] = await Promise.all([readApiMd(oldDir), readApiMd(newDir)]);
  let changes;
  try {
    changes = surfaceChanges(before.text, after.text);
  } catch (err) {
    throw new UserError(`api.md: ${(err as Error).message}`);
  }
  return finishReport(changes, { oldLabel: oldDir, newLabel: newDir, config });
}

async function readApiMd(dir: string): Promise<{ text: string }> {
  const file = join(dir, 'api.md');
  try {
    return { text: await readFile(file, 'utf8') };
  } catch {
    throw new UserError(`${file}: cannot read (is ${dir} a generated package folder?)`);
  }
}

async function diffConfig(explicit: string | undefined): Promise<DiffConfig> {
  const loaded = await loadConfigFile(explicit);
  if (!loaded) return {};
  try {
    return parseDiffConfig(loaded.raw);
  } catch (err) {
    throw new UserError(`${loaded.file}: ${(err as Error).message}`);
  }
}

/** Whether a change at or above the --fail-on level exists. */
function failed(r: DiffReport, failOn: Severity | undefined): boolean {
  if (!failOn) return false;
  const level = SEVERITIES.indexOf(failOn);
  return r.changes.some((c) => SEVERITIES.indexOf(c.severity) <= level);
}

/** `--rules`: every rule with its default severity. */
function rulesTable(): string {
  const rows = [...RULES.values()].map((r) => `${r.id.padEnd(32)} ${r.severity.padEnd(9)} ${r.summary}`);
  return `${'rule'.padEnd(32)} ${'severity'.padEnd(9)} when\n${rows.join('\n')}\n`;
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

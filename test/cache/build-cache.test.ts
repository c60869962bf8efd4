/**
 * The build cache, through the CLI on a two-page corpus (test/fixtures/cache-shared): a run with nothing
 * changed returns at once and touches nothing; a changed page or include redoes what depends on it and
 * no more; cached output is byte-identical to uncached output; a broken cache or a killed run never
 * leaves a half-written folder.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles, recoverInterrupted } from '../../generator/write/atomic-tree.ts';
import { readTree } from '../../generator/pipeline/inputs.ts';

const BIN = resolve('generator/cli/bin.mjs');
const FIXTURE = resolve('test/fixtures/cache-shared');
const RENAME_PAGE = 'corpus/b24restdocs/api-reference/demo/demo-item-rename.md';
const DELETE_PAGE = 'corpus/b24restdocs/api-reference/demo/demo-item-delete.md';
const PARAMS_INCLUDE = 'corpus/b24restdocs/_includes/demo-item-params.md';
const RENAME_SPEC = 'rest/demo/demo.item.rename.json';
const DELETE_SPEC = 'rest/demo/demo.item.delete.json';

let tmp: string;
const p = (...parts: string[]) => join(tmp, ...parts);

/** Run the CLI with its own cache folder; `killAfterMs` sends SIGKILL that long after the start. */
function b24gen(args: string[], opts: { cache?: string; killAfterMs?: number } = {}): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, B24GEN_CACHE_DIR: opts.cache ?? p('cache') } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = opts.killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), opts.killAfterMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    });
  });
}

const buildArgs = (out = 'out') => ['build', '--shared', p('shared'), '--specs', p(out, 'specs'), '--out', p(out, 'gen')];
/** The files of a run's two output folders (staging folders beside them are not output). */
const tree = async (out: string) => {
  const files = new Map<string, string>();
  for (const sub of ['specs', 'gen']) for (const [rel, text] of await readTree(join(out, sub))) files.set(`${sub}/${rel}`, text);
  return files;
};
const edit = async (rel: string, from: string, to: string) => {
  const file = p('shared', rel);
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
};
/** Inode and mtime of every file: what a tool watching the folder would see change. */
async function fileIdentities(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const rel of await listFiles(dir)) {
    const s = await stat(join(dir, rel));
    out.set(rel, `${s.ino}:${s.mtimeMs}`);
  }
  return out;
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'b24gen-cache-'));
  await cp(FIXTURE, p('shared'), { recursive: true });
  const first = await b24gen(buildArgs());
  expect(first.stderr).toContain('cache: 0 of 3 pages reused');
  expect(first.code).toBe(0);
}, 120_000);
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('b24gen build with the cache', () => {
  it('returns at once when nothing changed, touching no file', async () => {
    const before = await fileIdentities(p('out'));
    const r = await b24gen(buildArgs());
    expect(r.code).toBe(0);
    // Only the stamp check (plain JavaScript, no TypeScript loaded) prints this line.
    expect(r.stderr).toMatch(/are up to date: none of \d+ generator, input and output files changed/);
    expect(await fileIdentities(p('out'))).toEqual(before);
  }, 60_000);

  it('re-reads every page that includes a changed fragment, and only those; the spec follows the fragment', async () => {
    await edit(PARAMS_INCLUDE, 'The identifier of the demo item', 'The identifier of the demo item to rename');
    const before = await fileIdentities(p('out'));
    const r = await b24gen(buildArgs());
    expect(r.code).toBe(0);
    // The fragment and the page including it are read again; the delete page, which does not include it, is reused.
    expect(r.stderr).toContain('cache: 1 of 3 pages reused');
    const rename = JSON.parse(await readFile(p('out', 'specs', RENAME_SPEC), 'utf8')) as { params: Array<{ name: string; description: string }> };
    expect(rename.params.find((x) => x.name === 'id')?.description).toBe('The identifier of the demo item to rename');
    // Files that did not change keep their inode and mtime: the delete spec is carried over, not rewritten.
    const after = await fileIdentities(p('out'));
    expect(after.get(`specs/${DELETE_SPEC}`)).toBe(before.get(`specs/${DELETE_SPEC}`));
    expect(after.get(`specs/${RENAME_SPEC}`)).not.toBe(before.get(`specs/${RENAME_SPEC}`));
    expect([...after].filter(([rel, id]) => before.get(rel) !== id).length).toBeLessThan(after.size / 4);
  }, 60_000);

  it('gives the same bytes as a run without the cache, after a page changed', async () => {
    await edit(DELETE_PAGE, 'removes a demo item.', 'removes a demo item for good.');
    const cached = await b24gen(buildArgs());
    expect(cached.stderr).toContain('cache: 2 of 3 pages reused');
    // A fact moved: link runs.
    expect(cached.stderr).not.toContain('link skipped');
    const uncached = await b24gen([...buildArgs('plain'), '--no-cache'], { cache: p('unused-cache') });
    expect(uncached.code).toBe(0);
    expect(await tree(p('out'))).toEqual(await tree(p('plain')));
    expect(await listFiles(p())).not.toContain('unused-cache/readings.v8');
  }, 60_000);

  it('skips link and generation when an edit changes no fact, and generates again when the package folder was touched', async () => {
    const file = p('shared', DELETE_PAGE);
    await writeFile(file, `${await readFile(file, 'utf8')}\n## Continue Learning\n\n- A note for readers, with no fact in it.\n`);
    const specsBefore = await tree(p('out'));
    const genBefore = await fileIdentities(p('out', 'gen'));
    const kept = await b24gen(buildArgs());
    expect(kept.code).toBe(0);
    expect(kept.stderr).toContain('cache: 2 of 3 pages reused');
    expect(kept.stderr).toContain('link skipped');
    expect(kept.stderr).toContain('generation skipped');
    // The page's hash moved (its provenance sidecar says so); no API file and no package file changed.
    const after = await tree(p('out'));
    const changed = [...after].filter(([rel, text]) => specsBefore.get(rel) !== text).map(([rel]) => rel);
    expect(changed).toEqual([`specs/_provenance/${DELETE_SPEC}`]);
    expect(await fileIdentities(p('out', 'gen'))).toEqual(genBefore);
    await b24gen([...buildArgs('plain'), '--no-cache'], { cache: p('unused-cache') });
    expect(after).toEqual(await tree(p('plain')));

    expect((await b24gen([...buildArgs(), '--check'])).code).toBe(0);

    // A package file edited by hand: the memo's hashes no longer hold, so the package is generated again.
    const index = p('out', 'gen', 'src', 'index.ts');
    await writeFile(index, `${await readFile(index, 'utf8')}// edited by hand\n`);
    const check = await b24gen([...buildArgs(), '--check']);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`${index}: differs from what the inputs give`);
    const again = await b24gen(buildArgs());
    expect(again.code).toBe(0);
    expect(again.stderr).not.toContain('generation skipped');
    expect(again.stderr).toContain('1 file(s) written');
    expect(await tree(p('out'))).toEqual(await tree(p('plain')));
  }, 60_000);

  it('links again when the specs folder no longer holds what the cache names, and gives the same bytes', async () => {
    const sidecar = p('out', 'specs', '_provenance', DELETE_SPEC);
    await writeFile(sidecar, `${await readFile(sidecar, 'utf8')}\n`);
    const file = p('shared', DELETE_PAGE);
    await writeFile(file, `${await readFile(file, 'utf8')}\n- Another note, with no fact in it.\n`);
    const r = await b24gen(buildArgs());
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('link skipped');
    await b24gen([...buildArgs('plain'), '--no-cache'], { cache: p('unused-cache') });
    expect(await tree(p('out'))).toEqual(await tree(p('plain')));
  }, 60_000);

  it('treats a damaged cache as empty, and still gives the same bytes', async () => {
    const readings = p('cache', 'readings.v8');
    await writeFile(readings, (await readFile(readings)).subarray(0, 100));
    await writeFile(p('cache', 'formatted.v8'), 'not a cache');
    await edit(RENAME_PAGE, 'gives a demo item a new title.', 'gives a demo item a new title, at once.');
    const r = await b24gen(buildArgs());
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('cache: 0 of 3 pages reused');
    await b24gen([...buildArgs('plain'), '--no-cache'], { cache: p('unused-cache') });
    expect(await tree(p('out'))).toEqual(await tree(p('plain')));
  }, 60_000);

  it('a run killed at any moment leaves the old or the new output whole, and a usable cache', async () => {
    const old = await tree(p('out'));
    await edit(DELETE_PAGE, 'for good.', 'for good, with everything linked to it.');
    const started = performance.now();
    await b24gen([...buildArgs('plain'), '--no-cache'], { cache: p('unused-cache') });
    const runMs = performance.now() - started;
    const fresh = await tree(p('plain'));
    expect(fresh).not.toEqual(old);
    // Kill points spread over a whole run, measured just now: while loading, reading, writing, saving the cache.
    for (const share of [0.2, 0.5, 0.7, 0.8, 0.9, 0.95, 1]) {
      const ms = Math.round(runMs * share);
      await b24gen(buildArgs(), { killAfterMs: ms });
      // A kill between the two renames of a swap leaves the old folder under its backup name: the next run puts it back first.
      for (const sub of ['specs', 'gen']) await recoverInterrupted(p('out', sub));
      const now = await tree(p('out'));
      expect(now.size === old.size || now.size === fresh.size).toBe(true);
      expect([old, fresh].some((t) => [...t].every(([rel, text]) => now.get(rel) === text))).toBe(true);
    }
    // Whatever the kills left, the next run finishes with the new output.
    const r = await b24gen(buildArgs());
    expect(r.code).toBe(0);
    expect(await tree(p('out'))).toEqual(fresh);
  }, 120_000);
});

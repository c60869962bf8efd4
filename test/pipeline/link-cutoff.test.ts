/**
 * The early cutoff after reading (pipeline/link-cutoff.ts), on the two-page cache fixture: an edit that
 * moves no fact keeps the digest, and the earlier spec files with the new hashes written in are exactly
 * what link and the spec writer give for the new readings; an edit that moves a fact changes the digest.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../generator/core/log.ts';
import { linkSpecSet } from '../../generator/link/index.ts';
import { collectPages } from '../../generator/pipeline/inputs.ts';
import { linkInputDigest, sourceHashes, withCurrentHashes } from '../../generator/pipeline/link-cutoff.ts';
import { readPages, type PageReading } from '../../generator/sources/index.ts';
import { specSetToFiles } from '../../generator/spec/spec-set.ts';

const DELETE_PAGE = 'api-reference/demo/demo-item-delete.md';
const DELETE_SIDECAR = '_provenance/rest/demo/demo.item.delete.json';

let corpus: string;

/** The corpus as it is now: its pages, their readings, the digest and the spec files link gives. */
async function readCorpus() {
  const { pages } = await collectPages([corpus], silentLogger);
  const readings = readPages(pages);
  return { pages, readings, digest: linkInputDigest(pages, readings), files: specSetToFiles(linkSpecSet(readings)) };
}

async function append(rel: string, text: string): Promise<void> {
  const file = join(corpus, rel);
  await writeFile(file, `${await readFile(file, 'utf8')}${text}`);
}

beforeAll(async () => {
  corpus = join(await mkdtemp(join(tmpdir(), 'b24gen-cutoff-')), 'b24restdocs');
  await cp(resolve('test/fixtures/cache-shared/corpus/b24restdocs'), corpus, { recursive: true });
});
afterAll(async () => {
  await rm(join(corpus, '..'), { recursive: true, force: true });
});

describe('the early cutoff after reading', () => {
  it('an edit that moves no fact keeps the digest; the earlier files with the new hashes are what link gives', async () => {
    const before = await readCorpus();
    await append(DELETE_PAGE, '\n## Continue Learning\n\n- A note for readers, with no fact in it.\n');
    const after = await readCorpus();
    expect(after.digest).toBe(before.digest);
    // Not vacuous: the page's hash moved, so its sidecar differs, and nothing else does.
    const changed = [...after.files].filter(([path, text]) => before.files.get(path) !== text).map(([path]) => path);
    expect(changed).toEqual([DELETE_SIDECAR]);
    const hashes = sourceHashes(after.readings)!;
    expect(withCurrentHashes(before.files, hashes)).toEqual(after.files);
  });

  it('an edit that moves a fact changes the digest', async () => {
    const before = await readCorpus();
    const file = join(corpus, DELETE_PAGE);
    const text = await readFile(file, 'utf8');
    expect(text).toContain('removes a demo item.');
    await writeFile(file, text.replace('removes a demo item.', 'removes a demo item for good.'));
    expect((await readCorpus()).digest).not.toBe(before.digest);
  });

  it('gives up when one source carries two hashes, or a sidecar names a source no reading has', async () => {
    const { readings, files } = await readCorpus();
    const withSpecs = readings.find((r) => r.output.specs.length > 0)!;
    const spec = withSpecs.output.specs[0]!;
    const twin: PageReading = {
      ...withSpecs,
      path: 'twin.md',
      output: { ...withSpecs.output, specs: [{ ...spec, sources: spec.sources.map((s) => ({ ...s, sha256: '0'.repeat(64) })) }] },
    };
    expect(sourceHashes([...readings, twin])).toBeNull();
    expect(withCurrentHashes(files, new Map())).toBeNull();
  });
});

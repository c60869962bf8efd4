import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFiles, replaceTrees } from '../../generator/write/atomic-tree.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'b24gen-atomic-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('replaceTrees', () => {
  it('replaces a folder with exactly the given files', async () => {
    const dir = join(root, 'out');
    await mkdir(dir);
    await writeFile(join(dir, 'stale.txt'), 'old');
    await replaceTrees([
      {
        dir,
        files: new Map([
          ['a/b.json', '{}\n'],
          ['c.ts', 'x'],
        ]),
      },
    ]);
    expect(await listFiles(dir)).toEqual(['a/b.json', 'c.ts']);
    expect(await readFile(join(dir, 'c.ts'), 'utf8')).toBe('x');
  });

  it('leaves every folder as it was when one tree cannot be written', async () => {
    const a = join(root, 'specs');
    const b = join(root, 'generated');
    await mkdir(a);
    await mkdir(b);
    await writeFile(join(a, 'keep.json'), 'A');
    await writeFile(join(b, 'keep.ts'), 'B');
    await expect(
      replaceTrees([
        { dir: a, files: new Map([['new.json', 'new']]) },
        { dir: b, files: new Map([['../escape.ts', 'evil']]) },
      ]),
    ).rejects.toThrow(/outside/);
    expect(await listFiles(a)).toEqual(['keep.json']);
    expect(await listFiles(b)).toEqual(['keep.ts']);
    // No staging folders are left behind either.
    expect((await readdir(root)).sort()).toEqual(['generated', 'specs']);
  });

  it('creates a folder that does not exist yet', async () => {
    const dir = join(root, 'deep', 'out');
    await replaceTrees([{ dir, files: new Map([['x.json', '1']]) }]);
    expect(await listFiles(dir)).toEqual(['x.json']);
  });
});

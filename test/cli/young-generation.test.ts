/** young-generation.mjs: heavy commands run in a child Node with a larger young generation, tied to the parent. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wantsChild, YOUNG_GENERATION_FLAG } from '../../generator/cli/young-generation.mjs';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'generator/cli/bin.mjs');
const CORPUS = join(ROOT, '../shared/corpus/b24restdocs');
const work = mkdtempSync(join(tmpdir(), 'b24gen-young-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The command lines of running processes that mention `marker`. */
function processesWith(marker: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      if (cmd.includes(marker)) found.push(cmd);
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

describe('heavy commands in a child Node', () => {
  it('is asked for by the commands that read or emit the corpus, and only once', () => {
    expect(wantsChild(['build'])).toBe(true);
    expect(wantsChild(['-q', 'parse', 'x', '-o', 'y'])).toBe(true);
    expect(wantsChild(['report'])).toBe(false);
    expect(wantsChild(['build', '--help'])).toBe(false);
    expect(wantsChild([])).toBe(false);
  });

  it('gives the command’s output, exit code and messages as one process would', () => {
    const out = join(work, 'specs-ok');
    const ok = spawnSync(process.execPath, [BIN, 'parse', join(ROOT, 'test/fixtures/seeds'), '-o', out], { encoding: 'utf8' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(existsSync(join(out, 'index.json'))).toBe(true);
    const missing = spawnSync(process.execPath, [BIN, 'parse', join(work, 'no-such-page.md'), '-o', join(work, 'x')], { encoding: 'utf8' });
    const direct = spawnSync(process.execPath, [BIN, 'parse', join(work, 'no-such-page.md'), '-o', join(work, 'x')], {
      encoding: 'utf8',
      env: { ...process.env, B24GEN_YOUNG_GENERATION: '0' },
    });
    expect(missing.status).not.toBe(0);
    expect(missing.status).toBe(direct.status);
    expect(missing.stderr).toBe(direct.stderr);
  });

  it('stops the child when the parent is killed with SIGKILL, before it writes anything', async () => {
    const out = join(work, 'specs-killed');
    const parent = spawn(process.execPath, [BIN, 'parse', CORPUS, '-o', out], { stdio: 'ignore' });
    // Wait until the child is reading (it carries the semi-space flag on its command line).
    const deadline = Date.now() + 20_000;
    while (!processesWith(out).some((c) => c.includes(YOUNG_GENERATION_FLAG))) {
      if (Date.now() > deadline) throw new Error('the child Node never started');
      await new Promise((r) => setTimeout(r, 50));
    }
    parent.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 1000));
    expect(processesWith(out)).toEqual([]);
    expect(existsSync(out)).toBe(false);
  }, 30_000);
});

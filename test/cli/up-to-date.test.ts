/** The no-op fast path takes only a plain `build` command line; anything else goes through commander. */
import { describe, expect, it } from 'vitest';
import { plainBuild } from '../../generator/cli/up-to-date.mjs';

describe('plainBuild', () => {
  it('reads build with -q, --shared, --specs and --out', () => {
    expect(plainBuild(['build'])).toEqual({ opts: {}, quiet: false });
    expect(plainBuild(['build', '-q', '--shared', '../s', '--specs', 'sp', '--out', 'gen'])).toEqual({
      opts: { shared: '../s', specs: 'sp', out: 'gen' },
      quiet: true,
    });
  });

  it('leaves every other command line to the full CLI', () => {
    for (const argv of [
      ['parse', 'x'],
      ['build', '--check'],
      ['build', '--no-cache'],
      ['build', '--help'],
      ['build', '--out'],
      ['build', '--out', '--check'],
      ['build', 'extra'],
      [],
    ])
      expect(plainBuild(argv)).toBeNull();
  });
});

/** The TypeScript client as a Target: pure, unformatted, each file saying whether the pipeline formats it. */
import { describe, expect, it } from 'vitest';
import { typescriptClient } from '../../../generator/targets/typescript/index.ts';
import { loadFixtures, stubRuntime } from '../helpers.ts';

describe('typescriptClient target', async () => {
  const fx = await loadFixtures();
  const ctx = { runtime: stubRuntime(), packageVersion: '0.1.0' };
  const files = typescriptClient.emit({ ...fx, pages: [] }, ctx);

  it('marks generated TypeScript for formatting and everything else as final', () => {
    const formats = (want: string) => [...files].filter(([, f]) => f.format === want).map(([p]) => p);
    expect(formats('typescript').every((p) => p.endsWith('.ts') && !p.startsWith('src/runtime/'))).toBe(true);
    expect(formats('none')).toEqual([
      'README.md',
      'api.md',
      'package.json',
      ...[...ctx.runtime.keys()].map((rel) => `src/runtime/${rel}`).sort(),
      'tsconfig.build.json',
      'tsconfig.json',
    ]);
  });

  it('copies the runtime verbatim', () => {
    for (const [rel, text] of ctx.runtime) expect(files.get(`src/runtime/${rel}`)?.text).toBe(text);
  });

  it('gives the same files again for the same input', () => {
    expect(typescriptClient.emit({ ...fx, pages: [] }, ctx)).toEqual(files);
  });
});

/** The README's client example type-checks against the committed generated package, so it stays true. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runTsc } from '../targets/helpers.ts';

describe('README example', () => {
  it('compiles against generated/', async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    const block = /```ts\n(\/\/ example\.ts[\s\S]*?)```/.exec(readme)?.[1];
    expect(block, 'README has a ts block starting with // example.ts').toBeTruthy();
    const dir = await mkdtemp(join(tmpdir(), 'b24gen-readme-'));
    try {
      const source = block!.replace("'./generated/src/index.ts'", JSON.stringify(join(ROOT, 'generated/src/index.ts')));
      await writeFile(join(dir, 'package.json'), '{"type":"module"}');
      await writeFile(join(dir, 'example.ts'), `${source}\nexport {};\n`);
      await writeFile(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            target: 'ES2022',
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            allowImportingTsExtensions: true,
            skipLibCheck: true,
            types: ['node'],
            typeRoots: [join(ROOT, 'node_modules/@types')],
          },
          files: ['example.ts'],
        }),
      );
      expect(await runTsc(dir, 'tsconfig.json')).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

/** Compiles a small app against the committed generated package (strict, NodeNext) and returns its diagnostics. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runTsc } from '../targets/helpers.ts';

const CLIENT = `
import { createClient } from ${JSON.stringify(join(ROOT, 'generated/src/index.ts'))};
const b24 = createClient({ webhookUrl: 'https://example.bitrix24.com/rest/1/abc/' });
`;

/** The app's diagnostics as `line: message`; `source` runs after `const b24 = createClient(…)`, `prelude` before it (imports). */
export async function compileApp(source: string, prefix: string, prelude = ''): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  try {
    await writeFile(join(dir, 'package.json'), '{"type":"module"}');
    await writeFile(join(dir, 'app.ts'), `${prelude}\n${CLIENT}\n${source}\nexport {};\n`);
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          noUncheckedIndexedAccess: true,
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          allowImportingTsExtensions: true,
          skipLibCheck: true,
          types: ['node'],
          typeRoots: [join(ROOT, 'node_modules/@types')],
        },
        files: ['app.ts'],
      }),
    );
    return (await runTsc(dir, 'tsconfig.json')).map((d) => `${d.line}: ${d.message}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

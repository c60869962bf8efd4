/**
 * The package README teaches only code that compiles: every ```ts block of the committed generated/README.md
 * is type-checked, each as its own module, in a fresh strict project (strict + noUncheckedIndexedAccess)
 * that imports the package by its name (mapped to generated/src). The free names the snippets assume
 * (tokens, keys, a `save` callback) are declared; `b24` is the webhook client of the "Connect" block.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runTsc, type Diagnostic } from '../targets/helpers.ts';

const PRELUDE = `import { createClient as __createClient } from '@b24gen/bitrix24';
declare const accessToken: string, refreshToken: string, clientId: string, clientSecret: string;
declare const webhookUrl: string, apiKey: string, sessionToken: string;
declare function save(tokens: unknown): void;
`;
const CLIENT = `const b24 = __createClient({ webhookUrl: 'https://example.bitrix24.com/rest/1/secret/' });\n`;

/** The ```ts blocks of a markdown text, with the line each starts on. */
function tsBlocks(md: string): Array<{ line: number; code: string }> {
  const out: Array<{ line: number; code: string }> = [];
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```ts') continue;
    const start = i + 1;
    let j = start;
    while (j < lines.length && lines[j] !== '```') j++;
    out.push({ line: start + 1, code: lines.slice(start, j).join('\n') });
    i = j;
  }
  return out;
}

let dir = '';
let blocks: Array<{ line: number; code: string }> = [];
let diagnostics: Diagnostic[] = [];

beforeAll(async () => {
  blocks = tsBlocks(await readFile(join(ROOT, 'generated/README.md'), 'utf8'));
  dir = await mkdtemp(join(tmpdir(), 'b24gen-readme-'));
  const src = join(ROOT, 'generated/src');
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
  await writeFile(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noUncheckedIndexedAccess: true,
        noEmit: true,
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        skipLibCheck: true,
        types: ['node'],
        typeRoots: [join(ROOT, 'node_modules/@types')],
        paths: {
          '@b24gen/bitrix24': [join(src, 'index.ts')],
          '@b24gen/bitrix24/zod': [join(src, 'zod/index.ts')],
          '@b24gen/bitrix24/zod/*': [join(src, 'zod/*.ts')],
          '@b24gen/bitrix24/*': [join(src, 'api/*.ts')],
        },
      },
      include: ['*.ts'],
    }),
  );
  for (const [i, b] of blocks.entries()) {
    const own = /\bconst b24 =/.test(b.code);
    await writeFile(join(dir, `block-${String(i).padStart(2, '0')}.ts`), `${PRELUDE}${own ? '' : CLIENT}${b.code}\nexport {};\n`);
  }
  diagnostics = await runTsc(dir, 'tsconfig.json');
}, 600_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('generated/README.md', () => {
  it('has the examples a user starts from', () => {
    // install is a sh block; connect, call, lists, batch, errors, namespace functions, Vibe, zod are ts blocks
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  it('every ts block type-checks against the package', () => {
    const where = diagnostics.map((d) => {
      const i = Number(/block-(\d+)/.exec(d.file)?.[1]);
      const prelude = PRELUDE.split('\n').length - 1 + (/\bconst b24 =/.test(blocks[i]?.code ?? '') ? 0 : 1);
      return `README.md:${(blocks[i]?.line ?? 0) + d.line - 1 - prelude} ${d.code} ${d.message}`;
    });
    expect(where).toEqual([]);
  });
});

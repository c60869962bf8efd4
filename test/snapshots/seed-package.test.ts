/**
 * The client generated from the five seed pages: one reviewed file snapshot per generated file, the
 * runtime copied verbatim, `tsc --noEmit` clean, and type cases that must (or must not) compile.
 */
import { cp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFiles } from '../../generator/pipeline/generate.ts';
import { loadMcpServer, loadRuntime } from '../../generator/pipeline/inputs.ts';
import { ROOT, runTsc, typeCaseTests, writePackage, type Diagnostic } from '../targets/helpers.ts';
import { parseFolder, SEEDS_DIR } from '../helpers.ts';
import { CRM_AND_CONTACTS_PACKAGE_FILES, filesUnder } from '../support/snapshots.ts';

const CASES = join(ROOT, 'test/fixtures/seed-type-cases');
/** The MCP server's generated files: its entry, its bin and the seed methods' catalogue (the server code is copied verbatim). */
const MCP_FILES = ['src/mcp/bin.ts', 'src/mcp/catalogue/index.ts', 'src/mcp/catalogue/ns-crm.ts', 'src/mcp/catalogue/search-index.ts', 'src/mcp/index.ts'];
/** The generated files outside the runtime and the MCP server code (copied verbatim, tested on their own). */
const EXPECTED = [...CRM_AND_CONTACTS_PACKAGE_FILES, ...MCP_FILES].sort();
let mcpServer = new Map<string, string>();
let files = new Map<string, string>();
let dir = '';
let diagnostics: Diagnostic[] = [];

beforeAll(async () => {
  files = await generateFiles(parseFolder(SEEDS_DIR));
  mcpServer = await loadMcpServer();
  dir = await writePackage(files, 'b24gen-seed-pkg-');
  await cp(CASES, join(dir, 'cases'), { recursive: true });
  await writeFile(join(dir, 'tsconfig.cases.json'), JSON.stringify({ extends: './tsconfig.json', include: ['src', 'cases'] }));
  diagnostics = await runTsc(dir, 'tsconfig.cases.json');
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('seed package files', () => {
  it('copies the runtime verbatim', async () => {
    const runtime = await loadRuntime();
    expect(runtime.size).toBeGreaterThan(5);
    // The runtime guide ships at the package root, as RUNTIME.md; the sources under src/runtime/.
    expect(runtime.has('README.md')).toBe(true);
    for (const [rel, text] of runtime) expect(files.get(rel === 'README.md' ? 'RUNTIME.md' : `src/runtime/${rel}`), rel).toBe(text);
  });

  it('copies the MCP server verbatim', () => {
    expect(mcpServer.size).toBeGreaterThan(5);
    for (const [rel, text] of mcpServer) expect(files.get(`src/mcp/${rel}`), rel).toBe(text);
  });

  it('generates exactly the expected (non-runtime) files, and the snapshot folder holds no others', () => {
    // The OpenAPI documents (openapi/*.json) are the openapi target's, tested in test/openapi.
    const copied = new Set([...mcpServer.keys()].map((rel) => `src/mcp/${rel}`));
    const generated = [...files.keys()]
      .filter((f) => !f.startsWith('src/runtime/') && f !== 'RUNTIME.md' && !f.startsWith('openapi/') && !copied.has(f))
      .sort();
    expect(generated).toEqual(expect.arrayContaining(['package.json', 'src/index.ts', 'src/methods.ts', 'src/vibe.ts']));
    expect(generated).toEqual(EXPECTED);
    expect(filesUnder(new URL('__snapshots__/seed-package/', import.meta.url))).toEqual(EXPECTED);
  });

  for (const f of EXPECTED) {
    it(`matches the reviewed snapshot: ${f}`, async () => {
      expect(files.has(f), `${f} is no longer generated`).toBe(true);
      await expect(files.get(f)).toMatchFileSnapshot(`__snapshots__/seed-package/${f}`);
    });
  }

  it('type-checks with tsc --noEmit', () => {
    expect(diagnostics.filter((d) => !d.file.startsWith('cases/'))).toEqual([]);
  });
});

describe('seed type cases', async () => {
  await typeCaseTests(CASES, () => diagnostics);
});

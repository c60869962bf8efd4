/**
 * The real package, as a maintainer and a user get it: the committed generated/ is copied to a temp dir, built
 * (`tsc -p tsconfig.build.json`), packed (`npm pack`), checked with publint --strict and
 * @arethetypeswrong/cli, and the tarball is installed into fresh consumer projects (offline: extracted into
 * node_modules/@b24gen/bitrix24, zod linked from the root node_modules) that type-check and run under
 * ESM + nodenext, ESM + bundler, an esbuild bundle in development and in production mode, and require().
 *
 * Slow by nature (the build alone is about a minute): every step has its own explicit timeout. Nothing here
 * skips: a missing generated/ or a failing build fails the suite.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { build, type BuildOptions } from 'esbuild';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../targets/helpers.ts';

const run = promisify(execFile);
const BIN = join(ROOT, 'node_modules/.bin');
const PACKAGE = '@b24gen/bitrix24';
const BUILD_TIMEOUT = 600_000;
const CONSUMER_TIMEOUT = 300_000;

/** What `npm pack --json` says of the tarball. */
interface PackInfo {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: Array<{ path: string }>;
}

let work = '';
let pkgDir = '';
let tarball = '';
let pack: PackInfo;

/** Run a command; on failure the error carries its stdout and stderr. */
async function sh(cmd: string, args: string[], cwd: string): Promise<string> {
  try {
    const r = await run(cmd, args, { cwd, maxBuffer: 256 * 1024 * 1024 });
    return r.stdout;
  } catch (e) {
    const x = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) failed: ${x.message}\n${x.stdout ?? ''}\n${x.stderr ?? ''}`, { cause: e });
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'b24gen-real-pkg-'));
  pkgDir = join(work, 'package');
  // The committed package as it is in git: no dist/, no node_modules.
  await cp(join(ROOT, 'generated'), pkgDir, {
    recursive: true,
    filter: (src) => !/[\\/](node_modules|dist)([\\/]|$)/.test(relative(ROOT, src)),
  });
  // The build's only inputs besides the sources: typescript (from the root) and zod's types.
  await symlink(join(ROOT, 'node_modules'), join(pkgDir, 'node_modules'), 'dir');
  await sh(join(BIN, 'tsc'), ['-p', 'tsconfig.build.json'], pkgDir);
  // `npm pack` would run prepack (the same build again): built above, so scripts are skipped; --offline: no registry.
  const out = await sh('npm', ['pack', '--json', '--ignore-scripts', '--offline', '--pack-destination', work], pkgDir);
  pack = (JSON.parse(out) as PackInfo[])[0]!;
  tarball = join(work, pack.filename);
}, BUILD_TIMEOUT);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** A fresh project with the tarball installed as a user's would be (offline), and `files` written into it. */
async function consumer(name: string, files: Record<string, string>): Promise<string> {
  const dir = join(work, name);
  const installed = join(dir, 'node_modules', PACKAGE);
  await mkdir(installed, { recursive: true });
  await sh('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'], dir);
  // The package's one dependency, as npm would install it beside the package.
  await symlink(join(ROOT, 'node_modules/zod'), join(dir, 'node_modules/zod'), 'dir');
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(join(dir, rel, '..'), { recursive: true });
    await writeFile(join(dir, rel), text);
  }
  return dir;
}

/** The app every consumer runs: construct a client (no request is made), import a zod schema, validate a sample. */
const APP = `import { B24Error, createClient } from '${PACKAGE}';
import { resultSchemas } from '${PACKAGE}/zod/crm';
import { resultSchemas as every } from '${PACKAGE}/zod';

const b24 = createClient({ webhookUrl: 'https://example.bitrix24.com/rest/1/secret/' });
const contact = resultSchemas['crm.contact.get'];
const sample = contact.safeParse({ ID: '23', NAME: 'Ivan' });

/** Never called: the types are real (a typo in a method name is an error, the result is typed). */
export async function typed(): Promise<string | undefined> {
  // @ts-expect-error not a Bitrix24 method
  await b24.call('crm.contact.gett', { id: 1 });
  const c = await b24.call('crm.contact.get', { id: 23 });
  return c.NAME ?? undefined;
}

console.log(
  JSON.stringify({
    call: typeof b24.call,
    list: typeof b24.list,
    batch: typeof b24.batch,
    error: typeof B24Error,
    parsed: sample.success,
    schemas: Object.keys(every).length > 1000,
  }),
);
`;
const EXPECTED_OUTPUT = { call: 'function', list: 'function', batch: 'function', error: 'function', parsed: true, schemas: true };

/** tsconfig of a consumer: strict, no @types (the package needs only ES2022 + DOM). */
function tsconfig(compilerOptions: Record<string, unknown>): string {
  return JSON.stringify({
    compilerOptions: { target: 'ES2022', lib: ['ES2022', 'DOM'], types: [], strict: true, outDir: 'out', ...compilerOptions },
    include: ['app.ts'],
  });
}

/** Type-check and emit with the root's tsc, then run the emitted app with node; the app's JSON output. */
async function compileAndRun(dir: string): Promise<unknown> {
  await sh(join(BIN, 'tsc'), ['-p', 'tsconfig.json', '--pretty', 'false'], dir);
  return JSON.parse(await sh(process.execPath, ['out/app.js'], dir));
}

describe('the real generated package', () => {
  it('packs dist/ with declarations for every entry, the README and the runtime guide; no api.md, no raw .ts entry', async () => {
    const paths = new Set(pack.files.map((f) => f.path));
    for (const p of [
      'package.json',
      'README.md',
      'RUNTIME.md',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/zod/index.js',
      'dist/zod/index.d.ts',
      'dist/zod/crm.d.ts',
      'dist/mcp/index.js',
      'dist/mcp/index.d.ts',
      'dist/mcp/bin.js',
      'dist/mcp/catalogue/search-index.js',
    ])
      expect(paths.has(p), p).toBe(true);
    expect(paths.has('api.md')).toBe(false);
    // The `b24-mcp` bin: a built file that starts with its shebang (npm links it as a command).
    expect(await readFile(join(pkgDir, 'dist/mcp/bin.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    const pkg = JSON.parse(await readFile(join(pkgDir, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
      scripts: Record<string, string>;
      bin: Record<string, string>;
    };
    expect(pkg.scripts.prepack).toBe('npm run build');
    expect(pkg.bin).toEqual({ 'b24-mcp': './dist/mcp/bin.js' });
    for (const [key, value] of Object.entries(pkg.exports)) {
      if (typeof value === 'string') continue;
      // types first, default last, nothing resolving to a source .ts (webpack's `development`, node --conditions).
      expect(Object.keys(value as object), key).toEqual(['types', 'import', 'default']);
      for (const target of Object.values(value as Record<string, string>)) expect(target, key).toMatch(/^\.\/dist\/.*\.(d\.ts|js)$/);
    }
    console.log(`npm pack: ${pack.filename} ${pack.size} bytes packed, ${pack.unpackedSize} unpacked, ${pack.entryCount} files`);
  });

  it('publint --strict reports nothing', async () => {
    const bytes = await readFile(tarball);
    // The tarball itself (pkgDir is its root): what is linted is what npm would publish.
    const { messages, pkg } = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }, strict: true });
    expect(messages.map((m) => `${m.type} ${m.code}: ${formatMessage(m, pkg, { color: false }) ?? ''}`)).toEqual([]);
  });

  // The package is ESM-only, so the esm-only profile: it leaves out `node10` (TypeScript's pre-`exports`
  // resolution, which cannot see ./zod at all) and `node16-cjs` (a CommonJS file under node16/nodenext, where
  // TypeScript reports importing ESM from CJS). Both are listed in the JSON and asserted to be only those two kinds;
  // require() of the package on Node itself is run below. attw does not expand the `./zod/*` pattern: every
  // module it maps to (each namespace, _lenient, _shared, _vibe) is named as an entry point.
  it(
    '@arethetypeswrong/cli --profile esm-only finds no problem in any entry (every ./zod/* module included)',
    async () => {
      const zodEntries = pack.files.map((f) => /^dist\/zod\/([^/]+)\.js$/.exec(f.path)?.[1]).filter((n): n is string => !!n && n !== 'index');
      expect(zodEntries).toEqual(expect.arrayContaining(['crm', 'tasks', '_lenient', '_vibe']));
      const args = [
        tarball,
        '--profile',
        'esm-only',
        '--format',
        'json',
        '--no-definitely-typed',
        '--include-entrypoints',
        ...zodEntries.map((n) => `./zod/${n}`),
      ];
      // attw exits non-zero on a problem the profile counts: sh() throws with the report.
      const report = JSON.parse(await sh(join(BIN, 'attw'), args, work)) as {
        analysis: { entrypoints: Record<string, unknown> };
        problems?: Record<string, Array<{ kind: string; entrypoint: string; resolutionKind?: string }>>;
      };
      expect(Object.keys(report.analysis.entrypoints)).toEqual(expect.arrayContaining(['.', './zod', ...zodEntries.map((n) => `./zod/${n}`)]));
      const all = Object.values(report.problems ?? {}).flat();
      const counted = all.filter((p) => p.resolutionKind !== 'node10' && p.resolutionKind !== 'node16-cjs');
      expect(counted).toEqual([]);
      // What the profile leaves out is exactly the ESM-only nature, nothing else.
      expect(new Set(all.map((p) => `${p.resolutionKind}:${p.kind}`))).toEqual(new Set(['node16-cjs:CJSResolvesToESM', 'node10:NoResolution']));
    },
    CONSUMER_TIMEOUT,
  );

  it(
    'ESM + module nodenext: a fresh project type-checks against the tarball and runs',
    async () => {
      const dir = await consumer('consumer-nodenext', {
        'package.json': JSON.stringify({ name: 'app', private: true, type: 'module' }),
        // skipLibCheck off: every shipped .d.ts the app reaches is checked too (≈ 40 s of the test's time).
        'tsconfig.json': tsconfig({ module: 'nodenext', moduleResolution: 'nodenext', skipLibCheck: false }),
        'app.ts': APP,
      });
      expect(await compileAndRun(dir)).toEqual(EXPECTED_OUTPUT);
    },
    CONSUMER_TIMEOUT,
  );

  it(
    'ESM + moduleResolution bundler: a fresh project type-checks against the tarball and runs',
    async () => {
      const dir = await consumer('consumer-bundler', {
        'package.json': JSON.stringify({ name: 'app', private: true, type: 'module' }),
        'tsconfig.json': tsconfig({ module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true }),
        'app.ts': APP,
      });
      expect(await compileAndRun(dir)).toEqual(EXPECTED_OUTPUT);
    },
    CONSUMER_TIMEOUT,
  );

  it(
    'esbuild bundles it in development and production mode, from dist/ only, and both bundles run',
    async () => {
      const dir = await consumer('consumer-esbuild', { 'package.json': JSON.stringify({ name: 'app', private: true, type: 'module' }), 'app.ts': APP });
      const modes: Record<string, BuildOptions> = {
        // What a dev server does: the `development` condition (webpack 5 adds it in development mode) and NODE_ENV.
        development: { conditions: ['development'], define: { 'process.env.NODE_ENV': '"development"' } },
        production: { conditions: ['production'], define: { 'process.env.NODE_ENV': '"production"' }, minify: true },
      };
      for (const [mode, options] of Object.entries(modes)) {
        const outfile = join(dir, `bundle-${mode}.mjs`);
        const r = await build({
          entryPoints: [join(dir, 'app.ts')],
          absWorkingDir: dir,
          bundle: true,
          platform: 'node',
          format: 'esm',
          outfile,
          metafile: true,
          logLevel: 'silent',
          ...options,
        });
        expect(r.errors, mode).toEqual([]);
        const fromPackage = Object.keys(r.metafile?.inputs ?? {}).filter((p) => p.includes(`node_modules/${PACKAGE}/`));
        expect(fromPackage.length, mode).toBeGreaterThan(0);
        expect(
          fromPackage.filter((p) => !/\/dist\/.*\.js$/.test(p)),
          `${mode}: every module of the package comes from dist/`,
        ).toEqual([]);
        expect(JSON.parse(await sh(process.execPath, [outfile], dir)), mode).toEqual(EXPECTED_OUTPUT);
      }
      // And Node itself with the development condition (it used to resolve to src/*.ts: ERR_UNKNOWN_FILE_EXTENSION).
      await writeFile(join(dir, 'dev.mjs'), `import { createClient } from '${PACKAGE}';\nconsole.log(typeof createClient);\n`);
      expect((await sh(process.execPath, ['--conditions=development', 'dev.mjs'], dir)).trim()).toBe('function');
    },
    CONSUMER_TIMEOUT,
  );

  it(
    'require() from CommonJS: loads on a Node with require(esm) (20.19+, 22.12+), ERR_REQUIRE_ESM before',
    async () => {
      const dir = await consumer('consumer-cjs', {
        'package.json': JSON.stringify({ name: 'app', private: true, type: 'commonjs' }),
        'app.cjs': `const { createClient } = require('${PACKAGE}');\nconst { resultSchemas } = require('${PACKAGE}/zod/crm');\nconsole.log(typeof createClient, typeof resultSchemas['crm.contact.get'].safeParse);\n`,
      });
      // `default` is the condition require() matches (the package has no CommonJS build).
      const result = await sh(process.execPath, ['app.cjs'], dir).catch((e: Error) => e.message);
      if (process.features.require_module) expect(result.trim()).toBe('function function');
      else expect(result).toContain('ERR_REQUIRE_ESM');
    },
    CONSUMER_TIMEOUT,
  );
});

/** Shared helpers of the emitter tests: fixtures, a stub runtime, writing a package to a temp dir, running tsc. */
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { ErrorCatalogue, MethodSpec, TypeCatalogue } from '../../generator/spec/schema.ts';
import type { EmitInput } from './emit.ts';
import { expect, it } from 'vitest';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(ROOT, 'test/fixtures/specs');
const run = promisify(execFile);

/** Bundle `contents` (a module re-exporting from the package written at `dir`, zod left external) and import it. */
export async function importBundle<T>(dir: string, contents: string, name: string): Promise<T> {
  const outfile = join(dir, `${name}.mjs`);
  await build({
    stdin: { contents, resolveDir: dir, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    external: ['zod'],
    logLevel: 'silent',
  });
  return (await import(pathToFileURL(outfile).href)) as T;
}

/** The hand-written fixture specs and catalogues, validated by the spec schema. */
export async function loadFixtures(): Promise<Omit<EmitInput, 'runtime' | 'packageVersion'>> {
  const names = (await readdir(FIXTURES)).filter((n) => n.endsWith('.json')).sort();
  const input: Omit<EmitInput, 'runtime' | 'packageVersion'> = { specs: [], errorCatalogues: [], typeCatalogues: [] };
  for (const name of names) {
    const json = JSON.parse(await readFile(join(FIXTURES, name), 'utf8')) as Record<string, unknown>;
    if ('method' in json) input.specs.push(MethodSpec.parse(json));
    else if ('errors' in json) input.errorCatalogues.push(ErrorCatalogue.parse(json));
    else input.typeCatalogues.push(TypeCatalogue.parse(json));
  }
  return input;
}

/** A stand-in for generator/runtime with the generic signatures of CONTRACT.md (the real runtime may not exist yet). */
export function stubRuntime(): Map<string, string> {
  const index = `/** Stub runtime for emitter tests. */
export interface RestMethodShape {
  params: unknown;
  result: unknown;
  errorCode: string;
  list: unknown;
}
export interface VibeOperationShape {
  path: unknown;
  query: unknown;
  body: unknown;
  result: unknown;
  errorCode: string;
  list: unknown;
}
export interface Validator {
  safeParse(value: unknown): { success: boolean };
}
export interface ClientOptions {
  webhookUrl?: string;
  validate?: boolean;
  schemas?: Record<string, Validator>;
}
export interface VibeClientOptions {
  apiKey?: string;
}
export interface CallOptions {
  signal?: AbortSignal;
}
export interface RestCaller {
  callUntyped(method: string, params?: Record<string, unknown>, options?: CallOptions): Promise<{ result: unknown }>;
}
export type SelectName<S extends RestMethodShape> = S extends { list: { select: { names: infer N extends string } } } ? N : never;
export type SelectParams<S extends RestMethodShape, N extends string> = S['params'] & { select?: readonly N[] };
export type NarrowedResult<S extends RestMethodShape, N extends string> = [N] extends [never] ? S['result'] : S['result'];
export interface RestClient<M extends { [K in keyof M]: RestMethodShape }, V extends { [K in keyof V]: RestMethodShape } = {}> extends RestCaller {
  call<K extends keyof M & string>(method: K, params: M[K]['params']): Promise<M[K]['result']>;
  v3: { call<K extends keyof V & string>(method: K, params: V[K]['params']): Promise<V[K]['result']> };
}
export interface VibeClient<O extends { [K in keyof O]: VibeOperationShape }> {
  request<K extends keyof O & string>(op: K, args: { path?: O[K]['path']; query?: O[K]['query']; body?: O[K]['body'] }): Promise<O[K]['result']>;
}
export function createRestClient<M extends { [K in keyof M]: RestMethodShape }, V extends { [K in keyof V]: RestMethodShape } = {}>(options: ClientOptions): RestClient<M, V> {
  void options;
  const fail = async (): Promise<never> => { throw new B24Error('STUB', 'stub'); };
  return { call: fail, callUntyped: fail, v3: { call: fail } } as RestClient<M, V>;
}
export async function callMethod<R>(client: RestCaller, method: string, params: object | undefined, options: CallOptions | undefined): Promise<R> {
  return (await client.callUntyped(method, params as Record<string, unknown> | undefined, options)).result as R;
}
export function createVibeRestClient<O extends { [K in keyof O]: VibeOperationShape }>(options: VibeClientOptions): VibeClient<O> {
  void options;
  return { request: async () => { throw new VibeError('STUB', 'stub'); } } as VibeClient<O>;
}
export class B24Error<C extends string = string> extends Error {
  constructor(readonly code: C, message: string) {
    super(message);
  }
}
export class VibeError<C extends string = string> extends Error {
  constructor(readonly code: C, message: string) {
    super(message);
  }
}
`;
  return new Map([['index.ts', index]]);
}

/** A fresh temp dir holding `files`, with node_modules linked to the project's (for zod). */
export async function writePackage(files: Map<string, string>, prefix = 'b24gen-emit-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  for (const [rel, text] of files) {
    const path = join(dir, rel);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

export interface Diagnostic {
  file: string;
  line: number;
  code: string;
  message: string;
}

/** Run the project's tsc on a tsconfig; diagnostics grouped by file (paths relative to the config's dir). */
export async function runTsc(dir: string, project: string): Promise<Diagnostic[]> {
  const tsc = join(ROOT, 'node_modules/.bin/tsc');
  let out: string;
  try {
    const r = await run(tsc, ['-p', join(dir, project), '--pretty', 'false'], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
    out = r.stdout;
  } catch (e) {
    out = (e as { stdout?: string }).stdout ?? String(e);
  }
  const diags: Diagnostic[] = [];
  for (const line of out.split('\n')) {
    const m = /^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/.exec(line);
    if (m) diags.push({ file: m[1]!.replace(/\\/g, '/'), line: Number(m[2]), code: m[3]!, message: m[4]! });
    else if (line.startsWith('  ') && diags.length > 0) diags[diags.length - 1]!.message += `\n${line.trim()}`;
    else if (/error TS\d+/.test(line)) diags.push({ file: '', line: 0, code: /TS\d+/.exec(line)![0], message: line });
  }
  return diags;
}

/**
 * One test per case file in `casesDir` (copied to `cases/` of the checked package). Line 1 states the
 * expectation: `// expect: ok` (no diagnostic) or `// expect: TS2353 <message part>` (exactly that one).
 */
export async function typeCaseTests(casesDir: string, diagnostics: () => Diagnostic[]): Promise<void> {
  const names = (await readdir(casesDir)).filter((n) => n.endsWith('.ts')).sort();
  for (const name of names) {
    const header = (await readFile(join(casesDir, name), 'utf8')).split('\n')[0] ?? '';
    const m = /^\/\/ expect: (ok|(TS\d+) (.+))$/.exec(header);
    it(`${name}: ${header.replace(/^\/\/ expect: /, '')}`, () => {
      expect(m, `${name} needs an "// expect:" header`).not.toBeNull();
      const mine = diagnostics().filter((d) => d.file === `cases/${name}`);
      if (m![1] === 'ok') {
        expect(mine).toEqual([]);
      } else {
        expect(mine.map((d) => d.code)).toEqual([m![2]]);
        expect(mine[0]!.message).toContain(m![3]);
      }
    });
  }
}

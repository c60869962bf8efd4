/**
 * Injection-proof emission, end to end from hostile doc PAGES (issue 13). The pages in
 * test/fixtures/hostile-pages/ (YFM markdown in the corpus layout, one scraped-text page, one Vibe page)
 * carry comment closers and openers, backticks, `${`, `</script>`, U+2028/U+2029, NUL, the RTL override
 * U+202E, and names that are reserved words, digit-led, dashed, dotted, spaced, quoted or special in JS
 * (`__proto__`, `constructor`, `toString`, `hasOwnProperty`). They go through the real pipeline (the
 * input edge, the readers, the link stage, specs/ written and read back as `build` does, the TypeScript
 * target and prettier) and the package must:
 *   1. type-check under its own tsconfig (strict, noUncheckedIndexedAccess);
 *   2. hold doc text only inside comments and string literals: every top-level statement and every node
 *      the same as for the same pages with all their prose made plain, hostile markers only in comment and
 *      string tokens, no raw line/paragraph separators, bidi controls or NUL anywhere;
 *   3. behave the same at run time: params named `__proto__`, `constructor`, `toString`, with a dot, space
 *      or quote reach the wire as exactly those keys, results with such keys come back as own properties,
 *      and nothing (client, zod schemas) pollutes Object.prototype.
 * (The spec-level counterpart is test/targets/typescript/escaping.test.ts.)
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../generator/core/log.ts';
import { generateFiles } from '../../generator/pipeline/generate.ts';
import { collectPages, decodeText } from '../../generator/pipeline/inputs.ts';
import { specSetFromPages } from '../../generator/pipeline/run.ts';
import { specSetFromFiles, specSetToFiles, type SpecSet } from '../../generator/spec/spec-set.ts';
import { importBundle, ROOT, runTsc, writePackage, type Diagnostic } from '../targets/helpers.ts';

const PAGES = join(ROOT, 'test/fixtures/hostile-pages');
const INPUTS = [join(PAGES, 'yfm'), join(PAGES, 'scraped/hostile.scraped.constructor.txt'), join(PAGES, 'vibe/docs_entities_hostile-things_update.txt')];
/** A file cannot carry NUL (the input edge rejects it, below); pages handed in by another caller can: the fixtures write it as this placeholder. */
const NUL_PLACEHOLDER = '{NUL}';

/** Fragments of the pages' hostile prose: none may appear in a token other than a comment or a string literal. */
const MARKERS = ['Evil', 'alert', 'pwned', 'rtl-override', 'nul-byte', 'line-sep', 'para-sep', 'tick', '</script>', '${x}', '<!--', 'evil'];
/** Characters that must never be written raw into generated code (line terminators, Trojan Source bidi controls, NUL). */
const RAW_FORBIDDEN = /[\u0000\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u;

/**
 * A user's code against the package, type-checked with it (the package's own tsconfig, `cases/` added):
 * the hostile names are usable as written, typed as the pages say, and an unknown filter field is an error.
 */
const USE_CASES = new Map([
  ['tsconfig.cases.json', JSON.stringify({ extends: './tsconfig.json', include: ['src', 'cases'] })],
  [
    'cases/use.ts',
    `import { createClient, createVibeClient, HostileThingGetErrorCode } from '../src/index.ts';
const b24 = createClient({ webhookUrl: 'https://portal.example.com/rest/1/secret/' });
// hostile-thing-get.md:26-66: every param name as written; \`default\` lists its values, \`mode\` is 0 | 1.
const thing = await b24.call('hostile.thing.get', {
  id: 1,
  ['__proto__']: 'p',
  constructor: 'c',
  toString: 2,
  hasOwnProperty: 'h',
  default: '*/',
  class: 'c',
  delete: true,
  '1abc': 'd',
  'a-b': 'e',
  'data.FIELDS': 'f',
  'two words': 'g',
  "it's": 'h',
  'say "hi"': 'i',
  mode: 1,
});
// Only \`id\` is required (hostile-thing-get.md:26): leaving out \`toString\` or \`constructor\` compiles, though every object inherits them.
void b24.call('hostile.thing.get', { id: 1 });
// hostile-thing-get.md:138-169: the result's fields are strings, not the inherited members.
const own: string[] = [thing.__proto__, thing.constructor, thing.toString, thing.hasOwnProperty, thing['two words'], thing['say "hi"']];
void own;
// @ts-expect-error -- mode is 0 | 1 (hostile-thing-get.md:63-66)
void b24.call('hostile.thing.get', { id: 1, mode: 2 });
// hostile-proto-list.md: the filter, select and order name the item's fields (hostile-proto-get.md), hostile ones included.
for await (const item of b24.list('hostile.__proto__.list', {
  filter: { '>=1abc': 1, '@constructor': ['a', 'b'], '!__proto__': 'x', 'data.FIELDS': 'y', "it's": 'z', UF_CRM_1: 'u' },
  select: ['__proto__', 'two words', 'say "hi"', 'UF_*'],
  order: { "it's": 'ASC', toString: 'desc' },
})) {
  const name: string | null | undefined = item.__proto__;
  void name;
}
// @ts-expect-error -- not a field of the item
void b24.list('hostile.__proto__.list', { filter: { '>=nope': 1 } });
const code: 'ERROR_*/_\${x}' | '__proto__' | 'constructor' | 'toString' | 'Not found */' = HostileThingGetErrorCode.__proto__;
void code;
const vibe = createVibeClient({ apiKey: 'key' });
void vibe.request('PATCH /v1/hostile-things/{id}', { path: { id: 71 }, body: { ['__proto__']: 'p', constructor: 'c', 'data.FIELDS': 'd' } });
`,
  ],
]);

/** The pages as the pipeline collects them (real input edge), with the NUL placeholder made a NUL. */
async function hostilePages() {
  const { pages, problems } = await collectPages(INPUTS, silentLogger);
  expect(problems).toEqual([]);
  return pages.map((p) => ({ ...p, page: { ...p.page, text: p.page.text.replaceAll(NUL_PLACEHOLDER, '\u0000') } }));
}

/** Pages → spec set → specs/ files → read back → the package's files, as `build` runs it. */
async function emit(set: SpecSet): Promise<Map<string, string>> {
  return generateFiles(specSetFromFiles(specSetToFiles(set)));
}

/** The same spec set with every piece of prose (descriptions, titles, messages, notes) replaced by a plain word. */
function plainProse(set: SpecSet): SpecSet {
  const PROSE = new Set(['description', 'title', 'message', 'note', 'access']);
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === 'string') return key !== undefined && PROSE.has(key) ? 'Plain.' : v;
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(set) as SpecSet;
}

/** The generated TypeScript files that come from the specs (the runtime is copied in verbatim). */
const generatedTs = (files: Map<string, string>) => [...files].filter(([path]) => path.endsWith('.ts') && !path.startsWith('src/runtime/'));
/**
 * Program files: the runtime and the MCP server (copied verbatim from generator/) and the MCP entry and bin, whose
 * top-level code (the bin's `main(...)` call, template strings) is the program itself, not doc text. They stay in
 * the node-for-node check above, which would see doc text that broke into them; the checks below look at the rest.
 */
const isProgramFile = (path: string) => path.startsWith('src/mcp/') && !path.startsWith('src/mcp/catalogue/');
const declarationTs = (files: Map<string, string>) => generatedTs(files).filter(([path]) => !isProgramFile(path));

/** A file's syntax as a list of node kinds (comments are trivia, so they never show): doc text that broke out would add nodes. */
function nodeKinds(path: string, text: string): string[] {
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const kinds: string[] = [];
  const visit = (n: ts.Node): void => {
    kinds.push(ts.SyntaxKind[n.kind]);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return kinds;
}

/**
 * Where the hostile markers of a file are: `outside` lists each token other than a comment or a string literal
 * that holds one (and each comment closed before its end); `comments` counts the comments that hold one.
 */
function markerPlaces(path: string, text: string): { outside: string[]; comments: number } {
  const outside: string[] = [];
  let comments = 0;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    const token = scanner.getTokenText();
    if (kind === ts.SyntaxKind.MultiLineCommentTrivia || kind === ts.SyntaxKind.SingleLineCommentTrivia) {
      // A comment may hold doc text, but a comment closer only at its very end.
      if (token.slice(0, -2).includes('*/')) outside.push(`comment closed early: ${token}`);
      if (MARKERS.some((m) => token.includes(m))) comments++;
      continue;
    }
    if (kind === ts.SyntaxKind.StringLiteral) continue;
    // Template literals with text come only from the fixed helpers in src/filter.ts.
    if ((kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral || kind === ts.SyntaxKind.TemplateHead) && path !== 'src/filter.ts') outside.push(token);
    else if (MARKERS.some((m) => token.includes(m))) outside.push(token);
  }
  return { outside, comments };
}

let set: SpecSet;
let files = new Map<string, string>();
let plain = new Map<string, string>();
let dir = '';
let diagnostics: Diagnostic[] = [];

beforeAll(async () => {
  set = specSetFromPages(await hostilePages());
  files = await emit(set);
  plain = await emit(plainProse(set));
  dir = await writePackage(new Map([...files, ...USE_CASES]), 'b24gen-hostile-pages-');
  diagnostics = await runTsc(dir, 'tsconfig.cases.json');
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('hostile pages: what the readers make of them', () => {
  it('a page file holding NUL is rejected at the input edge, naming why', () => {
    expect(decodeText(new TextEncoder().encode('# T a.b\n\u0000'))).toEqual({ error: 'not a text file (contains NUL bytes)' });
  });

  it('every page yields its method, hostile names read as written', () => {
    const byMethod = new Map(set.specs.map((s) => [s.method, s]));
    expect([...byMethod.keys()].sort()).toEqual([
      'hostile-things.update',
      'hostile.1st.toString',
      'hostile.__proto__.get',
      'hostile.__proto__.list',
      'hostile.class.delete',
      'hostile.scraped.constructor',
      'hostile.thing.get',
    ]);
    // hostile-thing-get.md:26-66: the params table, names as written (`**\_\_proto\_\_**` is `__proto__`).
    expect(byMethod.get('hostile.thing.get')!.params.map((p) => p.name)).toEqual([
      'id',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'default',
      'class',
      'delete',
      '1abc',
      'a-b',
      'data.FIELDS',
      'two words',
      "it's",
      'say "hi"',
      'mode',
    ]);
  });
});

describe('hostile pages: the generated package', () => {
  it('type-checks under its own strict tsconfig (noUncheckedIndexedAccess)', () => {
    const options = (JSON.parse(files.get('tsconfig.json')!) as { compilerOptions: Record<string, unknown> }).compilerOptions;
    expect(options).toMatchObject({ strict: true, noUncheckedIndexedAccess: true });
    expect(diagnostics).toEqual([]);
  });

  it('has the same syntax, node for node, as the same pages with plain prose', () => {
    expect([...files.keys()]).toEqual([...plain.keys()]);
    for (const [path, text] of generatedTs(files)) expect(nodeKinds(path, text), path).toEqual(nodeKinds(path, plain.get(path)!));
  });

  it('parses without errors and has only declarations at the top level', () => {
    for (const [path, text] of declarationTs(files)) {
      const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
      expect((sf as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics, path).toEqual([]);
      for (const s of sf.statements) expect(ts.isExpressionStatement(s) || ts.isEmptyStatement(s), `${path}: ${s.getText(sf).slice(0, 80)}`).toBe(false);
    }
  });

  it('keeps hostile text inside comments and string literals only', () => {
    let seen = 0;
    for (const [path, text] of declarationTs(files)) {
      const { outside, comments } = markerPlaces(path, text);
      expect(outside, path).toEqual([]);
      seen += comments;
    }
    // The prose did reach the package (as comments): the check above looked at something.
    expect(seen).toBeGreaterThan(20);
  });

  it('the checks see a break-out: code tokens holding doc text, extra nodes', () => {
    const good = '/** Evil *\\/ export const pwned = alert(1); /* */\nexport interface A {\n  x: "Evil */";\n}\n';
    const bad = '/** Evil */ export const pwned = alert(1); /* */\nexport interface A {\n  x: "Evil */";\n}\n';
    expect(markerPlaces('good.ts', good)).toEqual({ outside: [], comments: 1 });
    expect(markerPlaces('bad.ts', bad).outside).toEqual(['pwned', 'alert']);
    expect(nodeKinds('bad.ts', bad)).not.toEqual(nodeKinds('good.ts', good));
  });

  it('writes no raw line separator, bidi control or NUL into any file', () => {
    for (const [path, text] of files) {
      if (path.startsWith('src/runtime/')) continue;
      const m = RAW_FORBIDDEN.exec(text);
      expect(m && `${path}: U+${m[0].codePointAt(0)!.toString(16).padStart(4, '0')} at ${m.index}`).toBeNull();
    }
  });
});

type Json = Record<string, unknown>;
interface Exchange {
  url: string;
  body: string;
}
/** A fetch that records each request and answers with `answer(url)` (JSON text written by hand, so `__proto__` is a key). */
function fakeFetch(answer: (url: string) => string): { fetch: typeof fetch; seen: Exchange[] } {
  const seen: Exchange[] = [];
  const f = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    seen.push({ url, body: typeof init?.body === 'string' ? init.body : '' });
    return new Response(answer(url), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetch: f as typeof fetch, seen };
}

/** Object.prototype is as it was: no key added by a `__proto__` or `constructor.prototype` payload. */
function expectNoPollution(): void {
  const probe: Json = {};
  expect(probe['polluted']).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
}

/** Params with keys that are special in JS, built from JSON so `__proto__` is an own key, not a prototype. */
const HOSTILE_PARAMS =
  '{"id":1,"__proto__":"p","constructor":"c","toString":2,"hasOwnProperty":"h","data.FIELDS":"dot","two words":"sp","it\'s":"q","say \\"hi\\"":"dq"}';
/** A result of hostile.thing.get (string fields, hostile-thing-get.md:138-169) with the special keys. */
const HOSTILE_RESULT =
  '{"ID":"1","__proto__":"p","constructor":"c","toString":"ts","hasOwnProperty":"hop","data.FIELDS":"dot","two words":"sp","it\'s":"q","say \\"hi\\"":"dq"}';
/** A result of hostile.1st.toString (an object the docs do not type, hostile-1st-to-string.md:32-33) carrying prototype-pollution payloads. */
const POLLUTING_RESULT = '{"constructor":{"prototype":{"polluted":"yes"}},"__proto__":{"polluted":"yes"},"toString":"not a function"}';
const HOSTILE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'data.FIELDS', 'two words', "it's", 'say "hi"'];

interface Client {
  call(method: string, params?: object): Promise<unknown>;
  batch(commands: Record<string, [string, object]>): Promise<Record<string, { ok: boolean; result?: unknown }>>;
  list(method: string, params?: object, options?: object): AsyncIterable<unknown>;
  v3: { batch(commands: Record<string, [string, object?]>): Promise<Record<string, { ok: boolean; result?: unknown }>> };
}
interface Pkg {
  createClient(o: object): Client;
  createVibeClient(o: object): { request(op: string, args: object): Promise<unknown> };
  resultSchemas: Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>;
  coerce(schema: unknown, value: unknown): unknown;
  HostileThingGetErrorCode: Record<string, string>;
}

describe('hostile pages: run-time behaviour of the generated client', () => {
  let pkg: Pkg;
  beforeAll(async () => {
    pkg = await importBundle<Pkg>(dir, "export * from './src/index.ts'; export * from './src/zod/index.ts';", 'hostile-bundle');
  }, 60_000);
  afterAll(() => expectNoPollution());

  const webhookUrl = 'https://portal.example.com/rest/1/secret123/';

  it('sends params named __proto__, constructor, toString, with a dot, a space or quotes as exactly those keys', async () => {
    const { fetch, seen } = fakeFetch(() => `{"result":${HOSTILE_RESULT}}`);
    const client = pkg.createClient({ webhookUrl, fetch });
    const params = JSON.parse(HOSTILE_PARAMS) as Json;
    await client.call('hostile.thing.get', params);
    for (const ex of seen) {
      const wire = JSON.parse(ex.body) as Json;
      expect(Object.keys(wire)).toEqual(Object.keys(params));
      for (const k of Object.keys(params)) expect(Object.hasOwn(wire, k), k).toBe(true);
      expect(wire).toStrictEqual(params);
    }
    expect(seen.map((e) => e.url)).toEqual([`${webhookUrl}hostile.thing.get`]);
    expectNoPollution();
  });

  it('returns results with such keys as own properties, on a plain object, without polluting', async () => {
    const { fetch } = fakeFetch(() => `{"result":${HOSTILE_RESULT}}`);
    for (const validate of [false, true]) {
      const client = pkg.createClient({ webhookUrl, fetch, validate, schemas: pkg.resultSchemas });
      const result = (await client.call('hostile.thing.get', { id: 1 })) as Json;
      expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
      for (const k of HOSTILE_KEYS) expect(Object.hasOwn(result, k), k).toBe(true);
      expect(result['__proto__']).toBe('p');
      expect(result['toString']).toBe('ts');
      const polluting = (await pkg
        .createClient({ webhookUrl, fetch: fakeFetch(() => `{"result":${POLLUTING_RESULT}}`).fetch, validate, schemas: pkg.resultSchemas })
        .call('hostile.1st.toString')) as Json;
      expect(Object.getPrototypeOf(polluting)).toBe(Object.prototype);
      expect(Object.hasOwn(polluting, '__proto__')).toBe(true);
      expect(polluting['__proto__']).toEqual({ polluted: 'yes' });
      expect(polluting['toString']).toBe('not a function');
      expectNoPollution();
    }
  });

  it('turns a boolean into Y/N for a flag named __proto__ (hostile-class-delete.md:62-65, params.__proto__) and keeps the key own', async () => {
    const { fetch, seen } = fakeFetch(() => '{"result":true}');
    const client = pkg.createClient({ webhookUrl, fetch });
    const params = JSON.parse('{"fields":{"__proto__":"p","constructor":"c"},"params":{"__proto__":true,"REGISTER_SONET_EVENT":false}}') as Json;
    expect(await client.call('hostile.class.delete', params)).toBe(true);
    expect(JSON.parse(seen[0]!.body)).toStrictEqual(
      JSON.parse('{"fields":{"__proto__":"p","constructor":"c"},"params":{"__proto__":"Y","REGISTER_SONET_EVENT":"N"}}'),
    );
    expectNoPollution();
  });

  it('pages a list method named hostile.__proto__.list and sends its hostile keys through batch too', async () => {
    const { fetch, seen } = fakeFetch((url) =>
      url.endsWith('/batch')
        ? `{"result":{"result":{"a":${HOSTILE_RESULT}},"result_error":[],"result_total":[],"result_next":[],"result_time":[]}}`
        : `{"result":[${HOSTILE_RESULT}],"total":1}`,
    );
    const client = pkg.createClient({ webhookUrl, fetch });
    const items: unknown[] = [];
    for await (const item of client.list('hostile.__proto__.list', JSON.parse('{"filter":{">=1abc":1,"__proto__":"x"},"select":["__proto__","constructor"]}')))
      items.push(item);
    expect(items).toHaveLength(1);
    expect(Object.hasOwn(items[0] as Json, '__proto__')).toBe(true);
    expect(JSON.parse(seen[0]!.body)).toMatchObject(JSON.parse('{"filter":{">=1abc":1,"__proto__":"x"},"select":["__proto__","constructor"]}'));
    const r = await client.batch({ a: ['hostile.thing.get', JSON.parse(HOSTILE_PARAMS) as Json] });
    expect(r['a']!.ok).toBe(true);
    expect(Object.hasOwn(r['a']!.result as Json, '__proto__')).toBe(true);
    const cmd = (JSON.parse(seen[1]!.body) as { cmd: Record<string, string> }).cmd['a']!;
    const query = new URLSearchParams(cmd.slice(cmd.indexOf('?') + 1));
    expect([...query.keys()]).toEqual(['id', ...HOSTILE_KEYS]);
    expectNoPollution();
  });

  it('keeps batch commands keyed __proto__, constructor, toString apart: each sent, each answered on its own key', async () => {
    const KEYS = ['__proto__', 'constructor', 'toString', 'two words'];
    const { fetch, seen } = fakeFetch(
      () =>
        `{"result":{"result":{${KEYS.map((k, i) => `${JSON.stringify(k)}:{"n":${i}}`).join(',')}},"result_error":[],"result_total":[],"result_next":[],"result_time":[]}}`,
    );
    const client = pkg.createClient({ webhookUrl, fetch, validate: true, schemas: pkg.resultSchemas });
    const commands = JSON.parse(`{${KEYS.map((k) => `${JSON.stringify(k)}:["hostile.1st.toString"]`).join(',')}}`) as Record<string, [string, object]>;
    const r = await client.batch(commands);
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
    expect(Object.keys(r)).toEqual(KEYS);
    KEYS.forEach((k, i) => expect(r[k], k).toEqual({ ok: true, result: { n: i } }));
    expect(Object.keys((JSON.parse(seen[0]!.body) as { cmd: object }).cmd)).toEqual(KEYS);
    // REST 3.0 batch (rest-v3.md#batch: a JSON array of commands, results in their order) answers on the same keys.
    const v3 = fakeFetch(() => `{"result":[${KEYS.map((_, i) => `{"n":${i}}`).join(',')}]}`);
    const r3 = await pkg.createClient({ webhookUrl, fetch: v3.fetch }).v3.batch(commands);
    expect(Object.keys(r3)).toEqual(KEYS);
    KEYS.forEach((k, i) => expect(r3[k], k).toEqual({ ok: true, result: { n: i } }));
    expectNoPollution();
  });

  it('calls and lists a method named like an inherited member (constructor, __proto__, toString) as any other', async () => {
    // The client's per-method maps (Y/N flags, id fields, schemas) are keyed by method name: such a name is not in them.
    const call = fakeFetch(() => '{"result":"ok"}');
    const list = fakeFetch(() => '{"result":[{"ID":"7"}]}');
    for (const method of ['constructor', '__proto__', 'toString', 'valueOf']) {
      expect(await pkg.createClient({ webhookUrl, fetch: call.fetch, validate: true, schemas: pkg.resultSchemas }).call(method, { id: 1 }), method).toBe('ok');
      const items: unknown[] = [];
      for await (const item of pkg.createClient({ webhookUrl, fetch: list.fetch }).list(method, {}, { mode: 'id' })) items.push(item);
      expect(items, method).toEqual([{ ID: '7' }]);
    }
    expect(call.seen.map((e) => e.url.slice(webhookUrl.length))).toEqual(['constructor', '__proto__', 'toString', 'valueOf']);
    // Paged by the default id field, not by a function found on the map's prototype.
    for (const e of list.seen) expect(JSON.parse(e.body)).toMatchObject({ order: { ID: 'ASC' } });
    expectNoPollution();
  });

  it('sends a Vibe body with such keys unchanged and returns them as own keys', async () => {
    const { fetch, seen } = fakeFetch(() => `{"success":true,"data":${HOSTILE_RESULT}}`);
    const vibe = pkg.createVibeClient({ apiKey: 'key', fetch });
    const body = JSON.parse('{"__proto__":"p","constructor":"c","toString":"t","data.FIELDS":"d"}') as Json;
    const data = (await vibe.request('PATCH /v1/hostile-things/{id}', { path: { id: 71 }, body })) as Json;
    expect(seen[0]!.url).toMatch(/\/v1\/hostile-things\/71$/);
    expect(JSON.parse(seen[0]!.body)).toStrictEqual(body);
    expect(Object.hasOwn(data, '__proto__')).toBe(true);
    expectNoPollution();
  });

  it('error-code objects keep codes named __proto__, constructor, toString as own keys (hostile-thing-get.md:187-191)', () => {
    const codes = pkg.HostileThingGetErrorCode;
    expect(Object.getPrototypeOf(codes)).toBe(Object.prototype);
    expect(Object.keys(codes).sort()).toEqual(['ERROR_*/_${x}', 'Not found */', '__proto__', 'constructor', 'toString']);
    for (const [k, v] of Object.entries(codes)) expect(v).toBe(k);
    expectNoPollution();
  });

  it('zod schemas parse such objects without pollution and without mistaking inherited members for fields', () => {
    const input = JSON.parse(HOSTILE_RESULT) as Json;
    for (const [method, schema] of Object.entries(pkg.resultSchemas)) {
      const value =
        method === 'hostile.__proto__.list'
          ? [input]
          : method === 'hostile.class.delete'
            ? true
            : method === 'hostile.1st.toString'
              ? JSON.parse(POLLUTING_RESULT)
              : input;
      const parsed = schema.safeParse(value);
      expect(parsed.success, method).toBe(true);
      const data = (Array.isArray(parsed.data) ? parsed.data[0] : parsed.data) as unknown;
      if (data && typeof data === 'object') {
        expect(Object.getPrototypeOf(data), method).not.toEqual({ polluted: 'yes' });
        expect((data as Json)['polluted'], method).toBeUndefined();
      }
      expectNoPollution();
    }
    // A field named `constructor` or `toString` that the input lacks is absent, not the inherited function.
    const thing = pkg.resultSchemas['hostile.thing.get']!;
    const missing = thing.safeParse({ ID: '1' });
    expect(missing.success).toBe(true);
    expect(Object.hasOwn(missing.data as Json, 'constructor')).toBe(false);
    // A non-string in a string field named `toString` fails: the key is validated, not inherited.
    expect(thing.safeParse({ ID: '1', toString: { not: 'a string' } }).success).toBe(false);
    expect((pkg.coerce(thing, JSON.parse(HOSTILE_RESULT)) as Json)['toString']).toBe('ts');
    expectNoPollution();
  });
});

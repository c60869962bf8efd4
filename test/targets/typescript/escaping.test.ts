/**
 * Escaping: a hostile spec (comment closers, template substitutions, backticks, </script>, tag-like
 * lines, emoji, names such as __proto__ / constructor / 1abc / a-b) must generate code that
 * type-checks, whose doc text only ever sits in comments and string literals, and whose run-time
 * objects keep `__proto__` as an own key.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitPackage } from '../emit.ts';
import { escapeDocText } from '../../../generator/targets/typescript/common/jsdoc.ts';
import { runTsc, stubRuntime, writePackage, type Diagnostic } from '../helpers.ts';
import { hostileInput } from '../hostile.ts';

let files = new Map<string, string>();
let dir = '';
let diagnostics: Diagnostic[] = [];

beforeAll(async () => {
  files = await emitPackage({ ...hostileInput(), runtime: stubRuntime(), packageVersion: '0.0.0-hostile' });
  dir = await writePackage(files, 'b24gen-hostile-');
  await writeFile(join(dir, 'tsconfig.check.json'), JSON.stringify({ extends: './tsconfig.json', compilerOptions: { noUnusedLocals: true } }));
  diagnostics = await runTsc(dir, 'tsconfig.check.json');
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Fragments of the hostile text that must never reach code outside comments and string literals. */
const FRAGMENTS = ['Evil', 'script', 'tick', 'backslash', 'not-a-tag', 'nowhere', '😀', 'line-sep', 'DATE'];

describe('hostile spec', () => {
  it('type-checks', () => {
    expect(diagnostics).toEqual([]);
  });

  it('keeps doc text inside comments and string literals only', () => {
    for (const [path, text] of files) {
      if (!path.endsWith('.ts') || path.startsWith('src/runtime/')) continue;
      const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
      for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
        const token = scanner.getTokenText();
        if (kind === ts.SyntaxKind.MultiLineCommentTrivia || kind === ts.SyntaxKind.SingleLineCommentTrivia) {
          // A comment may hold doc text, but a comment closer only at its very end.
          expect(token.slice(0, -2)).not.toContain('*/');
          continue;
        }
        if (kind === ts.SyntaxKind.StringLiteral) continue;
        if (kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral || kind === ts.SyntaxKind.TemplateHead) {
          // Template literals with text come only from the fixed helpers in src/filter.ts.
          expect(path, `template literal ${token}`).toBe('src/filter.ts');
          continue;
        }
        for (const f of FRAGMENTS) expect(token, `${path}: ${token}`).not.toContain(f);
      }
    }
  });

  it('neutralises comment closers, tags and inline tags in doc text', () => {
    const crm = files.get('src/methods/hostile.ts')!;
    expect(crm).toContain('Evil *\\/ text ${x}');
    expect(crm).toContain('\\@param not-a-tag');
    expect(crm).toContain('{\\@link nowhere}');
    expect(crm).not.toMatch(/^\s*\* @param/m);
    expect(escapeDocText('a */ b\n @x\r\n{@link y}')).toBe('a *\\/ b\n \\@x\n{\\@link y}');
  });

  it('quotes property names that are not identifiers', () => {
    const text = files.get('src/methods/hostile.ts')!;
    for (const key of ["'a-b'", "'1abc'", `"'quote'"`, "'😀'", "'data.FIELDS'", "'<key>'", "'>=DATE'"]) expect(text).toContain(`${key}`);
    expect(text).toMatch(/\n\s+UF_CRM_1\??:/);
    expect(text).toMatch(/\n\s+constructor\??:/);
  });

  it('names collisions from the ids, and reserved names and digits with fixed words', () => {
    const api = files.get('api.md')!;
    // hostile.thing_get has the PascalCase of hostile.thing.get, which keeps the plain name (canonical spelling).
    const twin = createHash('sha1').update('rest:hostile.thing_get').digest('hex').slice(0, 6);
    for (const name of [
      'HostileThingGetParams',
      `HostileThingGet_${twin}Params`,
      'HostileThingGetV3Params',
      '_1cSyncParams',
      'Hostile1abc',
      'RecordType',
      'HostileRecord',
      'HostileThingGetDefault',
      `HostileThingGet_${twin}Default`,
      // `default` is declared differently by the two: the namespace name is their union.
      'HostileDefault',
      'VibeWeirdThingsUpdatePath',
      'VibeWeirdThingsUpdateBody',
    ]) {
      expect(api).toContain(`\`${name}\``);
    }
  });

  it('keeps __proto__ and constructor as own keys of run-time objects', async () => {
    const out = join(dir, 'bundle.mjs');
    await build({
      stdin: {
        contents: "export * from './src/methods/hostile.ts'; export * from './src/zod/hostile.ts'; export * from './src/vibe/weird-things.ts';",
        resolveDir: dir,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: out,
      logLevel: 'silent',
    });
    const mod = (await import(pathToFileURL(out).href)) as Record<string, unknown>;
    const codes = mod['HostileThingGetErrorCode'] as Record<string, string>;
    expect(Object.getPrototypeOf(codes)).toBe(Object.prototype);
    expect(Object.hasOwn(codes, '__proto__')).toBe(true);
    expect(codes['__proto__']).toBe('__proto__');
    expect(codes['Access denied']).toBe('Access denied');
    expect(codes['200040300010']).toBe('200040300010');
    expect((mod['VibeWeirdThingsUpdateErrorCode'] as Record<string, string>)['constructor']).toBe('constructor');
    const schema = mod['hostile1abcSchema'] as { safeParse(v: unknown): { success: boolean; data?: unknown } };
    const input = JSON.parse(
      '{"constructor":"*/","__proto__":"proto","default":1,"1abc":"${x}","a-b":"y","tree":{"name":"t","children":[{"name":"c","children":[]}]}}',
    );
    const parsed = schema.safeParse(input);
    expect(parsed.success).toBe(true);
    // (zod itself builds its output with plain assignment, so a `__proto__` key does not survive into
    // `data`; what the generated code controls is that the key is validated, not inherited.)
    expect((parsed.data as Record<string, unknown>)['constructor']).toBe('*/');
    // An absent `constructor` field is not mistaken for the inherited Object constructor.
    const { constructor: _omit, ...withoutCtor } = input as Record<string, unknown>;
    void _omit;
    expect(schema.safeParse(withoutCtor).success).toBe(false); // constructor is required (and absent)
    expect(schema.safeParse({ ...withoutCtor, constructor: '${x}' }).success).toBe(true);
    // A recursive type validates through z.lazy: a wrong child fails.
    expect(schema.safeParse({ constructor: '*/', tree: { children: [{ children: [{ name: { not: 'a string' } }] }] } }).success).toBe(false);
  }, 60_000);
});

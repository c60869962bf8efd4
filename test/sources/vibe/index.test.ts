/** The Vibe reader entry (index.ts) over every scraped Vibe page, and on hostile input. */
import { describe, expect, it } from 'vitest';
import { ErrorCatalogue, MethodSpec } from '../../../generator/spec/schema.ts';
import { looksLikeVibePage, readVibePage, summarizeVibePage } from '../../../generator/sources/vibe/index.ts';
import { onlySpec, vibeManifest, vibeReader } from '../../support/vibe.ts';

const { corpus, read } = vibeReader();

const manifest = vibeManifest();

describe('every scraped Vibe page', () => {
  const outputs = corpus.map((p) => ({ page: p, out: read(p) }));

  it('reads without throwing, every spec passes the schema, every page says why it yields nothing', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    for (const { page: p, out } of outputs) {
      for (const s of out.specs) expect(() => MethodSpec.parse(s), `${p.path}: ${s.id}`).not.toThrow();
      for (const c of out.errorCatalogues ?? []) expect(() => ErrorCatalogue.parse(c)).not.toThrow();
      if (out.specs.length === 0) expect(out.skipped, p.path).toBeTruthy();
      for (const w of out.warnings) {
        expect(w.file).toBe(p.path);
        if (w.line !== undefined) expect(w.line).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('is recognised as a Vibe page', () => {
    for (const p of corpus) expect(looksLikeVibePage(p.text), p.path).toBe(true);
  });

  it('is marked truncated exactly when MANIFEST.tsv says it did not come through whole', () => {
    expect(manifest.size).toBe(corpus.length - 1); // the seed copy is not listed
    for (const { page: p, out } of outputs) {
      const whole = manifest.get(p.path);
      if (whole === undefined) continue;
      expect(summarizeVibePage(out).truncated, p.path).toBe(!whole);
      for (const s of out.specs) expect(s.sources[0]?.truncated, `${p.path} ${s.id}`).toBe(!whole);
    }
  });

  it('yields byte-identical output when read twice', () => {
    for (const p of corpus) expect(JSON.stringify(read(p))).toBe(JSON.stringify(read(p)));
  });
});

describe('robustness', () => {
  const hostile: Array<[string, unknown]> = [
    ['empty', ''],
    ['blank', ' \n\n\t\n'],
    ['junk', '\u0000\u0001 ||| ### {{{ [[[ ]]] | |'],
    ['not a string', 42],
    ['binary-ish', String.fromCharCode(...Array.from({ length: 3000 }, (_, i) => (i * 7919) % 65535))],
    ['header only', '#X\nGET /v1/x\n#Parameters\nParameter Type Required Description\n'],
    ['unsupported verb', '#Title\nHEAD /v1/things/:id\nX-Api-Key'],
    ['generic template', '#List\nGET /v1/{entity}\nX-Api-Key'],
    ['entity line only', 'Entity: thing | Scope: crm | Base path: /v1/things'],
    ['cut operations row', '#T\nEntity: t | Scope: crm | Base path: /v1/t\n#Operations\nMethod Path Description Bitrix24 Method\nGET /v1/t List t.list\nPATCH'],
    [
      'broken json',
      '#Get thing\nGET /v1/things/:id\n#Response example\n{ "success": true, "data": { "id": 1, }\n}\n#Errors\nHTTP Code Description\n404 NOT_FOUND gone\n',
    ],
    ['huge', `#Big\nGET /v1/big\n#Parameters\nParameter Type Description\n${'p string x\n'.repeat(5000)}`],
    ['crlf and bom', '\uFEFF#Get thing\r\nGET /v1/things/:id\r\n#Parameters\r\nParameter Type Required Description\r\nid (path) number yes Thing ID\r\n'],
  ];

  it.each(hostile)('%s: never throws, warnings cite a file and a 1-based line, no-op pages say why', (name, text) => {
    const out = readVibePage({ path: `${name}.txt`, text: text as string });
    for (const s of out.specs) expect(() => MethodSpec.parse(s)).not.toThrow();
    for (const w of out.warnings) {
      expect(w.file).toBe(`${name}.txt`);
      if (w.line !== undefined) expect(Number.isInteger(w.line) && w.line >= 1).toBe(true);
    }
    if (out.specs.length === 0) expect(out.skipped).toBeTruthy();
    expect(JSON.stringify(readVibePage({ path: `${name}.txt`, text: text as string }))).toBe(JSON.stringify(out));
  });

  it('reports broken example JSON and still reads the errors table', () => {
    const out = readVibePage({ path: 'b.txt', text: hostile[10]![1] as string });
    const spec = onlySpec(out);
    expect(out.warnings.find((w) => w.code === 'unparsed-json')?.line).toBe(4);
    expect(spec.examples.find((e) => e.kind === 'response')?.raw).toContain('"id": 1,');
    expect(spec.errors.map((e) => [e.code, e.status])).toEqual([['NOT_FOUND', 404]]);
  });

  it('reads CRLF text with a BOM like LF text', () => {
    const spec = onlySpec(readVibePage({ path: 'c.txt', text: hostile[12]![1] as string }));
    expect(spec.params[0]).toMatchObject({ name: 'id', in: 'path', required: true, source: { line: 5 } });
  });

  it('reads a huge table fully', () => {
    const spec = onlySpec(readVibePage({ path: 'h.txt', text: hostile[11]![1] as string }));
    // 5000 rows of one name: one param, the rest reported as duplicates.
    expect(spec.params.map((p) => p.name)).toEqual(['p']);
  });
});

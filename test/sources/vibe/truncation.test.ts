/** Cut pages (truncation.ts): what precedes the cut is kept, nothing after it is guessed. */
import { describe, expect, it } from 'vitest';
import { summarizeVibePage } from '../../../generator/sources/vibe/index.ts';
import { toVibeDoc } from '../../../generator/sources/vibe/page-lines.ts';
import { detectTruncation, SCRAPE_CUT_BYTES } from '../../../generator/sources/vibe/truncation.ts';
import { objectFields, onlySpec, seed, vibeReader } from '../../support/vibe.ts';

const { page, read } = vibeReader();

describe('cut pages', () => {
  it('keep what precedes the cut and gain nothing after it (contacts create)', () => {
    const p = page('docs_entities_contacts_create.txt');
    const out = read(p);
    const spec = onlySpec(out);
    const cut = out.warnings.find((w) => w.code === 'truncated-page');
    expect(cut?.line).toBe(p.text.trimEnd().split('\n').length);
    expect(spec.sources[0]?.truncated).toBe(true);
    expect(spec.params.map((p) => p.name)).toEqual([
      'name',
      'lastName',
      'secondName',
      'phone',
      'email',
      'companyId',
      'post',
      'comments',
      'typeId',
      'sourceId',
      'sourceDescription',
      'assignedById',
      'opened',
      'leadId',
    ]);
    // The page is cut before any response: no result is made up.
    expect(spec.result).toBeNull();
    expect(spec.examples.some((e) => e.kind === 'response')).toBe(false);
    // Every fact cites a line at or before the cut.
    const lines = JSON.stringify(spec)
      .match(/"line":\d+/g)!
      .map((m) => Number(m.slice(7)));
    expect(Math.max(...lines)).toBeLessThanOrEqual(cut!.line!);
  });

  it('drop a table row cut by the page end instead of guessing its status (errors guide)', () => {
    const out = read(page('docs_errors.txt'));
    const codes = out.errorCatalogues?.[0]?.errors.map((e) => e.code);
    expect(codes).toContain('INVALID_APP_KEY');
    // "TOKEN_EXPIRED" is the page's last text: it may be cut mid-word and has no status.
    expect(codes).not.toContain('TOKEN_EXPIRED');
    expect(out.warnings.some((w) => w.code === 'cut-row' && w.line === 51)).toBe(true);
  });

  it('are detected when cut mid-table in either scrape form', () => {
    const plain = page('tech_docs_entities_folders.txt').text;
    const cutPlain = plain.slice(0, plain.indexOf('storageId STORAGE_ID') + 'storageId STORAGE_ID'.length);
    const piped = page('tech_docs_entities_folders__table-scrape.txt').text;
    const cutPipe = piped.slice(0, piped.indexOf('storageId |') + 'storageId |'.length);
    for (const [name, text] of [
      ['cut-plain.txt', cutPlain],
      ['cut-pipe.txt', cutPipe],
    ] as const) {
      const out = read({ path: name, text });
      expect(summarizeVibePage(out).truncated, name).toBe(true);
      const get = out.specs.find((s) => s.method === 'folders.get');
      // The cut row (no type yet) is not turned into a field of unknown type.
      expect(objectFields(get?.types[0]?.type).map((f) => f.name)).toEqual(['id', 'name', 'parentId']);
    }
  });

  it('are detected at the scraper byte budget when they stop mid-sentence', () => {
    const bytes = Buffer.from(seed.text, 'utf8').subarray(0, 2000).toString('utf8');
    expect(summarizeVibePage(read({ path: 'seed-cut.txt', text: bytes })).truncated).toBe(true);
    // A whole page well under the budget is not.
    expect(summarizeVibePage(read(page('tech_docs_entities_users.txt'))).truncated).toBe(false);
  });
});

describe('detectTruncation on small pages', () => {
  const doc = (text: string) => toVibeDoc({ path: 'p.txt', text });
  it.each([
    ['a whole page', '#Get deal\nGET /v1/deals/:id\n#Errors\nHTTP Code Description\n404 NOT_FOUND Gone.\n', false, 5],
    ['an empty closing section', '#Get deal\nGET /v1/deals/:id\n#Errors\n', true, 3],
    ['a row cut before its status', '#Errors\n| HTTP | Code | Description |\n|---|---|---|\n| 404 | NOT_FOUND | Gone |\n| |', true, 5],
    ['an unclosed JSON example', '#Response example\n{\n  "success": true,\n  "data": {', true, 4],
    ['an unclosed string on the last line', '#Response example\n{ "name": "Ann', true, 2],
    ['an empty page', '', false, 1],
  ])('%s → %s at line %i', (_name, text, truncated, line) => {
    expect(detectTruncation(doc(text))).toMatchObject({ truncated, line });
  });

  it('takes a page at the scraper byte budget that stops mid-sentence as cut, and one ending a sentence as whole', () => {
    const body = `#Guide\n${'word '.repeat(SCRAPE_CUT_BYTES)}`.slice(0, SCRAPE_CUT_BYTES);
    expect(detectTruncation(doc(body.replace(/\s+$/, '') + 'x')).truncated).toBe(true);
    expect(detectTruncation(doc(body.slice(0, -2).replace(/\s+$/, '') + '.')).truncated).toBe(false);
  });
});

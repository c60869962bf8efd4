/** looksLikeVibePage (detect.ts): Vibe pages, and not apidocs seeds nor YFM markdown. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeVibePage } from '../../../generator/sources/vibe/index.ts';
import { pageScope, scopeList } from '../../../generator/sources/vibe/detect.ts';
import { toVibeDoc } from '../../../generator/sources/vibe/page-lines.ts';
import { requireShared, SHARED } from '../../support/shared.ts';
import { seed, SEEDS_DIR } from '../../support/vibe.ts';

const YFM_DIR = `${SHARED.corpus}/`;

describe('looksLikeVibePage', () => {
  it('rejects the scraped apidocs seeds', () => {
    for (const f of ['crm.company.contact.items.get.txt', 'crm.contact.get.txt', 'crm.contact.list.txt', 'crm.lead.get.txt']) {
      expect(looksLikeVibePage(readFileSync(SEEDS_DIR + f, 'utf8')), f).toBe(false);
    }
    expect(looksLikeVibePage(seed.text)).toBe(true);
  });

  it('rejects every YFM markdown page, even one that links to vibecode', () => {
    const files = (readdirSync(requireShared(YFM_DIR), { recursive: true }) as string[]).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(1000);
    const hits = files.filter((f) => looksLikeVibePage(readFileSync(YFM_DIR + f, 'utf8')));
    expect(hits).toEqual([]);
    const md = readFileSync(YFM_DIR + files.find((f) => f.includes('crm-contact-get'))!, 'utf8');
    expect(looksLikeVibePage(`${md}\nSee https://vibecode.bitrix24.tech/v1/contacts\n`)).toBe(false);
  });

  it('recognises a bare method page and an entity page without the host name', () => {
    expect(looksLikeVibePage('#Get deal\nGET /v1/deals/:id\ncurl -H "X-Api-Key: K" /v1/deals/1')).toBe(true);
    expect(looksLikeVibePage('#Deals\nEntity: deal | Scope: crm | Base path: /v1/deals')).toBe(true);
    expect(looksLikeVibePage('')).toBe(false);
    expect(looksLikeVibePage('GET /v1/deals')).toBe(false);
  });
});

describe('scopes', () => {
  it.each([
    ['crm', ['crm']],
    ['crm, task', ['crm', 'task']],
    ['checked individually per entity', []],
    ['', []],
  ])('scopeList(%j) is %j', (text, want) => {
    expect(scopeList(text)).toEqual(want);
  });

  it('reads the scope line of the page header, dropping a remark in brackets', () => {
    expect(pageScope(toVibeDoc({ path: 'p.txt', text: '#Deals\n\nScope: crm (management keys too) | Base path: /v1/deals' }))).toEqual({
      scope: ['crm'],
      line: 3,
    });
    expect(pageScope(toVibeDoc({ path: 'p.txt', text: '#Deals\nNothing' }))).toBeNull();
  });
});

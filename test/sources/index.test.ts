import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectReader, readPage } from '../../generator/sources/index.ts';
import { SEEDS_DIR } from '../helpers.ts';
import { requireShared, SHARED } from '../support/shared.ts';

const seed = (name: string) => readFileSync(join(SEEDS_DIR, name), 'utf8');

describe('reader detection by content', () => {
  it('tells the three page forms apart, whatever the file is called', () => {
    expect(detectReader(seed('crm.contact.get.txt'))).toBe('scraped-text');
    expect(detectReader(seed('vibe.contacts.get.txt'))).toBe('vibe');
    expect(detectReader(readFileSync(join(requireShared(SHARED.corpus), 'api-reference/crm/contacts/crm-contact-get.md'), 'utf8'))).toBe('yfm-markdown');
    for (const f of readdirSync(requireShared(SHARED.vibecode)).filter((n) => n.endsWith('.txt'))) {
      expect(detectReader(readFileSync(join(SHARED.vibecode, f), 'utf8')), f).toBe('vibe');
    }
  });

  it('recognises nothing in prose or junk', () => {
    expect(detectReader('Just a note.\nNothing else.')).toBeNull();
    expect(detectReader('\u0000\u0001binary')).toBeNull();
    expect(detectReader('')).toBeNull();
  });

  it('reads a page under a misleading name with the reader its content needs', () => {
    const r = readPage({ page: { path: 'notes/readme.md', text: seed('crm.lead.get.txt') }, ctx: { readFile: () => undefined } });
    expect(r.reader).toBe('scraped-text');
    expect(r.output.specs[0]?.method).toBe('crm.lead.get');
  });
});

/** Guide pages (guide-page.ts): error catalogues, no operations. */
import { describe, expect, it } from 'vitest';
import { vibeReader } from '../../support/vibe.ts';

const { page, read } = vibeReader();

describe('guide pages and conventions', () => {
  it('yield the shared error catalogue with HTTP statuses, and no operations', () => {
    const out = read(page('docs_errors.txt'));
    expect(out.specs).toEqual([]);
    expect(out.skipped).toMatch(/guide/);
    const catalogue = out.errorCatalogues?.[0];
    expect(catalogue?.id).toBe('vibe-errors');
    expect(catalogue?.api).toBe('vibe');
    const status = Object.fromEntries(catalogue!.errors.map((e) => [e.code, e.status]));
    expect(status).toMatchObject({ MISSING_API_KEY: 401, INVALID_API_KEY: 401, INVALID_APP_KEY: 401, RATE_LIMITED: 429 });
    expect(catalogue!.errors.find((e) => e.code === 'RATE_LIMITED')?.message).toBe('QUERY_LIMIT_EXCEEDED');
  });

  it('skip section overviews with their own scope without adding their errors', () => {
    const out = read(page('docs_bots.txt'));
    expect(out.skipped).toMatch(/scope imbot/);
    expect(out.errorCatalogues).toBeUndefined();
  });
});

/** The conventions read from the guide pages (conventions.ts), with provenance. */
import { describe, expect, it } from 'vitest';
import { readVibeConventions } from '../../../generator/sources/vibe/index.ts';
import { vibeReader } from '../../support/vibe.ts';

const { corpus, conventions } = vibeReader();

describe('vibe conventions from the guide pages', () => {
  it('give the conventions with provenance', () => {
    expect(conventions.limitMax).toMatchObject({ value: 5000, source: { file: 'docs_entity-api.txt', how: 'read' } });
    expect(conventions.limitDefault?.value).toBe(50);
    expect(conventions.offsetParam?.value).toBe('offset');
    expect(conventions.totalField?.value).toBe('meta.total');
    expect(conventions.hasMoreField?.value).toBe('meta.hasMore');
    expect(conventions.includeParam?.value).toBe('include');
    expect(conventions.includedField?.value).toBe('_included');
    expect(conventions.batchMaxCalls?.value).toBe(50);
    expect(conventions.entityBatchMaxItems?.value).toBe(500);
    expect(conventions.retryAfterHeader).toMatchObject({ value: 'Retry-After', source: { file: 'docs_errors.txt' } });
    expect(conventions.retryAfterField?.value).toBe('error.retryAfter');
    expect(conventions.authHeader?.value).toBe('X-Api-Key');
    expect(conventions.baseUrl?.value).toBe('https://vibecode.bitrix24.tech');
    expect(conventions.createStatus?.value).toBe(201);
    expect(conventions.filterObjectOperators?.value.map((o) => o.operator)).toEqual(['$gt', '$gte', '$lt', '$lte', '$ne', '$contains', '$in']);
    expect(conventions.filterPrefixOperators?.value.map((o) => o.operator)).toEqual(expect.arrayContaining(['>=', '>', '<=', '!']));
    expect(conventions.listParams.map((p) => p.name)).toEqual(['limit', 'offset', 'select', 'order']);
    for (const [key, fact] of Object.entries(conventions)) {
      if (key === 'listParams') continue;
      expect((fact as { source: { file: string; line?: number } }).source.line, key).toBeGreaterThanOrEqual(1);
    }
  });

  it('are the same whatever order the pages come in', () => {
    expect(JSON.stringify(readVibeConventions([...corpus].reverse()))).toBe(JSON.stringify(conventions));
  });
});

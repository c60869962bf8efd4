/** context.ts: provenance and deduplicated warnings of one page, its sources entry and cut-row check. */
import { describe, expect, it } from 'vitest';
import { prov, sourceFile, warn } from '../../../generator/sources/vibe/context.ts';
import { sha256 } from '../../../generator/core/hash.ts';
import { contextOf } from '../../support/vibe.ts';

describe('page context', () => {
  it('cites the page and a whole 1-based line, or no line', () => {
    const ctx = contextOf('x');
    expect(prov(ctx, 3, 'read', 'table')).toEqual({ file: 'p.txt', line: 3, how: 'read', evidence: 'table' });
    expect(prov(ctx, 0, 'inferred', 'e')).toEqual({ file: 'p.txt', how: 'inferred', evidence: 'e' });
    expect(prov(ctx, 2.7, 'read', 'e').line).toBe(2);
  });

  it('records the same warning on the same line once', () => {
    const ctx = contextOf('x');
    warn(ctx, 'a', 'm', 2);
    warn(ctx, 'a', 'm', 2);
    warn(ctx, 'a', 'm', 3);
    warn(ctx, 'a', 'other', 3);
    expect(ctx.warnings.map((w) => [w.code, w.message, w.line])).toEqual([
      ['a', 'm', 2],
      ['a', 'm', 3],
      ['a', 'other', 3],
    ]);
  });

  it('starts a cut page with its truncated-page warning and says so in its sources entry', () => {
    const cut = contextOf('#Get deal\n#Errors\n');
    expect(cut.warnings.map((w) => [w.code, w.line])).toEqual([['truncated-page', 2]]);
    expect(sourceFile(cut)).toEqual({ path: 'p.txt', reader: 'vibe-page', sha256: sha256('#Get deal\n#Errors\n'), truncated: true });
    expect(sourceFile(contextOf('#Whole page\nText.')).truncated).toBe(false);
  });
});

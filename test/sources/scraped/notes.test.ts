/** notes.ts: the per-page notebook of warnings and fact provenance. */
import { describe, expect, it } from 'vitest';
import { createNotes } from '../../../generator/sources/scraped/notes.ts';

describe('createNotes', () => {
  it('cites the file on every warning, and a line only when it is a real 1-based line', () => {
    const notes = createNotes('x.txt');
    notes.warn('a', 'first', 3);
    notes.warn('b', 'second', 0);
    notes.warn('c', 'third');
    expect(notes.warnings).toEqual([
      { code: 'a', message: 'first', file: 'x.txt', line: 3 },
      { code: 'b', message: 'second', file: 'x.txt' },
      { code: 'c', message: 'third', file: 'x.txt' },
    ]);
  });

  it('keeps the first provenance recorded for a fact', () => {
    const notes = createNotes('x.txt');
    notes.fact('scope', notes.at(2, 'read', 'scope-line'));
    notes.fact('scope', notes.at(9, 'inferred', 'later'));
    expect(notes.facts).toEqual({ scope: { file: 'x.txt', line: 2, how: 'read', evidence: 'scope-line' } });
    expect(notes.at(undefined, 'inferred', 'e')).toEqual({ file: 'x.txt', how: 'inferred', evidence: 'e' });
  });
});

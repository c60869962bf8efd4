/** table-scanner.ts: finding where a #| … |# table ends. */
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../../generator/sources/yfm/parse/lines.ts';
import { scanYfmTable } from '../../../../generator/sources/yfm/parse/table-scanner.ts';

describe('scanYfmTable', () => {
  it('scanner: reports an unterminated table instead of looping', () => {
    const lines = splitLines('#|\n|| a | b ||\n');
    expect(scanYfmTable(lines, 0, 0, 1e6)).toMatchObject({ ok: false, reason: 'unterminated' });
  });
});

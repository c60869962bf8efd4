/** errors.ts: the method's errors from its error table and error example; the system block recognised, not copied. */
import { describe, expect, it } from 'vitest';
import { readErrors } from '../../../generator/sources/scraped/errors.ts';
import type { Section } from '../../../generator/sources/scraped/sections.ts';
import { pageOf } from '../../support/scraped.ts';

const section = (line: number, end: number, heading = 'Error Handling'): Section => ({ role: 'errors', line, heading, start: line + 1, end });

describe('readErrors', () => {
  it('reads a Code | Description | Value table and folds the example error into the row with its message', () => {
    const { page, notes } = pageOf(
      'Error Handling',
      'HTTP Status: 400',
      '{',
      '"error": "ACCESS_DENIED",',
      '"error_description": "Access denied."',
      '}',
      'Possible Error Codes',
      '|',
      'Code |',
      'Description |',
      'Value |',
      '|',
      'ACCESS_DENIED |',
      'Access denied. |',
      'The user has no permission |',
      '|',
      '0 |',
      'Parameter fields is empty |',
      '|',
    );
    const read = readErrors(page, section(1, 20), notes);
    expect(read.example?.line).toBe(3);
    expect(read.systemBlockLine).toBeUndefined();
    expect(read.errors.map((e) => [e.code, e.status, e.message, e.description, e.source.line])).toEqual([
      // A row is cited by the `|` line that opens it.
      ['ACCESS_DENIED', 400, 'Access denied.', 'The user has no permission', 12],
      [null, null, 'Parameter fields is empty', undefined, 16],
    ]);
  });

  it('takes an HTTP status written in the Code column as the status', () => {
    const { page, notes } = pageOf('Possible Error Codes', '|', 'Code |', 'Description |', '|', '400 |', 'Invalid field name |');
    expect(readErrors(page, section(1, 8, 'Possible Error Codes'), notes).errors.map((e) => [e.code, e.status, e.description])).toEqual([
      [null, 400, 'Invalid field name'],
    ]);
  });

  it('checks the system block and warns about a row that is no system error', () => {
    const { page, notes } = pageOf(
      'Error Handling',
      'Statuses and System Error Codes',
      '|',
      'Status |',
      'Code |',
      'Description |',
      '|',
      '|',
      '|',
      'The request intensity limit has been exceeded |',
      '|',
      '|',
      '|',
      'The moon is in the wrong phase |',
    );
    const read = readErrors(page, section(1, 15), notes);
    expect(read.errors).toEqual([]);
    expect(read.systemBlockLine).toBe(2);
    expect(notes.warnings.map((w) => [w.code, w.line])).toEqual([['unknown-system-error', 11]]);
  });

  it('reads nothing without a section', () => {
    const { page, notes } = pageOf('T');
    expect(readErrors(page, undefined, notes)).toEqual({ errors: [], example: undefined, systemBlockLine: undefined });
  });
});

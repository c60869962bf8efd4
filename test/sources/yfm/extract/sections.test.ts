/** sections.ts: the role of an H2 by its spelling. */
import { describe, expect, it } from 'vitest';
import { headingRole } from '../../../../generator/sources/yfm/extract/sections.ts';

describe('headingRole', () => {
  it('maps H2 spellings to roles', () => {
    expect(headingRole('Method Parameters')).toBe('params');
    expect(headingRole('Fields Parameters')).toBe('params');
    expect(headingRole('Code examples')).toBe('examples');
    expect(headingRole('Returned Data')).toBe('response');
    expect(headingRole('Response on Success')).toBe('response');
    expect(headingRole('Possible Error Codes')).toBe('errors');
    expect(headingRole('Continue Your Exploration')).toBe('continue');
    expect(headingRole('Endpoint')).toBe('other');
  });
});

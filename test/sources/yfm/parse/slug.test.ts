/** slug.ts: diplodoc's heading ids. */
import { describe, expect, it } from 'vitest';
import { diplodocSlug } from '../../../../generator/sources/yfm/parse/slug.ts';

describe('diplodocSlug', () => {
  it.each([
    ['Method Parameters', 'method-parameters'],
    ['Параметр fields', 'parametr-fields'],
    ['crm.contact.get', 'crmcontactget'],
    ["What's new (2024)", 'whats-new-2024'],
    ['A & B', 'a-and-b'],
    ['  spaced   out  ', 'spaced-out'],
    ['Pre-set', 'pre-set'],
    ['Объект', 'obuekt'], // ъ maps to u in slugify's char map
    ['Café', 'cafe'],
  ])('%j → %j', (title, want) => {
    expect(diplodocSlug(title)).toBe(want);
  });
});

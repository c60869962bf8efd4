/** summarizeVibePage (summary.ts): what a page yielded. */
import { describe, expect, it } from 'vitest';
import { summarizeVibePage } from '../../../generator/sources/vibe/index.ts';
import { vibeReader } from '../../support/vibe.ts';

const { page, read } = vibeReader();

describe('summarizeVibePage', () => {
  it('summarizes what a page yielded', () => {
    expect(summarizeVibePage(read(page('tech_docs_entities_users.txt')))).toEqual({
      operations: 5,
      entityTypes: ['user', 'user_input'],
      truncated: false,
    });
    expect(summarizeVibePage(read(page('docs_filtering.txt')))).toMatchObject({ operations: 0, truncated: true, skipped: expect.stringMatching(/guide/) });
  });
});

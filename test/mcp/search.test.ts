/** The search's general means on a small synthetic catalogue: tokens, stems, typo repair, compounds, learned synonyms, successors. */
import { describe, expect, it } from 'vitest';
import type { IndexEntry } from '../../generator/mcp-server/catalogue-types.ts';
import { closeMatches, editDistance } from '../../generator/mcp-server/names.ts';
import { buildSearchIndex, learnVerbSynonyms, stem, words } from '../../generator/mcp-server/search.ts';

const entry = (name: string, title: string, summary = title, extra: Partial<IndexEntry> = {}): IndexEntry => ({
  name,
  title,
  summary,
  scope: [name.split('.')[0]!],
  access: /\.(get|list)$/.test(name) ? 'read' : 'write',
  section: name.split('.').slice(0, -1).join(' '),
  ...extra,
});

const ENTRIES: IndexEntry[] = [
  entry('crm.deal.add', 'Create a New Deal', 'Creates a new deal.', { deprecated: { successor: 'crm.item.add' } }),
  entry('crm.item.add', 'Create a New CRM Item', 'A universal method for creating CRM objects.'),
  entry('crm.deal.recurring.add', 'Create a Template for Recurring Deal', 'Creates a template for a recurring deal.'),
  entry('crm.contact.add', 'Create a New Contact'),
  entry('crm.lead.add', 'Create a Lead'),
  entry('crm.deal.get', 'Get Deal by Id'),
  entry('timeman.open', 'Start a New Workday', 'Starts a new workday.'),
  entry('disk.folder.uploadFile', 'Upload a New File to the Folder'),
];

describe('search helpers', () => {
  it('splits camelCase and dots, drops stop words, stems endings alike', () => {
    expect(words('disk.folder.uploadFile')).toEqual(['disk', 'folder', 'upload', 'file']);
    expect(words('Create a task and assign it')).toEqual(['create', 'task', 'assign']);
    for (const [a, b] of [
      ['completed', 'complete'],
      ['deals', 'deal'],
      ['statuses', 'status'],
      ['running', 'run'],
      ['categories', 'category'],
    ])
      expect(stem(a!), `${a} ~ ${b}`).toBe(stem(b!));
  });

  it('counts a transposition as one edit; close matches are best first', () => {
    expect(editDistance('naem', 'name')).toBe(1);
    expect(editDistance('crm.deal.lst', 'crm.deal.list')).toBe(1);
    expect(closeMatches('TITEL', ['TITLE', 'TYPE_ID', 'COMMENTS'])).toEqual(['TITLE']);
  });

  it('learns "create" → add from titles against name verbs', () => {
    expect(learnVerbSynonyms(ENTRIES).get(stem('create'))).toEqual(['add']);
  });

  it('ranks the general method over a more specific one, and a deprecated match carries its successor', () => {
    const hits = buildSearchIndex(ENTRIES)
      .search('create a deal')
      .hits.map((h) => h.name);
    expect(hits.slice(0, 2).sort()).toEqual(['crm.deal.add', 'crm.item.add']);
    expect(hits.indexOf('crm.deal.recurring.add')).toBeGreaterThan(1);
  });

  it('repairs a typo against the vocabulary and joins a compound the docs write as one word', () => {
    const index = buildSearchIndex(ENTRIES);
    expect(index.search('uplaod a file').hits[0]?.name).toBe('disk.folder.uploadFile');
    expect(index.search('start the working day').hits[0]?.name).toBe('timeman.open');
  });
});

/** looksLikeScrapedPage (detect.ts): which texts are apidocs pages. */
import { describe, expect, it } from 'vitest';
import { looksLikeScrapedPage } from '../../../generator/sources/scraped/index.ts';
import { seedText } from '../../support/scraped.ts';

describe('looksLikeScrapedPage', () => {
  it('accepts the four apidocs seeds', () => {
    for (const name of ['crm.contact.get.txt', 'crm.lead.get.txt', 'crm.company.contact.items.get.txt', 'crm.contact.list.txt']) {
      expect(looksLikeScrapedPage(seedText(name))).toBe(true);
    }
  });

  it('rejects Vibe pages, YFM markdown and prose', () => {
    expect(looksLikeScrapedPage(seedText('vibe.contacts.get.txt'))).toBe(false);
    const yfm = '# Get Contact by Id crm.contact.get\n\n> Scope: [`crm`](x)\n\n## Method Parameters\n\n#|\n|| **Name**\n`type` | **Description** ||\n|#\n';
    expect(looksLikeScrapedPage(yfm)).toBe(false);
    expect(looksLikeScrapedPage(yfm.replace(/^# /, ''))).toBe(false); // the #| table still gives it away
    expect(looksLikeScrapedPage('Just some text mentioning crm.contact.get.\nNothing else.')).toBe(false);
    expect(looksLikeScrapedPage('')).toBe(false);
  });
});

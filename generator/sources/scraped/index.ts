/** The scraped-text reader (flattened apidocs.bitrix24.com pages): detection and reading. */
export { readScrapedPage } from './read-page.ts';
export { looksLikeScrapedPage } from './detect.ts';

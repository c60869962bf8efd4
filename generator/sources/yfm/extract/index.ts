/** Public API of the YFM method extractor. */
export { readYfmPage, type PageContext } from './page.ts';
export { readYfmCorpus, readSystemErrorCatalogue, linkListEntities, type CorpusResult } from './corpus.ts';

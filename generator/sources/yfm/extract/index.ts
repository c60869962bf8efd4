/** Public API of the YFM method extractor. */
export { readYfmPage, type PageContext } from './page.ts';
export { SYSTEM_ERRORS_INCLUDE } from './system-errors.ts';
export { isListMethodName } from './list.ts';
export { customFieldPattern } from './patterns.ts';
export { mapTypeName } from '../types/map.ts';
export { CATALOGUE_PAGES } from '../types/vocab.ts';

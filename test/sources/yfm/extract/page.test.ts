/** page.ts: readYfmPage as a whole. */
import { describe, expect, it } from 'vitest';
import { readYfmPage } from '../../../../generator/sources/yfm/extract/page.ts';

describe('readYfmPage never throws', () => {
  it('turns garbage into a skip', () => {
    for (const text of ['', '#|', '|| **x** ||', '# a.b\n{% note %}', '# x.y\n#|\n||**a***\n`', '\u0000\u0001']) {
      expect(() => readYfmPage({ path: 'api-reference/x/y.md', text }, { readFile: () => undefined })).not.toThrow();
    }
  });
});

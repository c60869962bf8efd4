/** The input edge: files and folders → pages, with every problem named by file. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../generator/core/log.ts';
import { collectPages, decodeText, isCorpusRoot } from '../../generator/pipeline/inputs.ts';

describe('decodeText', () => {
  it.each([
    ['plain', 'a\nb', { text: 'a\nb' }],
    ['CRLF and CR folded to LF', 'a\r\nb\rc', { text: 'a\nb\nc' }],
    ['BOM dropped', '\uFEFF# T', { text: '# T' }],
  ])('%s', (_, input, want) => expect(decodeText(new TextEncoder().encode(input))).toEqual(want));

  it('refuses NUL bytes and invalid UTF-8', () => {
    expect(decodeText(new Uint8Array([0x23, 0, 0x41]))).toEqual({ error: 'not a text file (contains NUL bytes)' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41]))).toEqual({ error: 'not valid UTF-8 text' });
  });
});

describe('collectPages', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'b24gen-inputs-'));
    // A small corpus: a page, an include it uses, the system-error include and a data-types page.
    await mkdir(join(dir, 'docs/api-reference/crm'), { recursive: true });
    await mkdir(join(dir, 'docs/_includes'), { recursive: true });
    await writeFile(join(dir, 'docs/api-reference/crm/crm-a-get.md'), '# Get A crm.a.get\n\n{% include [x](../../_includes/part.md) %}\n');
    await writeFile(join(dir, 'docs/_includes/part.md'), 'included text\n');
    await writeFile(join(dir, 'docs/_includes/system-errors.md'), '#|\n|| **Status** | **Code** ||\n|#\n');
    await writeFile(join(dir, 'docs/api-reference/data-types.md'), '# Data types\n');
    await mkdir(join(dir, 'loose'), { recursive: true });
    await writeFile(join(dir, 'loose/page.txt'), 'text\r\n');
    await writeFile(join(dir, 'loose/empty.md'), '  \n');
    await writeFile(join(dir, 'loose/binary.md'), Buffer.from([0x23, 0x00]));
    await mkdir(join(dir, 'nothing'), { recursive: true });
    await writeFile(join(dir, 'nothing/readme.json'), '{}');
  });

  it('reads a corpus root whole: every markdown file, includes from memory, nothing checked one by one', async () => {
    expect(isCorpusRoot(join(dir, 'docs'))).toBe(true);
    const { pages, problems } = await collectPages([join(dir, 'docs')], silentLogger);
    expect(problems).toEqual([]);
    expect(pages.map((p) => p.page.path)).toEqual([
      '_includes/part.md',
      '_includes/system-errors.md',
      'api-reference/crm/crm-a-get.md',
      'api-reference/data-types.md',
    ]);
    expect(pages.every((p) => !p.checked && p.fallback === 'yfm-markdown')).toBe(true);
    expect(pages[2]!.ctx.readFile('_includes/part.md')).toBe('included text\n');
  });

  it('reads one page of a corpus with its root-relative path, its includes, and the corpus context pages', async () => {
    const { pages, problems } = await collectPages([join(dir, 'docs/api-reference/crm/crm-a-get.md')], silentLogger);
    expect(problems).toEqual([]);
    expect(pages.map((p) => [p.page.path, p.checked])).toEqual([
      ['api-reference/crm/crm-a-get.md', true],
      ['_includes/system-errors.md', false],
      ['api-reference/data-types.md', false],
    ]);
    expect(pages[0]!.cited).toBe('crm-a-get.md');
    expect(pages[0]!.ctx.readFile('_includes/part.md')).toBe('included text\n');
    // Includes never reach outside the corpus root.
    expect(pages[0]!.ctx.readFile('../loose/page.txt')).toBeUndefined();
  });

  it('names every problem by file and reads what it can', async () => {
    const { pages, problems } = await collectPages([join(dir, 'loose'), join(dir, 'nothing'), join(dir, 'missing.md')], silentLogger);
    expect(pages.map((p) => [p.cited, p.page.text])).toEqual([['loose/page.txt', 'text\n']]);
    expect(problems).toEqual([
      { file: join(dir, 'nothing'), message: 'folder holds no .md or .txt pages' },
      { file: join(dir, 'missing.md'), message: 'no such file or folder' },
      { file: 'loose/binary.md', message: 'not a text file (contains NUL bytes)' },
      { file: 'loose/empty.md', message: 'empty file' },
    ]);
  });
});

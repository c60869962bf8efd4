/** JSDoc escaping: doc text can neither close the comment nor start a tag. */
import { describe, expect, it } from 'vitest';
import { defaultValueText, docBody, docCode, escapeDocText, renderDoc } from '../../../../generator/targets/typescript/common/jsdoc.ts';

describe('jsdoc', () => {
  it('neutralises */, line-start @ and inline {@', () => {
    expect(escapeDocText('a */ b')).toBe('a *\\/ b');
    expect(escapeDocText('x\n  @param y')).toBe('x\n  \\@param y');
    expect(escapeDocText('see {@link x}')).toBe('see {\\@link x}');
    expect(escapeDocText('mail me@example.com')).toBe('mail me@example.com');
  });

  it('normalises newlines and blank runs, trims', () => {
    expect(escapeDocText('\r\na\r\n\r\n\r\nb\u2028c  \n\n')).toBe('a\n\nb\nc');
    expect(escapeDocText('a\u0000b')).toBe('a b');
  });

  it('keeps inline code on one line', () => {
    expect(docCode('@x */ `y`\nz')).toBe("`@x *\\/ 'y' z`");
  });

  it('builds bodies from paragraphs, trusted lines and tags', () => {
    expect(docBody({ paragraphs: ['Title', 'Text */'], trusted: ['A.', 'B.'], tags: [{ tag: 'deprecated', rawText: '@evil' }] })).toBe(
      'Title\n\nText *\\/\n\nA.\nB.\n@deprecated \\@evil',
    );
    expect(docBody({ paragraphs: ['', undefined] })).toBeUndefined();
    expect(renderDoc({ trusted: ['one'] })).toBe('/** one */\n');
    expect(renderDoc({ trusted: ['one', 'two'] })).toBe('/**\n * one\n * two\n */\n');
  });

  it('renders defaults as escaped JSON', () => {
    expect(defaultValueText({ a: '*/' })).toBe('{"a":"*\\/"}');
    expect(defaultValueText(undefined)).toBeUndefined();
  });
});

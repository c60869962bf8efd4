/** name-cell.ts: names, required and footnote marks, and the type line of a parameter's name cell. */
import { describe, expect, it } from 'vitest';
import { parseNameCell } from '../../../../generator/sources/yfm/extract/name-cell.ts';
import { markdownCell as cell } from '../../../support/yfm.ts';
import { param, specOf } from '../../../support/yfm-corpus.ts';
import { paramsTablePage } from '../../../support/yfm-page.ts';

describe('name cell', () => {
  it('reads the plain required star', () => {
    const c = parseNameCell(cell('**id***\n[`integer`](../../data-types.md)'));
    expect(c.names).toEqual(['id']);
    expect(c.required).toBe(true);
    expect(c.footnote).toBe(false);
    expect(c.typeText).toBe('[`integer`](../../data-types.md)');
  });
  it('reads ^*^ inside and outside the bold', () => {
    expect(parseNameCell(cell('**CHAT_ID^*^**\n[`integer`](x)'))).toMatchObject({ names: ['CHAT_ID'], required: true });
    expect(parseNameCell(cell('**templateId**^*^\n[`integer`](x)'))).toMatchObject({ names: ['templateId'], required: true });
    expect(parseNameCell(cell('**id^*^**\n[`integer`](x)'))).toMatchObject({ names: ['id'], required: true });
  });
  it('treats ** as a footnote, not required', () => {
    const c = parseNameCell(cell('**weight****\n[`double`](x)'));
    expect(c).toMatchObject({ names: ['weight'], required: false, footnote: true });
  });
  it('reads required + footnote (**name***,**)', () => {
    expect(parseNameCell(cell('**name***,**\n[`string`](x)'))).toMatchObject({ names: ['name'], required: true, footnote: true });
  });
  it('splits aliases on escaped pipes', () => {
    expect(parseNameCell(cell('**REPORT_ID*** \\| **ID***\n[`integer`](x)'))).toMatchObject({ names: ['REPORT_ID', 'ID'], required: true });
    expect(parseNameCell(cell('**CALENDAR_EVENT**\\|**UF_CRM_CAL_EVENT**\n[`boolean`](x)'))).toMatchObject({
      names: ['CALENDAR_EVENT', 'UF_CRM_CAL_EVENT'],
      required: false,
    });
  });
  it('keeps an unmarked name optional and finds no type in a one-cell row', () => {
    const c = parseNameCell(cell('**order**  \nPossible values for `order`:\n- `asc` — ascending'));
    expect(c.names).toEqual(['order']);
    expect(c.required).toBe(false);
    expect(c.typeText).toBeNull();
  });
  it('reads emphasis inside the bold as formatting, not as marker stars (test/fixtures/hostile-pages)', () => {
    // `**__proto__**` renders a bold "proto" (before: the name `**proto` with a footnote); `**_x_***` a bold italic
    // "x" with the required star (before: `*x`). Escaped or in code, the underscores are the name's.
    const s = paramsTablePage(
      [
        ['__proto__', 'string', 'a'],
        ['_x_*', 'string', 'b'],
        ['\\_\\_y\\_\\_', 'string', 'c'],
        ['`__z__`', 'string', 'd'],
      ],
      { heading: 'T hostile.x.get', intro: 'The method `hostile.x.get`.', path: 'api-reference/h/hostile-x-get.md' },
    );
    expect(s.params.map((p) => [p.name, p.required, p.description])).toEqual([
      ['proto', false, 'a'],
      ['x', true, 'b'],
      ['__y__', false, 'c'],
      ['__z__', false, 'd'],
    ]);
  });
  it('strips code from placeholder names', () => {
    expect(parseNameCell(cell('**`<siteId>`**\n`string`')).names).toEqual(['<siteId>']);
  });
});

describe('on real pages', () => {
  it('log.blogpost.add: `**UF_\\***` is the optional pattern UF_*, not a required `UF_`', () => {
    const s = specOf('api-reference/log/log-blogpost-add.md');
    expect(s.params.map((p) => p.name)).not.toContain('UF_');
    expect(param(s, 'UF_*').required).toBe(false);
  });
});

/** method-name.ts: the documented method, from the title and the calls in the examples. */
import { describe, expect, it } from 'vitest';
import { exampleCalls, isMethodName, methodTokens, resolveMethodName, titleLine } from '../../../generator/sources/scraped/method-name.ts';
import { pageOf } from '../../support/scraped.ts';

describe('method names in text', () => {
  it.each([
    ['crm.contact.get', true],
    ['im.recent.pin', true],
    ['user.current', true],
    ['index.php', false],
    ['example.com', false],
    ['crm', false],
    ['Crm.contact.get', false],
  ])('isMethodName(%j) is %s', (s, want) => {
    expect(isMethodName(s)).toBe(want);
  });

  it.each([
    ['Get Contact by Id crm.contact.get', ['crm.contact.get']],
    ['Pin a Chat at the Top of the im.recent List', ['im.recent']],
    ['See crm.item.add and crm.item.update.', ['crm.item.add', 'crm.item.update']],
    ['Open https://example.bitrix24.com/rest/index.php', []],
  ])('methodTokens(%j)', (line, want) => {
    expect(methodTokens(line)).toEqual(want);
  });
});

describe('titleLine', () => {
  it('is the first non-empty line among the first five', () => {
    expect(titleLine(pageOf('', '  Get X x.get  ', 'more').page)).toEqual({ line: 2, text: 'Get X x.get' });
    expect(titleLine(pageOf('', '', '', '', '', 'late').page)).toBeUndefined();
  });
});

describe('exampleCalls', () => {
  it('finds REST URLs, callMethod(…) and method: … calls, in line order', () => {
    const { page } = pageOf(
      'Code Examples',
      "BX24.callMethod('crm.deal.get', { id: 1 });",
      'curl https://portal.bitrix24.com/rest/1/key/crm.deal.list.json',
      "'method' => 'crm.deal.add',",
    );
    expect(exampleCalls(page, 1, 5)).toEqual([
      { name: 'crm.deal.get', line: 2 },
      { name: 'crm.deal.list', line: 3 },
      { name: 'crm.deal.add', line: 4 },
    ]);
  });
});

describe('resolveMethodName', () => {
  it('takes the title token the examples confirm, and strips it (with its brackets) from the title', () => {
    const { notes } = pageOf();
    const title = { line: 1, text: 'Get Basket Item Fields (sale.basketitem.getFields)' };
    expect(resolveMethodName(title, [{ name: 'sale.basketitem.getFields', line: 9 }], notes)).toEqual({
      name: 'sale.basketitem.getFields',
      line: 1,
      how: 'read',
      evidence: 'title',
      title: 'Get Basket Item Fields',
    });
    expect(notes.warnings).toEqual([]);
  });

  it('keeps the title name but warns when the examples call another method', () => {
    const { notes } = pageOf();
    expect(resolveMethodName({ line: 1, text: 'Get Deal crm.deal.get' }, [{ name: 'crm.item.get', line: 5 }], notes)?.name).toBe('crm.deal.get');
    expect(notes.warnings.map((w) => w.code)).toEqual(['method-name-mismatch']);
  });

  it('falls back on the first example call when the title has no name, and on nothing without calls', () => {
    const { notes } = pageOf();
    expect(resolveMethodName({ line: 1, text: 'Get Current User' }, [{ name: 'user.current', line: 4 }], notes)).toMatchObject({
      name: 'user.current',
      how: 'inferred',
      evidence: 'example-call',
      title: 'Get Current User',
    });
    expect(notes.warnings.map((w) => w.code)).toEqual(['method-name-from-examples']);
    expect(resolveMethodName({ line: 1, text: 'Overview' }, [], notes)).toBeUndefined();
  });
});

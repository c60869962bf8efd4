/** Unit tests of the YFM method extractor's pieces, plus a corpus-scale test over the real docs. */
import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { classifyPage, dottedTokens } from '../../generator/sources/yfm/extract/classify.ts';
import { readDeprecation } from '../../generator/sources/yfm/extract/deprecation.ts';
import { errorColumnRoles, normalizeCode, readErrors } from '../../generator/sources/yfm/extract/errors.ts';
import { calledMethods, curlBody, parseLooseJson } from '../../generator/sources/yfm/extract/examples.ts';
import { identifyMethod } from '../../generator/sources/yfm/extract/identity.ts';
import { operatorsFromText } from '../../generator/sources/yfm/extract/list.ts';
import { inlineMd } from '../../generator/sources/yfm/extract/md.ts';
import { parseNameCell } from '../../generator/sources/yfm/extract/name-cell.ts';
import type { AnyNode, Root } from '../../generator/sources/yfm/extract/nodes.ts';
import { readYfmPage } from '../../generator/sources/yfm/extract/page.ts';
import { defaultFromProse, enumFromLists } from '../../generator/sources/yfm/extract/prose.ts';
import { headingRole, outlinePage } from '../../generator/sources/yfm/extract/sections.ts';
import { parseTypeLine } from '../../generator/sources/yfm/extract/type-line.ts';
import { mapTypeTokens, type MapContext } from '../../generator/sources/yfm/types/map.ts';
import { TYPE_VOCAB } from '../../generator/sources/yfm/types/vocab.ts';

const md = (s: string): AnyNode[] => unified().use(remarkParse).parse(s).children as unknown as AnyNode[];
/** Canonical inline markdown of a cell written in markdown (as the YFM parser would hand it over). */
const cell = (s: string) => inlineMd(md(s).flatMap((b) => [b, { type: 'text', value: '\n' }]));

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
  it('strips code from placeholder names', () => {
    expect(parseNameCell(cell('**`<siteId>`**\n`string`')).names).toEqual(['<siteId>']);
  });
});

describe('type line', () => {
  const names = (s: string) => parseTypeLine(cell(s)).map((t) => `${t.name}${'[]'.repeat(t.arrayDepth)}`);
  it('reads a single linked type', () => expect(names('[`integer`](../data-types.md)')).toEqual(['integer']));
  it('reads every union spelling', () => {
    expect(names('[`integer`](L) \\| [`string`](L)')).toEqual(['integer', 'string']);
    expect(names('[`integer`](L)\\|[`string`](L)')).toEqual(['integer', 'string']);
    expect(names('[`a` \\| `b`](L)')).toEqual(['a', 'b']);
    expect(names('[`a`\\|`b`](L)')).toEqual(['a', 'b']);
    expect(names('[`string`](L) \\| `null`')).toEqual(['string', 'null']);
    expect(names('[```object|array```](L)')).toEqual(['object', 'array']);
    expect(names('[`object`](L) or `null`')).toEqual(['object', 'null']);
    expect(names('[`integer`](L) \\| [`string`](L) \\| [`array`](L) \\| [`null`](L)')).toEqual(['integer', 'string', 'array', 'null']);
  });
  it('stops at prose ("with value")', () => expect(names('[`string`](L) with value `Y/N`')).toEqual(['string']));
  it('reads arrays', () => {
    expect(names('[`crm_multifield[]`](../data-types.md)')).toEqual(['crm_multifield[]']);
    expect(names('`array<object>`')).toEqual(['object[]']);
  });
  it('keeps the link (page anchors resolve nested types)', () => {
    expect(parseTypeLine(cell('[`contact`](#contact)'))).toEqual([{ name: 'contact', arrayDepth: 0, link: '#contact' }]);
  });
  it('maps tokens through the vocabulary tiers', () => {
    const ctx: MapContext = { position: 'field', resolveLocal: () => null };
    expect(mapTypeTokens(parseTypeLine(cell('[`crm_multifield[]`](L)')), ctx).type).toEqual({
      kind: 'array',
      items: { kind: 'ref', name: 'crm_multifield', shared: true },
    });
    expect(mapTypeTokens(parseTypeLine(cell('[`sale_order.id`](L)')), ctx).type).toMatchObject({ kind: 'scalar', name: 'integer', docType: 'sale_order.id' });
    expect(mapTypeTokens(parseTypeLine(cell('[`string`](L) \\| `null`')), ctx).type).toEqual({
      kind: 'union',
      anyOf: [
        { kind: 'scalar', name: 'string' },
        { kind: 'scalar', name: 'null' },
      ],
    });
    expect(mapTypeTokens(parseTypeLine(cell('`sale_order`')), { ...ctx, position: 'param' }).type).toMatchObject({ kind: 'scalar', name: 'integer' });
    const unk = mapTypeTokens(parseTypeLine(cell('`frobnicator`')), ctx);
    expect(unk.unknown).toEqual(['frobnicator']);
  });
  it('covers every name of type-vocab.tsv', () => {
    const tsv = readFileSync(new URL('../fixtures/yfm-extract/type-vocab.tsv', import.meta.url), 'utf8');
    const names = tsv
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t')[0] ?? '')
      .filter(Boolean);
    expect(names.length).toBe(218);
    const ctx: MapContext = { position: 'field', resolveLocal: () => null };
    const missing = names.filter((n) => {
      if (TYPE_VOCAB.has(n)) return false;
      return mapTypeTokens(parseTypeLine(`\`${n}\``), ctx).unknown.length > 0;
    });
    expect(missing).toEqual([]);
  });
});

describe('error column roles', () => {
  it('assigns roles per header layout (§6)', () => {
    expect(errorColumnRoles(['code', 'description', 'value'])).toEqual(['code', 'message', 'description']);
    expect(errorColumnRoles(['code', 'description'])).toEqual(['code', 'description']);
    expect(errorColumnRoles(['field', 'error description', 'how to fix'])).toEqual(['field', 'message', 'description']);
    expect(errorColumnRoles(['status', 'code', 'description', 'value'])).toEqual(['status', 'code', 'message', 'description']);
    expect(errorColumnRoles(['code', 'error message', 'description'])).toEqual(['code', 'message', 'description']);
    expect(errorColumnRoles(['code', 'description', 'status'])).toEqual(['code', 'description', 'status']);
    expect(errorColumnRoles(['description', 'value'])).toEqual(['message', 'description']);
    expect(errorColumnRoles(['error text', 'description'])).toEqual(['message', 'description']);
  });
  it('normalizes placeholders and misplaced HTTP statuses', () => {
    for (const p of ['0', 'Empty value', 'Empty string', '-', '—', '']) expect(normalizeCode(p)).toEqual({ code: null, status: null });
    expect(normalizeCode('403')).toEqual({ code: null, status: 403 });
    expect(normalizeCode('`ACCESS_DENIED`')).toEqual({ code: 'ACCESS_DENIED', status: null });
    expect(normalizeCode('100')).toEqual({ code: '100', status: null });
  });
});

describe('deprecation', () => {
  const note = (title: string | null, body: string) => ({ type: 'yfmNote', noteType: 'warning', title, children: md(body) }) as unknown as AnyNode;
  it.each([
    ['DEPRECATED', 'Development of this method has been halted. Please use [crm.item.get](../crm-item-get.md).', 'crm.item.get'],
    ['Deprecated method', 'Use [`tasks.task.list`](x.md) instead.', 'tasks.task.list'],
    ['Method Development Has Been Discontinued', 'Use the method `im.v2.Chat.get`.', 'im.v2.Chat.get'],
    ['DEPRECATED', 'This method is no longer developed.', null],
    [null, 'The development of this method has been discontinued. Use [catalog.product.add](x.md).', 'catalog.product.add'],
    ['', 'Method development stopped; use **crm.item.list**.', 'crm.item.list'],
  ])('reads "%s" notes', (title, body, successor) => {
    const d = readDeprecation({ intro: [note(title, body)], title: 'X', pagePath: 'p.md' });
    expect(d).not.toBe(false);
    if (d) expect(d.successor).toBe(successor);
  });
  it('reads a "Deprecated method" H1 and ignores ordinary notes', () => {
    expect(readDeprecation({ intro: [note('', 'Some tip.')], title: 'Get X', pagePath: 'p.md' })).toBe(false);
    expect(readDeprecation({ intro: [], title: 'Deprecated method foo.bar', pagePath: 'p.md' })).not.toBe(false);
  });
});

describe('identity', () => {
  const calls = (...names: string[]) => new Map(names.map((n) => [n, 2]));
  const base = { intro: [] as AnyNode[], all: [] as AnyNode[], restVersion: '1' as const };
  it('§8 #6: the name is not always the last H1 token', () => {
    const r = identifyMethod({
      ...base,
      path: 'chats/special-operations/im-recent-pin.md',
      titleMd: 'Pin a Chat at the Top of the **im.recent** List',
      calls: calls('im.recent.pin'),
    });
    expect(r.names).toEqual(['im.recent.pin']);
    const r2 = identifyMethod({
      ...base,
      path: 'ai/ai-engine-unregister.md',
      titleMd: 'Remove the ai.engine.unregister Service',
      calls: calls('ai.engine.unregister'),
    });
    expect(r2.names).toEqual(['ai.engine.unregister']);
  });
  it('§8 #7: a typo H1 loses to examples that match the file name', () => {
    const r = identifyMethod({
      ...base,
      path: 'crm/automation/triggers/crm-automation-trigger-delete.md',
      titleMd: 'Delete Trigger ctrigger.delete',
      calls: calls('crm.automation.trigger.delete'),
    });
    expect(r.names).toEqual(['crm.automation.trigger.delete']);
    expect(r.warnings.map((w) => w.code)).toContain('name-mismatch');
  });
  it('§8 #8: examples calling another method do not rename the page', () => {
    const r = identifyMethod({
      ...base,
      path: 'outdated/rpa/comment/rpa-comment-update.md',
      titleMd: 'Update Comment rpa.comment.update',
      calls: calls('rpa.comment.add'),
    });
    expect(r.names).toEqual(['rpa.comment.update']);
    expect(r.warnings.map((w) => w.code)).toContain('example-calls-other-method');
  });
  it('§8 #16: a wildcard H1 expands to the names the page mentions', () => {
    const all = md('The methods **user.option.*** are similar.\n\n**user.option.get** is analogous.\n\n**user.option.set** too.');
    const r = identifyMethod({ ...base, all, path: 'common/settings/user-option.md', titleMd: 'Get data user.option.*', calls: new Map() });
    expect(r.names).toEqual(['user.option.get', 'user.option.set']);
    expect(r.how).toBe('wildcard');
  });
  it('§8 #17: undotted names come from the intro', () => {
    const intro = md('The `scope` method returns a list of permissions.');
    const r = identifyMethod({ ...base, intro, path: 'common/system/scope.md', titleMd: 'Get a List of Available Permissions Scope', calls: calls('scope') });
    expect(r.names).toEqual(['scope']);
  });
  it('§8 #22: names in parentheses or after a colon', () => {
    expect(dottedTokens('Get Fields (sale.basketitem.getFields)')).toEqual(['sale.basketitem.getFields']);
    expect(dottedTokens('Get List: lists.get')).toEqual(['lists.get']);
  });
  it('finds called methods in URLs and SDK calls', () => {
    const code = md(
      "```bash\ncurl https://x/rest/1/abc/crm.contact.get\n```\n\n```js\nBX24.callMethod('crm.contact.get', {})\n```\n\n```js\nmethod: 'crm.contact.get'\n```",
    );
    expect(calledMethods(code).get('crm.contact.get')).toBe(3);
  });
});

describe('sections, classification, prose', () => {
  it('maps H2 spellings to roles', () => {
    expect(headingRole('Method Parameters')).toBe('params');
    expect(headingRole('Fields Parameters')).toBe('params');
    expect(headingRole('Code examples')).toBe('examples');
    expect(headingRole('Returned Data')).toBe('response');
    expect(headingRole('Response on Success')).toBe('response');
    expect(headingRole('Possible Error Codes')).toBe('errors');
    expect(headingRole('Continue Your Exploration')).toBe('continue');
    expect(headingRole('Endpoint')).toBe('other');
  });
  it('classifies pages by path and H1', () => {
    const o = (t: string) => outlinePage({ type: 'root', children: md(`# ${t}`) } as unknown as Root);
    expect(classifyPage('api-reference/crm/contacts/crm-contact-get.md', o('Get Contact crm.contact.get'))).toBe('method');
    expect(classifyPage('api-reference/crm/events/x.md', o('Event onCrmContactAdd'))).toBe('event');
    expect(classifyPage('api-reference/catalog/x.md', o('Event on Adding CATALOG.PRICE.ON.ADD'))).toBe('event');
    expect(classifyPage('api-reference/crm/index.md', o('CRM'))).toBe('overview');
    expect(classifyPage('api-reference/widgets/crm/detail-tab.md', o('Tab CRM_XXX_DETAIL_TAB'))).toBe('placement');
    expect(classifyPage('api-reference/widgets/ui-interaction/bx24-placement-call.md', o('Call BX24.placement.call'))).toBe('js-sdk');
    expect(classifyPage('api-reference/crm/_includes/x.md', o('X'))).toBe('include');
    expect(classifyPage('tutorials/crm/x.md', o('How to add crm.item.add'))).toBe('guide');
  });
  it('reads enums and defaults from prose', () => {
    expect(enumFromLists(md('Possible values:\n- `Y` — yes\n- `N` — no'))).toEqual([
      { value: 'Y', description: 'yes' },
      { value: 'N', description: 'no' },
    ]);
    expect(defaultFromProse('Default value: `50`')).toBe('50');
    expect(defaultFromProse('By default, `N` is used')).toBe('N');
    expect(defaultFromProse('Default — `null`')).toBe('null');
    expect(defaultFromProse('Nothing here')).toBeNull();
    expect(operatorsFromText('Prefixes:\n- `>=` — greater\n- `!@` — not in\n- `%` — like')).toEqual(['>=', '!@', '%']);
  });
  it('parses cURL bodies (auth stripped) and lenient JSON', () => {
    expect(curlBody(`curl -X POST -d '{"ID":23,"auth":"**put_access_token_here**"}' https://x/rest/crm.contact.get`)).toEqual({ json: { ID: 23 } });
    expect(parseLooseJson('{"a": 1, // note\n "b": [1, 2,],}')).toEqual({ ok: true, value: { a: 1, b: [1, 2] } });
  });
});

describe('errors from a hand-built table', () => {
  it('reads codes, placeholders and v3 error-code paragraphs', () => {
    const cellOf = (s: string) => ({ type: 'yfmCell', children: md(s) });
    const row = (...cells: string[]) => ({ type: 'yfmRow', children: cells.map(cellOf) });
    const table = (...rows: ReturnType<typeof row>[]) => ({ type: 'yfmTable', children: rows }) as unknown as AnyNode;
    const nodes: AnyNode[] = [
      table(
        row('**Code**', '**Description**', '**Value**'),
        row('`ACCESS_DENIED`', 'Access denied', 'No rights'),
        row('`0`', '`ID is not defined`', 'No id'),
        row('`400`', '`ERROR_NOT_FOUND`', 'Missing'),
      ),
      ...md('Error Code: `BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION`'),
      table(row('**Field**', '**Error Description**', '**How to Fix**'), row('`title`', 'Required field `#FIELD#` is missing', 'Add it')),
      {
        type: 'yfmInclude',
        target: '../_includes/system-errors.md',
        resolvedPath: '_includes/system-errors.md',
        notitle: false,
        children: [],
      } as unknown as AnyNode,
    ];
    const r = readErrors(nodes, 'p.md');
    expect(r.systemErrors).toBe(true);
    expect(r.errors.map((e) => [e.code, e.status, e.message])).toEqual([
      ['ACCESS_DENIED', null, 'Access denied'],
      [null, null, 'ID is not defined'],
      [null, 400, 'ERROR_NOT_FOUND'],
      ['BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION', null, 'Required field `#FIELD#` is missing'],
    ]);
    expect(r.errors[1]?.id).toBe('error:msg:id-is-not-defined');
  });
});

describe('readYfmPage never throws', () => {
  it('turns garbage into a skip', () => {
    for (const text of ['', '#|', '|| **x** ||', '# a.b\n{% note %}', '# x.y\n#|\n||**a***\n`', '\u0000\u0001']) {
      expect(() => readYfmPage({ path: 'api-reference/x/y.md', text }, { readFile: () => undefined })).not.toThrow();
    }
  });
});

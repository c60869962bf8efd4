/**
 * description-keys.ts and the objects rows.ts builds from it. Every fixture is a description as a corpus
 * page writes it (the page is named); the expected keys and types are what that page says or shows.
 */
import { describe, expect, it } from 'vitest';
import { describedKeys, keyTyping } from '../../../../generator/sources/yfm/extract/description-keys.ts';
import type { MethodSpec, TypeRef } from '../../../../generator/spec/schema.ts';
import { markdownNodes as md } from '../../../support/yfm.ts';
import { paramsTablePage, type ParamRow } from '../../../support/yfm-page.ts';

const keysOf = (text: string) => describedKeys(md(text))?.keys.map((k) => [k.name, k.description]) ?? null;

describe('describedKeys: keys named in a description', () => {
  it('a bullet list after a lead-in (departments/node/humanresources-node-list.md, pagination)', () => {
    expect(
      keysOf(
        'Pagination parameters:\n- `page` — page number\n- `limit` — number of records per page, default is `50`, maximum is `200`\n- `offset` — record offset',
      ),
    ).toEqual([
      ['page', 'page number'],
      ['limit', 'number of records per page, default is `50`, maximum is `200`'],
      ['offset', 'record offset'],
    ]);
  });

  it('one key named in a sentence (tasks/deprecated/task-items-get-list.md, NAV_PARAMS)', () => {
    expect(keysOf('Pagination. The option `iNumPage` is available — page number')).toEqual([['iNumPage', 'page number']]);
  });

  it('"one key is available:" keeps the rest of the paragraph for the key (widgets/user-field/userfieldtype-add.md, OPTIONS)', () => {
    expect(
      keysOf(
        'Additional settings. Currently, one key is available: `height` — specifies the custom field height in pixels. Any positive value will be applied.\nDefault — `0`.',
      ),
    ).toEqual([['height', 'specifies the custom field height in pixels. Any positive value will be applied. Default — `0`.']]);
  });

  it('a list of values is no list of keys (catalog/catalog/catalog-catalog-list.md, order)', () => {
    expect(keysOf('Possible values for `order`:\n- `asc` — in ascending order\n- `desc` — in descending order')).toBeNull();
  });

  it('the parts of a format are no keys (entity/entities/entity-add.md, ACCESS)', () => {
    expect(
      keysOf('Access permissions in the format `{"access_code":"permission_level"}`.\n\nPermission levels:\n- `R` — read\n- `W` — write\n- `X` — full access'),
    ).toBeNull();
  });

  it('placeholder names and operators are no keys (crm/universal/crm-item-add.md fields; filter operators)', () => {
    expect(keysOf('Object format:\n- `field_n` — field name\n- `value_n` — field value')).toBeNull();
    expect(keysOf('Operators:\n- `>=` — greater or equal')).toBeNull();
  });

  it('a key whose name stands for a family leaves the object open (common/system/feature-get.md, result)', () => {
    const found = describedKeys(
      md(
        "The object contains information about the method's availability:\n- `value` — (Y/N) presence of the feature in Bitrix24\n- `lang_selfhosted` — *lang* is replaced with en, de, ua, kz, etc.",
      ),
    );
    expect(found?.keys.map((k) => k.name)).toEqual(['value']);
    expect(found?.partial).toBe(true);
  });
});

describe('keyTyping: the page states no type for a described key', () => {
  const key = (name: string, description: string) => ({ name, description, more: [] });
  it('the value the request example gives the key inside the object', () => {
    // humanresources-node-list.md sends "pagination":{"page":1,"limit":20,"offset":0}
    expect(keyTyping(key('limit', 'number of records per page'), { page: 1, limit: 20, offset: 0 })).toEqual({
      type: { kind: 'scalar', name: 'integer' },
      from: { kind: 'example' },
    });
  });
  it('else the words of its description; else unknown', () => {
    expect(keyTyping(key('page', 'page number'), undefined)).toEqual({
      type: { kind: 'scalar', name: 'integer' },
      from: { kind: 'words', word: 'page number' },
    });
    expect(keyTyping(key('limit', 'record limit'), undefined)).toEqual({ type: { kind: 'scalar', name: 'unknown' }, from: null });
  });
});

/** A method page with the required legend, one params table of `rows`, and a request example `body`. */
const page = (rows: ParamRow[], body?: string): MethodSpec =>
  paramsTablePage(rows, {
    heading: 'List items x.item.list',
    intro: 'The method `x.item.list` lists items.',
    path: 'api-reference/x/x-item-list.md',
    legend: true,
    body,
  });
const paramOf = (s: MethodSpec, name: string) => s.params.find((p) => p.name === name);

describe('objects whose keys the description names', () => {
  it('pagination gets page/limit/offset, typed from the request example, optional under the legend (tasks/tasks-task-list-rest-v3.md)', () => {
    const s = page(
      [
        [
          'pagination',
          'object',
          'Pagination parameters:\n- `page` — page number\n- `limit` — number of tasks per page, default `50`, maximum `1000`\n- `offset` — task offset. If `page` and `limit` are provided, the offset is calculated automatically',
        ],
      ],
      '{"pagination":{"page":1,"limit":20,"offset":0}}',
    );
    const t = paramOf(s, 'pagination')?.type as Extract<TypeRef, { kind: 'object' }>;
    expect(t.kind).toBe('object');
    expect(t.fields.map((f) => [f.name, f.type, f.required])).toEqual([
      ['page', { kind: 'scalar', name: 'integer' }, false],
      ['limit', { kind: 'scalar', name: 'integer' }, false],
      ['offset', { kind: 'scalar', name: 'integer' }, false],
    ]);
    expect(t.fields[0]?.source).toMatchObject({ how: 'inferred', evidence: 'description-keys; type from the request example' });
    // The page lists the keys; it does not say there are others.
    expect(t.additional).toBeUndefined();
  });

  it('a key the example does not show is typed from its words, and says so', () => {
    const s = page([['NAV_PARAMS', 'object', 'Pagination. The option `iNumPage` is available — page number']]);
    const t = paramOf(s, 'NAV_PARAMS')?.type as Extract<TypeRef, { kind: 'object' }>;
    expect(t.fields[0]).toMatchObject({
      name: 'iNumPage',
      type: { kind: 'scalar', name: 'integer' },
      source: { how: 'inferred', evidence: 'description-keys; type from the words "page number"' },
    });
  });

  it("the default in the key's words is the key's, not the object's (widgets/user-field/userfieldtype-add.md, OPTIONS)", () => {
    const s = page(
      [['OPTIONS', 'object', 'Additional settings. Currently, one key is available: `height` — specifies the custom field height in pixels. Default — `0`.']],
      '{"OPTIONS":{"height":60}}',
    );
    const p = paramOf(s, 'OPTIONS');
    expect(p?.default).toBeUndefined();
    expect((p?.type as Extract<TypeRef, { kind: 'object' }>).fields[0]).toMatchObject({
      name: 'height',
      type: { kind: 'scalar', name: 'integer' },
      default: 0,
    });
  });

  it("a key's own value list types it (crm/companies/crm-company-add.md, params.IMPORT)", () => {
    const s = page([
      [
        'params',
        'object',
        'An object containing a set of additional parameters:\n\n- `REGISTER_SONET_EVENT` — register the company addition event\n- `IMPORT` — import mode. Possible values:\n  - `Y` — yes\n  - `N` — no\n',
      ],
    ]);
    const t = paramOf(s, 'params')?.type as Extract<TypeRef, { kind: 'object' }>;
    expect(t.fields.map((f) => f.name)).toEqual(['REGISTER_SONET_EVENT', 'IMPORT']);
    expect(t.fields[0]?.type).toEqual({ kind: 'scalar', name: 'unknown' });
    expect(t.fields[0]?.source).toMatchObject({ how: 'read', evidence: 'description-keys' });
    expect(t.fields[1]?.type).toMatchObject({ kind: 'enum', values: [{ value: 'Y' }, { value: 'N' }] });
  });

  it('a string row keeps its bullets as values (not keys)', () => {
    const s = page([['TYPE', 'string', 'Type. Possible values:\n- `PAGE` — page\n- `STORE` — store']]);
    expect(paramOf(s, 'TYPE')?.type).toMatchObject({ kind: 'enum', values: [{ value: 'PAGE' }, { value: 'STORE' }] });
  });
});

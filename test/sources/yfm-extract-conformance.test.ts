/**
 * Extractor fixes found by `b24gen conformance` (doc examples type-checked against the generated params
 * types): each test reads the real corpus pages that exposed the bug, and fails without its fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { alternativeGroups } from '../../generator/sources/yfm/extract/alternatives.ts';
import { arrayShape, reshapeBareArray } from '../../generator/sources/yfm/extract/array-shape.ts';
import { linkListEntities } from '../../generator/link/list-entities.ts';
import { findItem, isFieldDescriptor } from '../../generator/link/list-entity-plans.ts';
import { readYfmPage } from '../../generator/sources/yfm/extract/page.ts';
import { customFieldPattern, isNamePattern, isPlaceholderValue, openNamePatterns } from '../../generator/sources/yfm/extract/patterns.ts';
import { enumFromLists } from '../../generator/sources/yfm/extract/prose.ts';
import { typeFieldReference } from '../../generator/link/field-refs.ts';
import { dottedReference } from '../../generator/sources/yfm/types/vocab.ts';
import { MethodSpec, type Field, type NamedType, type Param, type TypeCatalogue, type TypeRef } from '../../generator/spec/schema.ts';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { requireShared, SHARED } from '../support/shared.ts';

const CORPUS = SHARED.corpus;
const ctx = { readFile: (p: string) => (existsSync(`${CORPUS}/${p}`) ? readFileSync(`${CORPUS}/${p}`, 'utf8') : undefined) };
const read = (path: string) => readYfmPage({ path, text: readFileSync(`${CORPUS}/${path}`, 'utf8') }, ctx);
const specOf = (path: string): MethodSpec => {
  const s = read(path).specs[0];
  if (!s) throw new Error(`${path} yields no spec`);
  return s;
};
const catalogueOf = (path: string): TypeCatalogue => {
  const c = read(path).typeCatalogues?.[0];
  if (!c) throw new Error(`${path} yields no catalogue`);
  return c;
};
const param = (s: MethodSpec, name: string): Param => {
  const p = s.params.find((x) => x.name === name);
  if (!p) throw new Error(`${s.method} has no param ${name}`);
  return p;
};
const named = (s: MethodSpec, name: string): NamedType => {
  const t = s.types.find((x) => x.name === name);
  if (!t) throw new Error(`${s.method} has no type ${name}`);
  return t;
};
const fieldsOf = (t: TypeRef | undefined): Field[] => (t?.kind === 'object' ? t.fields : []);
const md = (s: string) => unified().use(remarkParse).parse(s).children;
const field = (name: string, type: TypeRef, description?: string): Field => ({
  id: name,
  name,
  type,
  required: 'unknown',
  ...(description ? { description } : {}),
  source: { file: 'x.md', how: 'read' },
});
const str: TypeRef = { kind: 'scalar', name: 'string' };

/** The fields of a list's entity, through aliases into the catalogues. */
function entityFields(specs: readonly MethodSpec[], list: MethodSpec, catalogues: readonly TypeCatalogue[]): string[] {
  const e = list.list?.entity;
  if (!e) return [];
  const owner = specs.find((s) => s.method === e.method);
  let t: TypeRef | undefined = owner?.types.find((x) => x.name === e.type)?.type;
  for (let i = 0; i < 5 && t?.kind === 'ref'; i++) {
    const name: string = t.name;
    t =
      owner?.types.find((x) => x.name === name && !(t as { shared?: boolean }).shared)?.type ??
      catalogues.flatMap((c) => c.types).find((x) => x.name === name)?.type;
  }
  return fieldsOf(t).map((f) => f.name);
}

describe('conformance fixes on real pages', () => {
  beforeAll(() => {
    requireShared(CORPUS);
  });

  describe('1. list entities never name a getFields wrapper', () => {
    it('recognises wrappers, lists and field descriptions', () => {
      const item: TypeRef = { kind: 'object', fields: [field('id', str), field('name', str)] };
      const none = () => undefined;
      expect(findItem({ kind: 'object', fields: [field('payment', item)] }, none)?.path).toEqual(['payment']);
      expect(findItem({ kind: 'object', fields: [field('items', { kind: 'array', items: item })] }, none)?.path).toEqual(['items']);
      expect(findItem({ kind: 'object', fields: [field('payment', { kind: 'object', fields: [], additional: str })] }, none)).toBeNull();
      expect(findItem({ kind: 'object', fields: [field('bot', item), field('user', item)] }, none, 'bot')?.path).toEqual(['bot']);
      expect(isFieldDescriptor([field('type', str), field('isRequired', str), field('isReadOnly', str), field('title', str)])).toBe(true);
      expect(isFieldDescriptor([field('ID', str), field('TITLE', str), field('TYPE_ID', str)])).toBe(false);
    });

    it('sale.payment.list: the payment item (catalogue sale_order_payment), not {payment}', () => {
      const specs = [
        specOf('api-reference/sale/payment/sale-payment-list.md'),
        specOf('api-reference/sale/payment/sale-payment-get-fields.md'),
        specOf('api-reference/sale/payment/sale-payment-get.md'),
      ];
      const cats = [catalogueOf('api-reference/sale/data-types.md')];
      const linked = linkListEntities(specs, cats);
      const list = linked.find((s) => s.method === 'sale.payment.list') as MethodSpec;
      const names = entityFields(linked, list, cats);
      expect(names).not.toEqual(['payment']);
      expect(names).toEqual(expect.arrayContaining(['companyId', 'paySystemXmlId', 'sum']));
      // The entity names a real type of the owner spec (an alias to the catalogue structure).
      const owner = linked.find((s) => s.method === list.list?.entity?.method);
      expect(owner?.types.some((t) => t.name === list.list?.entity?.type)).toBe(true);
    });

    it('main.eventlog.list (REST 3.0): the fields a field.list response example describes', () => {
      const specs = [specOf('api-reference/event-log/main-eventlog-list.md'), specOf('api-reference/event-log/main-eventlog-field-list.md')];
      const linked = linkListEntities(specs);
      const list = linked.find((s) => s.method === 'main.eventlog.list') as MethodSpec;
      expect(entityFields(linked, list, [])).toEqual(expect.arrayContaining(['id', 'auditTypeId', 'moduleId']));
    });

    it('crm.address.list: a field-description structure (`attributes`) is no entity', () => {
      const specs = [
        specOf('api-reference/crm/requisites/addresses/crm-address-list.md'),
        specOf('api-reference/crm/requisites/addresses/crm-address-fields.md'),
      ];
      const linked = linkListEntities(specs);
      const list = linked.find((s) => s.method === 'crm.address.list') as MethodSpec;
      expect(list.list?.entity?.type).not.toBe('attributes');
      expect(entityFields(linked, list, [])).toEqual(expect.arrayContaining(['TYPE_ID', 'ENTITY_ID', 'CITY']));
    });

    it('imbot.v2.Bot.list: the `bot` of the get result, declared once (the result refers to it)', () => {
      const specs = [
        specOf('api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-list.md'),
        specOf('api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-get.md'),
      ];
      const linked = linkListEntities(specs);
      const list = linked.find((s) => s.method === 'imbot.v2.Bot.list') as MethodSpec;
      const get = linked.find((s) => s.method === 'imbot.v2.Bot.get') as MethodSpec;
      expect(list.list?.entity).toEqual({ method: 'imbot.v2.Bot.get', type: 'Bot_item' });
      expect(entityFields(linked, list, [])).toEqual(expect.arrayContaining(['id', 'code']));
      expect(JSON.stringify(get.result?.type)).toContain('"ref","name":"Bot_item"');
    });

    it('catalog.document.list: every fields-like sibling is asked (`*.fields` lists nothing, `*.getFields` does)', () => {
      const specs = [
        specOf('api-reference/catalog/document/catalog-document-list.md'),
        specOf('api-reference/catalog/document/outdated/catalog-document-fields.md'),
        specOf('api-reference/catalog/document/catalog-document-get-fields.md'),
      ];
      const linked = linkListEntities(specs);
      const list = linked.find((s) => s.method === 'catalog.document.list') as MethodSpec;
      expect(list.list?.entity?.method).toBe('catalog.document.getFields');
      expect(entityFields(linked, list, [])).toEqual(expect.arrayContaining(['id', 'dateCreate', 'status']));
    });

    it('tasks.template.checklist.list: the list page lists UPPER_CASE fields, so the add input wins over the camelCase get result', () => {
      const specs = [
        specOf('api-reference/tasks/template/checklist/tasks-template-checklist-list.md'),
        specOf('api-reference/tasks/template/checklist/tasks-template-checklist-get.md'),
        specOf('api-reference/tasks/template/checklist/tasks-template-checklist-add.md'),
      ];
      const linked = linkListEntities(specs);
      const list = linked.find((s) => s.method === 'tasks.template.checklist.list') as MethodSpec;
      expect(entityFields(linked, list, [])).toEqual(expect.arrayContaining(['IS_COMPLETE', 'SORT_INDEX']));
    });

    it('linking is order-independent and keeps every spec schema-valid', () => {
      const pages = [
        'api-reference/sale/payment/sale-payment-list.md',
        'api-reference/sale/payment/sale-payment-get-fields.md',
        'api-reference/sale/payment/sale-payment-get.md',
        'api-reference/event-log/main-eventlog-list.md',
        'api-reference/event-log/main-eventlog-tail.md',
        'api-reference/event-log/main-eventlog-field-list.md',
        'api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-list.md',
        'api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-get.md',
      ];
      const cats = [catalogueOf('api-reference/sale/data-types.md')];
      const canon = (xs: MethodSpec[]) => JSON.stringify([...xs].sort((a, b) => (a.id < b.id ? -1 : 1)));
      const forward = linkListEntities(pages.map(specOf), cats);
      const backward = linkListEntities(pages.map(specOf).reverse(), cats);
      expect(canon(backward)).toBe(canon(forward));
      for (const s of forward) expect(() => MethodSpec.parse(s)).not.toThrow();
    });

    it('catalog.product.list: the list prose names the custom-field family (`propertyN` → property*)', () => {
      expect(customFieldPattern('For custom fields `propertyN`, the value format in `filter` depends on…')).toBe('property*');
      expect(customFieldPattern('Possible values: `UF_*`')).toBe('UF_*');
      expect(customFieldPattern('fields such as `gpsN`')).toBeUndefined();
    });
  });

  describe('2. nested tables', () => {
    it('biconnector.dataset.add: a `fields` row inside "Parameter fields" is not that structure again', () => {
      const s = specOf('api-reference/biconnector/dataset/biconnector-dataset-add.md');
      const outer = param(s, 'fields').type;
      expect(outer).toEqual({ kind: 'ref', name: 'fields' });
      const inner = fieldsOf(named(s, 'fields').type).find((f) => f.name === 'fields');
      expect(JSON.stringify(inner?.type)).not.toContain('"ref","name":"fields"');
    });

    it('landing.block.updatenodes: a "Node Type | Example Value" dictionary is no structure of keys', () => {
      const s = specOf('api-reference/landing/block/methods/landing-block-update-nodes.md');
      expect(s.types.map((t) => t.name)).not.toContain('value_formats');
    });
  });

  describe('3. placeholder values make no closed enum', () => {
    it('recognises placeholders', () => {
      for (const v of ['chatXXX', 'XXX', '...', '<OBJECT_TYPE>', 'U{id}', 'PROPERTY_N', '{ ENTITY_ID: "DEAL_STAGE" }'])
        expect(isPlaceholderValue(v)).toBe(true);
      for (const v of ['Y', 'N', 'asc', 'USER', '#shared#']) expect(isPlaceholderValue(v)).toBe(false);
    });

    it('im.dialog.get DIALOG_ID (`chatXXX`, `sgXXX`, `XXX`) is a plain string', () => {
      expect(param(specOf('api-reference/chats/im-dialog-get.md'), 'DIALOG_ID').type).toMatchObject({ kind: 'scalar', name: 'string' });
    });

    it('documentgenerator.role.fillaccesses accessCode keeps AU/UA as an open enum', () => {
      const s = specOf('api-reference/document-generator/role/document-generator-role-fill-accesses.md');
      const access = s.types.flatMap((t) => fieldsOf(t.type)).find((f) => f.name === 'accessCode');
      expect(access?.type).toMatchObject({ kind: 'enum', open: true });
      expect(access?.type.kind === 'enum' && access.type.values.map((v) => v.value)).toEqual(['AU', 'UA']);
    });
  });

  describe('4. name patterns become `additional`', () => {
    it('recognises patterns (gpsN is GPS north, not a family)', () => {
      for (const n of ['UF_...', 'UF_*', 'PARENT_ID_xxx', 'upload{id}', '<selector>', 'PROPERTY_PropertyId']) expect(isNamePattern(n)).toBe(true);
      expect(isNamePattern('propertyN')).toBe(true);
      expect(isNamePattern('gpsN', 'GPS latitude')).toBe(false);
      expect(isNamePattern('UF_CRM_TASK')).toBe(false);
      expect(openNamePatterns([field('ID', str), field('UF_...', { kind: 'scalar', name: 'any' })])).toEqual({
        fields: [field('ID', str)],
        additional: { kind: 'scalar', name: 'any' },
        additionalKeys: ['UF_'],
      });
      // A pattern with no literal prefix opens the object to any key.
      expect(openNamePatterns([field('ID', str), field('<selector>', str)]).additionalKeys).toBeUndefined();
    });

    it('crm.contact.add: no field literally named UF_... or PARENT_ID_...', () => {
      const s = specOf('api-reference/crm/contacts/crm-contact-add.md');
      const t = s.types.find((x) => fieldsOf(x.type).some((f) => f.name === 'NAME'))?.type;
      const names = fieldsOf(t).map((f) => f.name);
      expect(names).not.toContain('UF_...');
      expect(names).not.toContain('PARENT_ID_...');
      expect(t?.kind === 'object' && t.additional).toBeTruthy();
      expect(t?.kind === 'object' && t.additionalKeys).toEqual(['PARENT_ID_', 'UF_']);
    });

    it('catalog.product.add: propertyN is a pattern; catalog.store.add: gpsN stays a field', () => {
      const product = specOf('api-reference/catalog/product/catalog-product-add.md');
      expect(JSON.stringify(product.types)).not.toContain('"name":"propertyN"');
      const store = specOf('api-reference/catalog/store/catalog-store-add.md');
      expect(JSON.stringify(store.types)).toContain('"name":"gpsN"');
    });
  });

  describe('5. a bare `array` may be a PHP associative array', () => {
    it('decides by the example kinds, then the prose', () => {
      expect(arrayShape('', new Set(['object']))).toBe('map');
      expect(arrayShape('', new Set(['array']))).toBe('list');
      expect(arrayShape('An array where the key is the name of the property', new Set())).toBe('map');
      expect(arrayShape('List of HR system fields', new Set(['array', 'object']))).toBe('list');
      expect(arrayShape('Additional settings', new Set())).toBe('either');
      const any: TypeRef = { kind: 'array', items: { kind: 'scalar', name: 'any' } };
      expect(reshapeBareArray(any, 'either')).toEqual({
        kind: 'union',
        anyOf: [any, { kind: 'object', fields: [], additional: { kind: 'scalar', name: 'any' } }],
      });
    });

    it('app.option.set options and disk.folder.addSubFolder data are objects', () => {
      expect(param(specOf('api-reference/common/settings/app-option-set.md'), 'options').type.kind).toBe('object');
      expect(param(specOf('api-reference/disk/folder/disk-folder-add-subfolder.md'), 'data').type.kind).toBe('object');
    });

    it('lists.add FIELDS is its structure, not a list of it', () => {
      expect(param(specOf('api-reference/lists/lists/lists-add.md'), 'FIELDS').type.kind).toBe('ref');
    });

    it('humanresources.hcmlink.company.add fields.fields stays a list (a nested `fields` list, not the outer object)', () => {
      const s = specOf('api-reference/sign/hcm-link/humanresources-hcmlink-company-add.md');
      const inner = fieldsOf(named(s, 'fields').type).find((f) => f.name === 'fields');
      expect(inner?.type.kind).toBe('array');
    });
  });

  describe('6. other extractor errors', () => {
    it('vote.AttachedVote.get: a param required by one call variant only is not required', () => {
      const s = specOf('api-reference/vote/vote.attachedvote.get.md');
      expect(param(s, 'attachId').required).toBe(false);
      expect(param(s, 'signedAttachId').required).toBe(false);
    });

    it('lists.delete: "At least one of the parameters must be specified: `IBLOCK_ID` or `IBLOCK_CODE`" unstars both', () => {
      expect(alternativeGroups('At least one of the parameters must be specified: `IBLOCK_ID` or `IBLOCK_CODE`')).toEqual([['IBLOCK_ID', 'IBLOCK_CODE']]);
      expect(alternativeGroups('either the `employeeId`, `employeeCode`, or `userId` parameter')).toEqual([['employeeId', 'employeeCode', 'userId']]);
      const s = specOf('api-reference/lists/lists/lists-delete.md');
      expect(param(s, 'IBLOCK_ID').required).toBe(false);
      expect(param(s, 'IBLOCK_CODE').required).toBe(false);
      expect(param(s, 'IBLOCK_TYPE_ID').required).toBe(true);
    });

    it('sign.b2e.document.send: "Pass either the `uuid` or `crmId` parameter." under a nested table unstars both', () => {
      const s = specOf('api-reference/sign/sign-b2e-document-send.md');
      const company = s.types.flatMap((t) => fieldsOf(t.type)).filter((f) => f.name === 'uuid' || f.name === 'crmId');
      expect(company.length).toBe(2);
      expect(company.every((f) => f.required === false)).toBe(true);
    });

    it('crm.type.add: `**CALENDAR_EVENT**\\|**UF_CRM_CAL_EVENT**` is one key when the examples send it joined', () => {
      const s = specOf('api-reference/crm/universal/user-defined-object-types/crm-type-add.md');
      const names = s.types.flatMap((t) => fieldsOf(t.type)).map((f) => f.name);
      expect(names).toContain('CALENDAR_EVENT|UF_CRM_CAL_EVENT');
      expect(names).not.toContain('CALENDAR_EVENT');
    });

    it('crm.lead.add: `crm_multifield` described "Phone. Multiple" is a list of them', () => {
      const s = specOf('api-reference/crm/leads/crm-lead-add.md');
      const phone = s.types.flatMap((t) => fieldsOf(t.type)).find((f) => f.name === 'PHONE');
      expect(phone?.type).toEqual({ kind: 'array', items: { kind: 'ref', name: 'crm_multifield', shared: true } });
    });

    it('imopenlines.config.list.get: "An array containing the [list of fields](#result)" lists field names, not results', () => {
      const s = specOf('api-reference/imopenlines/openlines/imopenlines-config-list-get.md');
      const select = s.types.flatMap((t) => fieldsOf(t.type)).find((f) => f.name === 'select');
      expect(select?.type).toMatchObject({ kind: 'array', items: { kind: 'enum', base: 'string', open: true } });
      expect(JSON.stringify(select?.type)).toContain('"LINE_NAME"');
    });

    it('log.blogpost.add: `**UF_\\***` is the optional pattern UF_*, not a required `UF_`', () => {
      const s = specOf('api-reference/log/log-blogpost-add.md');
      expect(s.params.map((p) => p.name)).not.toContain('UF_');
      expect(param(s, 'UF_*').required).toBe(false);
    });

    it('crm.type.add: a `boolean` whose Default column says `N` is the Y/N flag', () => {
      const s = specOf('api-reference/crm/universal/user-defined-object-types/crm-type-add.md');
      const f = s.types.flatMap((t) => fieldsOf(t.type)).find((x) => x.name === 'isAutomationEnabled');
      expect(f?.type).toMatchObject({ kind: 'scalar', name: 'string', format: 'yn' });
      expect(f?.default).toBe('N');
    });

    it('user.get: a string `sort`/`order` is no field → direction map; userfieldconfig.list: a structured select is no field list', () => {
      expect(specOf('api-reference/user/user-get.md').list?.order).toBeNull();
      expect(specOf('api-reference/crm/universal/userfieldconfig/userfieldconfig-list.md').list?.select).toBeNull();
    });

    it('call.followup.list: a filter documented as a structure is an object even on REST 3.0', () => {
      expect(specOf('api-reference/telephony/follow-up/call-followup-list.md').list?.filter?.syntax).toBe('prefix');
    });

    it('enum lists: parts of the value are no values; quotes are no part of a value', () => {
      expect(enumFromLists(md('The field has the structure:\n\n- `role` — role\n- `initiatedByType` — who'))).toBeNull();
      expect(enumFromLists(md("Acceptable values:\n\n- `'P'` — personal\n- `'C'` — shared"))?.map((v) => v.value)).toEqual(['P', 'C']);
      const attach = specOf('api-reference/telephony/telephony-external-call-attach-record.md');
      expect(param(attach, 'FILENAME').type.kind).toBe('scalar');
      const reset = specOf('api-reference/crm/universal/item-details-configuration/crm-item-details-configuration-reset.md');
      expect(param(reset, 'scope').type).toMatchObject({ kind: 'enum', values: [{ value: 'P' }, { value: 'C' }] });
    });

    it('documentgenerator.region.add formatName: "e.g.," makes the modifier list open', () => {
      const s = specOf('api-reference/document-generator/region/document-generator-region-add.md');
      const f = s.types.flatMap((t) => fieldsOf(t.type)).find((x) => x.name === 'formatName');
      expect(f?.type.kind === 'enum' ? f.type.open : true).toBe(true);
    });

    it('`X.id` references: character ids stay strings; a link to #X names the id, not the structure', () => {
      expect(dottedReference('sale_status.id')).toMatchObject({ name: 'string' });
      expect(dottedReference('sale_order.id')).toMatchObject({ name: 'integer' });
      expect(param(specOf('api-reference/sale/status/sale-status-get.md'), 'id').type).toMatchObject({ name: 'string' });
      const payment = catalogueOf('api-reference/sale/data-types.md').types.find((t) => t.name === 'sale_order_payment');
      expect(fieldsOf(payment?.type).find((f) => f.name === 'orderId')?.type).toMatchObject({ kind: 'scalar', name: 'integer' });
    });

    it('`X.code` references take the type the catalogue structure gives the field', () => {
      const measure: NamedType = {
        name: 'catalog_measure',
        type: { kind: 'object', fields: [field('code', { kind: 'scalar', name: 'integer' })] },
        source: { file: 'x.md', how: 'read' },
      };
      const code = dottedReference('catalog_measure.code') as TypeRef;
      expect(typeFieldReference(code, new Map([['catalog_measure', measure]]))).toMatchObject({
        kind: 'scalar',
        name: 'integer',
        docType: 'catalog_measure.code',
      });
    });
  });
});

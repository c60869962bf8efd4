/** list-entities.ts on real pages: a list's entity is the item its sibling pages describe, never a getFields wrapper. */
import { describe, expect, it } from 'vitest';
import { linkListEntities } from '../../generator/link/list-entities.ts';
import { MethodSpec, type TypeCatalogue, type TypeRef } from '../../generator/spec/schema.ts';
import { catalogueOf, fieldsOf, specOf } from '../support/yfm-corpus.ts';

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

describe('linkListEntities', () => {
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

  // The get page's Returned Data (its own H2) types `result.bot` as [`Bot`] with "Fields of the Bot Object": the entity is that structure.
  it('imbot.v2.Bot.list: the `bot` of the get result, declared once (the result refers to it)', () => {
    const specs = [
      specOf('api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-list.md'),
      specOf('api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-get.md'),
    ];
    const linked = linkListEntities(specs);
    const list = linked.find((s) => s.method === 'imbot.v2.Bot.list') as MethodSpec;
    const get = linked.find((s) => s.method === 'imbot.v2.Bot.get') as MethodSpec;
    expect(list.list?.entity).toEqual({ method: 'imbot.v2.Bot.get', type: 'Bot' });
    expect(entityFields(linked, list, [])).toEqual(expect.arrayContaining(['id', 'code']));
    expect(JSON.stringify(get.result?.type)).toContain('"ref","name":"Bot"');
    expect(get.types.filter((t) => t.name === 'Bot')).toHaveLength(1);
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
});

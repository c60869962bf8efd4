/**
 * The docs' type vocabulary as data: every type name the corpus writes in a type line, mapped to a tier.
 *
 * Tiers (decisions, documented here once):
 * - `primitive`: a JSON-level type. Bitrix's `boolean` is kept as a boolean scalar; when the description
 *   lists `Y`/`N` as the values the param/field extractor turns it into `string` with format `yn` (the wire form).
 * - `id`: the identifier of another entity (`user`, `crm_status`, `catalog_product.id`, …). These stay
 *   scalars (integer or string) with `docType` kept, so emitters can brand or document them; they are
 *   NOT refs, because the value on the wire is the id, not the entity.
 * - `structure`: an object defined once on a section `data-types.md` page → `{kind:'ref', shared:true}`
 *   into that section's TypeCatalogue. Some names are both ("`sale_order` — integer identifier of the
 *   order" and "### sale_order"): `idType` gives the scalar used in parameter position, where the docs
 *   mean the id; in response fields the structure is used.
 * - `page-local`: a name defined by a heading on the same page (`contact`, `Bot`, `ContentBlockDto`); the
 *   nested-type resolver finds it by anchor or heading; unresolved ones become `unknown` with a warning.
 * - `value`: a value written where a type should be (`asc`, `desc`, `Y/N`): mapped to the value's type.
 */
import type { TypeRef } from '../../../spec/schema.ts';
import { extendVocabulary } from '../../../spec/vocabulary.ts';

export type VocabTier = 'primitive' | 'id' | 'structure' | 'page-local' | 'value';

export interface VocabEntry {
  tier: VocabTier;
  /** The type for primitive, id and value tiers (and the fallback for page-local ones). */
  type?: TypeRef;
  /** For structures: the TypeCatalogue id that defines the name. */
  catalogue?: string;
  /** For structures that the docs also use as "identifier of X" in parameter position. */
  idType?: TypeRef;
  /**
   * The docs use the name for the id in every position (`CURRENCY_ID` [`crm_currency`] "Currency identifier",
   * in params and response fields alike) and for the structure only where the row calls its value an object
   * (`result` [`crm_currency[]`] "An array of objects with information about the selected currencies").
   */
  idUnlessObject?: boolean;
}

const s = (docType: string, format?: 'date' | 'datetime' | 'time' | 'char' | 'text' | 'yn' | 'id'): TypeRef =>
  format ? { kind: 'scalar', name: 'string', format, docType } : { kind: 'scalar', name: 'string', docType };
const intId = (docType: string): TypeRef => ({ kind: 'scalar', name: 'integer', format: 'id', docType });
const strId = (docType: string): TypeRef => ({ kind: 'scalar', name: 'string', format: 'id', docType });

/** Catalogue ids of the section data-types pages. */
export const CATALOGUES = {
  common: 'rest-types',
  crm: 'rest-types-crm',
  catalog: 'rest-types-catalog',
  sale: 'rest-types-sale',
} as const;

/** Which data-types page builds which catalogue (corpus-relative paths). */
export const CATALOGUE_PAGES: Record<string, string> = {
  'api-reference/data-types.md': CATALOGUES.common,
  'api-reference/crm/data-types.md': CATALOGUES.crm,
  'api-reference/catalog/data-types.md': CATALOGUES.catalog,
  'api-reference/sale/data-types.md': CATALOGUES.sale,
};

/** The shared words (spec/vocabulary.ts) plus the REST docs' own. `time` is a structure here (see STRUCTURES). */
const PRIMITIVES: Record<string, TypeRef> = extendVocabulary({
  undefined: { kind: 'scalar', name: 'null', docType: 'undefined' },
  enum: { kind: 'scalar', name: 'string', docType: 'enum' },
  callable: { kind: 'scalar', name: 'any', docType: 'callable' },
  function: { kind: 'scalar', name: 'any', docType: 'function' },
  const: { kind: 'scalar', name: 'any', docType: 'const' },
  // `array<object>` is also split by the type-line parser; kept here so the vocabulary is complete.
  'array<object>': { kind: 'array', items: { kind: 'object', fields: [], additional: { kind: 'scalar', name: 'any' } } },
  // `lang_map`: {lang_id: value} (crm/data-types.md).
  lang_map: { kind: 'map', values: { kind: 'scalar', name: 'string' }, keys: 'string' },
  // The value of a user field: its type depends on the field (crm/data-types.md#crm_userfield).
  crm_userfield: { kind: 'scalar', name: 'any', docType: 'crm_userfield' },
  // Objects the data-types pages name but do not tabulate.
  crm_activity_communication: { kind: 'object', fields: [], additional: { kind: 'scalar', name: 'any' } },
  recurring_params: { kind: 'object', fields: [], additional: { kind: 'scalar', name: 'any' } },
  product_file: { kind: 'object', fields: [], additional: { kind: 'scalar', name: 'any' } },
});

const ID_INTEGER = [
  'user',
  'user.id',
  'crm_lead',
  'crm_deal',
  'crm_contact',
  'crm_company',
  'crm_quote',
  'crm_category',
  'crm_entity',
  'location',
  'crm_dynamic_type.id',
  'crm_item_product_row.id',
  'crm_enum_activitytype',
  'crm_enum_activitystatus',
  'crm_enum_activitypriority',
  'crm_enum_activitynotifytype',
  'crm_enum_activitydirection',
  'crm_enum_contenttype',
  'crm_enum_ownertype',
];
const ID_STRING = ['crm_status', 'crm_currency.CURRENCY', 'userFieldEntityId', 'crm'];

/**
 * Structures whose bare name the docs mostly write for the id (crm/data-types.md "crm_currency: Object
 * describing currency"; entity pages "`CURRENCY_ID` crm_currency — Currency identifier").
 */
const ID_UNLESS_OBJECT: Record<string, TypeRef> = { crm_currency: strId('crm_currency') };

/** Structures per catalogue (names as the data-types pages head them). */
const STRUCTURES: Record<string, string[]> = {
  [CATALOGUES.common]: ['uf_enum_element', 'time'],
  [CATALOGUES.crm]: [
    'crm_multifield',
    'crm_item_product_row',
    'crm_currency',
    'crm_currency_localization',
    'crm_orderentity',
    'type.relations',
    'relation',
    'type.linkedUserFields',
    'diskfile',
    'attached_diskfile',
    'crm_activity_binding',
    'crm_rest_field_description',
    'crm_user_field_address',
  ],
  [CATALOGUES.catalog]: [
    'catalog_catalog',
    'catalog_document',
    'catalog_userfield_document',
    'catalog_document_element',
    'catalog_documentcontractor',
    'catalog_documentContractor',
    'catalog_product',
    'catalog_product_property',
    'catalog_product_property_enum',
    'catalog_product_property_features',
    'catalog_product_property_section',
    'catalog_product_sku',
    'catalog_product_offer',
    'catalog_product_service',
    'catalog_product_image',
    'catalog_store',
    'catalog_measure',
    'catalog_ratio',
    'catalog_price',
    'catalog_price_type',
    'catalog_price_type_group',
    'catalog_enum',
    'catalog_price_type_lang',
    'catalog_language',
    'catalog_rounding_rule',
    'catalog_extra',
    'catalog_section',
    'catalog_storeproduct',
    'catalog_vat',
  ],
  [CATALOGUES.sale]: [
    'sale_order_shipment_item',
    'sale_payment_item_shipment',
    'sale_payment_item_basket',
    'sale_order_shipment',
    'sale_status',
    'sale_status_lang',
    'sale_lang',
    'sale_order_property',
    'sale_shipment_property',
    'sale_shipment_property_value',
    'sale_order_property_value',
    'sale_order_property_value_file_value',
    'sale_order_property_variant',
    'sale_order_property_group',
    'sale_order_property_relation',
    'sale_person_type',
    'sale_business_value_person_domain',
    'sale_order',
    'sale_order_crm_client',
    'sale_order_payment',
    'sale_basket_item',
    'sale_basket_item_property',
    'sale_order_trade_platform',
    'sale_order_trade_binding',
    'sale_basket_item_reservation',
    'sale_delivery_handler',
    'sale_delivery_handler_settings',
    'sale_delivery_handler_settings_config_item',
    'sale_delivery_handler_profile',
    'sale_delivery_service',
    'sale_delivery_config_value_item',
    'sale_delivery_extra_service',
    'sale_delivery_extra_service_enum_item',
    'sale_paysystem_handler',
    'sale_paysystem',
    'sale_cashbox',
    'sale_cashbox_handler',
    'sale_order_payment_crm_simple',
    'sale_order_shipment_crm_simple',
    'rest_field_description',
  ],
};

/** Sale structures whose bare name also means "identifier of X" (sale/data-types.md "Data Types" table). */
const SALE_DUAL_STRING = new Set(['sale_status', 'sale_lang']);
const SALE_DUAL_INTEGER = new Set([
  'sale_order',
  'sale_basket_item',
  'sale_order_shipment',
  'sale_order_shipment_item',
  'sale_payment_item_shipment',
  'sale_payment_item_basket',
  'sale_person_type',
  'sale_order_property',
  'sale_shipment_property',
  'sale_shipment_property_value',
  'sale_order_property_group',
  'sale_order_property_value',
  'sale_order_property_variant',
  'sale_order_trade_platform',
  'sale_order_trade_binding',
  'sale_order_payment',
  'sale_delivery_service',
  'sale_delivery_extra_service',
  'sale_paysystem',
]);

/** Names that pages define locally under a heading (type-vocab.tsv's page-local group). */
const PAGE_LOCAL = [
  'contact',
  'section',
  'section_element',
  'productrow',
  'company_contact_binding',
  'contact_company_binding',
  'deal_contact_binding',
  'quote_contact_binding',
  'Bot',
  'Command',
  'User',
  'RestAppLayoutDto',
  'ContentBlockDto',
  'LayoutDto',
  'ButtonDto',
  'ActionDto',
  'ActionSliderParamsDto',
  'item',
  'File',
  'Chat',
  'Message',
  'userfield',
  'deal',
  'recurring_deal',
  'lead',
  'Object',
  'department',
  'entity',
  'property',
  'result',
  'type',
  'crm_item_payment_delivery',
  'crm_item_payment_product',
];

/** Values written in the type line. */
const VALUES: Record<string, TypeRef> = {
  'Y/N': s('Y/N', 'yn'),
  asc: { kind: 'enum', base: 'string', values: [{ value: 'asc' }, { value: 'desc' }], open: false },
  desc: { kind: 'enum', base: 'string', values: [{ value: 'asc' }, { value: 'desc' }], open: false },
  order: { kind: 'map', keys: 'string', values: { kind: 'enum', base: 'string', values: [{ value: 'asc' }, { value: 'desc' }], open: false } },
  ORIGINATOR_ID: s('ORIGINATOR_ID'),
  ORIGIN_ID: s('ORIGIN_ID'),
  ORIGIN_VERSION: s('ORIGIN_VERSION'),
};

function buildVocab(): Map<string, VocabEntry> {
  const v = new Map<string, VocabEntry>();
  for (const [name, type] of Object.entries(PRIMITIVES)) v.set(name, { tier: 'primitive', type });
  for (const name of ID_INTEGER) v.set(name, { tier: 'id', type: intId(name) });
  for (const name of ID_STRING) v.set(name, { tier: 'id', type: strId(name) });
  for (const [catalogue, names] of Object.entries(STRUCTURES)) {
    for (const name of names) {
      const entry: VocabEntry = { tier: 'structure', catalogue };
      if (SALE_DUAL_INTEGER.has(name)) entry.idType = intId(name);
      if (SALE_DUAL_STRING.has(name)) entry.idType = strId(name);
      const idUnless = ID_UNLESS_OBJECT[name];
      if (idUnless) Object.assign(entry, { idType: idUnless, idUnlessObject: true });
      v.set(name, entry);
    }
  }
  for (const name of PAGE_LOCAL) if (!v.has(name)) v.set(name, { tier: 'page-local' });
  for (const [name, type] of Object.entries(VALUES)) v.set(name, { tier: 'value', type });
  return v;
}

/** The vocabulary: exact type name → entry. */
export const TYPE_VOCAB: ReadonlyMap<string, VocabEntry> = buildVocab();

/**
 * `entity.field` reference types (`sale_order.id`, `catalog_measure.code`): ids are integers unless the
 * entity's ids are character codes (`sale_status.id` is `DN`); other keys are strings until the corpus
 * pass types them from the entity's catalogue structure (`typeFieldReferences`).
 */
export function dottedReference(name: string): TypeRef | null {
  const m = /^([A-Za-z][\w]*)\.([A-Za-z_]+)$/.exec(name);
  if (!m) return null;
  const key = m[2] ?? '';
  if (/^id$/i.test(key)) return SALE_DUAL_STRING.has(m[1] ?? '') ? strId(name) : intId(name);
  return strId(name);
}

/**
 * The measured majority wire form of numbers and flags in the docs' response examples, per API family
 * (`rest1`, `rest3`, `vibe`), namespace (`rest1:crm`) and entity (`rest1:crm.deal`), for fields and for
 * bare scalar results (`|result`). Measured by `measureWireMajorities` (wire-model.ts) over the corpus;
 * test/pipeline/corpus.test.ts checks this table against the corpus and prints the new one when the docs
 * change. A fixed table, so a page read alone falls back to the same majority as in the corpus.
 */
import type { WireForm } from '../spec/schema.ts';

/** Majority forms by tally key. */
export type WireMajorities = Record<string, { numeric?: WireForm; flag?: WireForm }>;

export const WIRE_MAJORITIES: WireMajorities = {
  'rest1:_root|field': {
    flag: 'boolean',
  },
  'rest1:ai.engine|field': {
    numeric: 'number',
  },
  'rest1:ai.engine|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:ai|field': {
    numeric: 'number',
  },
  'rest1:ai|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:app.option|result': {
    flag: 'boolean',
  },
  'rest1:app|field': {
    numeric: 'number',
    flag: 'yn',
  },
  'rest1:app|result': {
    flag: 'boolean',
  },
  'rest1:biconnector.connector|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:biconnector.connector|result': {
    flag: 'boolean',
  },
  'rest1:biconnector.dataset|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:biconnector.dataset|result': {
    flag: 'boolean',
  },
  'rest1:biconnector.source|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:biconnector.source|result': {
    flag: 'boolean',
  },
  'rest1:biconnector|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:biconnector|result': {
    flag: 'boolean',
  },
  'rest1:bizproc.activity|result': {
    flag: 'boolean',
  },
  'rest1:bizproc.event|result': {
    flag: 'boolean',
  },
  'rest1:bizproc.robot|result': {
    flag: 'boolean',
  },
  'rest1:bizproc.task|field': {
    numeric: 'numeric-string',
    flag: 'yn',
  },
  'rest1:bizproc.task|result': {
    flag: 'boolean',
  },
  'rest1:bizproc.workflow|field': {
    numeric: 'numeric-string',
  },
  'rest1:bizproc.workflow|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:bizproc|field': {
    numeric: 'numeric-string',
    flag: 'yn',
  },
  'rest1:bizproc|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:booking.v1|field': {
    numeric: 'number',
  },
  'rest1:booking.v1|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:booking|field': {
    numeric: 'number',
  },
  'rest1:booking|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:calendar.accessibility|field': {
    numeric: 'string',
  },
  'rest1:calendar.event|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:calendar.event|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:calendar.meeting|result': {
    flag: 'boolean',
  },
  'rest1:calendar.resource|field': {
    numeric: 'numeric-string',
    flag: 'boolean',
  },
  'rest1:calendar.resource|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:calendar.section|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:calendar.settings|field': {
    flag: 'boolean',
  },
  'rest1:calendar.user|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:calendar.user|result': {
    flag: 'boolean',
  },
  'rest1:calendar|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:calendar|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:catalog.catalog|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:catalog.catalog|result': {
    flag: 'boolean',
  },
  'rest1:catalog.documentcontractor|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:catalog.documentcontractor|result': {
    flag: 'boolean',
  },
  'rest1:catalog.document|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:catalog.document|result': {
    flag: 'boolean',
  },
  'rest1:catalog.enum|field': {
    numeric: 'string',
  },
  'rest1:catalog.extra|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:catalog.measure|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:catalog.measure|result': {
    flag: 'boolean',
  },
  'rest1:catalog.pricetypegroup|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:catalog.pricetypegroup|result': {
    flag: 'boolean',
  },
  'rest1:catalog.pricetypelang|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:catalog.pricetypelang|result': {
    flag: 'boolean',
  },
  'rest1:catalog.pricetype|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:catalog.pricetype|result': {
    flag: 'boolean',
  },
  'rest1:catalog.price|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:catalog.price|result': {
    flag: 'boolean',
  },
  'rest1:catalog.productimage|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:catalog.productimage|result': {
    flag: 'boolean',
  },
  'rest1:catalog.productpropertyenum|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:catalog.productpropertyenum|result': {
    flag: 'boolean',
  },
  'rest1:catalog.productpropertyfeature|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:catalog.productpropertysection|field': {
    numeric: 'numeric-string',
  },
  'rest1:catalog.productproperty|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:catalog.productproperty|result': {
    flag: 'boolean',
  },
  'rest1:catalog.product|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:catalog.product|result': {
    flag: 'boolean',
  },
  'rest1:catalog.ratio|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:catalog.roundingrule|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:catalog.roundingrule|result': {
    flag: 'boolean',
  },
  'rest1:catalog.section|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:catalog.section|result': {
    flag: 'boolean',
  },
  'rest1:catalog.storeproduct|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:catalog.store|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:catalog.store|result': {
    flag: 'boolean',
  },
  'rest1:catalog.userfield|field': {
    numeric: 'number',
  },
  'rest1:catalog.vat|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:catalog.vat|result': {
    flag: 'boolean',
  },
  'rest1:catalog|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:catalog|result': {
    flag: 'boolean',
  },
  'rest1:crm.activity|field': {
    numeric: 'numeric-string',
    flag: 'yn',
  },
  'rest1:crm.activity|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:crm.address|field': {
    numeric: 'numeric-string',
    flag: 'boolean',
  },
  'rest1:crm.address|result': {
    flag: 'boolean',
  },
  'rest1:crm.automatedsolution|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:crm.automation|result': {
    flag: 'boolean',
  },
  'rest1:crm.calllist|field': {
    numeric: 'numeric-string',
  },
  'rest1:crm.calllist|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:crm.category|field': {
    numeric: 'number',
    flag: 'yn',
  },
  'rest1:crm.company|field': {
    numeric: 'number',
    flag: 'yn',
  },
  'rest1:crm.company|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:crm.contact|field': {
    numeric: 'numeric-string',
    flag: 'yn',
  },
  'rest1:crm.contact|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:crm.currency|field': {
    numeric: 'numeric-string',
    flag: 'boolean',
  },
  'rest1:crm.currency|result': {
    flag: 'boolean',
  },
  'rest1:crm.deal|field': {
    numeric: 'number',
    flag: 'yn',
  },
  'rest1:crm.deal|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:crm.documentgenerator|field': {
    numeric: 'numeric-string',
    flag: 'boolean',
  },
  'rest1:crm.duplicate|field': {
    numeric: 'number',
  },
  'rest1:crm.duplicate|result': {
    flag: 'boolean',
  },
  'rest1:crm.entity|field': {
    numeric: 'number',
  },
  'rest1:crm.enum|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:crm.item|field': {
    numeric: 'number',
    flag: 'yn',
  },
  'rest1:crm.item|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:crm.lead|field': {
    numeric: 'number',
    flag: 'yn',
  },
  'rest1:crm.lead|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:crm.multifield|field': {
    flag: 'boolean',
  },
  'rest1:crm.orderentity|field': {
    flag: 'boolean',
  },
  'rest1:crm.orderentity|result': {
    flag: 'boolean',
  },
  'rest1:crm.quote|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:crm.quote|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:crm.requisite|field': {
    numeric: 'numeric-string',
    flag: 'boolean',
  },
  'rest1:crm.requisite|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:crm.settings|result': {
    numeric: 'number',
  },
  'rest1:crm.stagehistory|field': {
    numeric: 'number',
  },
  'rest1:crm.status|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:crm.status|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:crm.timeline|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:crm.timeline|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:crm.tracking|result': {
    numeric: 'number',
  },
  'rest1:crm.type|field': {
    numeric: 'number',
    flag: 'yn',
  },
  'rest1:crm.vat|field': {
    numeric: 'numeric-string',
  },
  'rest1:crm.vat|result': {
    numeric: 'number',
    flag: 'number',
  },
  'rest1:crm|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:crm|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:department|field': {
    numeric: 'numeric-string',
  },
  'rest1:department|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:disk.attachedobject|field': {
    numeric: 'numeric-string',
  },
  'rest1:disk.file|field': {
    numeric: 'numeric-string',
  },
  'rest1:disk.file|result': {
    flag: 'boolean',
  },
  'rest1:disk.folder|field': {
    numeric: 'numeric-string',
  },
  'rest1:disk.folder|result': {
    flag: 'boolean',
  },
  'rest1:disk.rights|field': {
    numeric: 'numeric-string',
  },
  'rest1:disk.storage|field': {
    numeric: 'numeric-string',
  },
  'rest1:disk.version|field': {
    numeric: 'numeric-string',
  },
  'rest1:disk|field': {
    numeric: 'numeric-string',
  },
  'rest1:disk|result': {
    flag: 'boolean',
  },
  'rest1:documentgenerator.document|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:documentgenerator.numerator|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:documentgenerator.role|field': {
    numeric: 'number',
  },
  'rest1:documentgenerator|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:entity.item|field': {
    numeric: 'numeric-string',
  },
  'rest1:entity.item|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:entity.section|field': {
    numeric: 'numeric-string',
  },
  'rest1:entity.section|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:entity|field': {
    numeric: 'numeric-string',
  },
  'rest1:entity|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:event.offline|field': {
    flag: 'boolean',
  },
  'rest1:event.offline|result': {
    flag: 'boolean',
  },
  'rest1:event|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:event|result': {
    flag: 'boolean',
  },
  'rest1:feature|field': {
    flag: 'yn',
  },
  'rest1:humanresources.hcmlink|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:humanresources.hcmlink|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:humanresources|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:humanresources|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:im.chat|field': {
    numeric: 'number',
  },
  'rest1:im.chat|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:im.counters|field': {
    numeric: 'number',
  },
  'rest1:im.dialog|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:im.dialog|result': {
    flag: 'boolean',
  },
  'rest1:im.disk|field': {
    numeric: 'number',
  },
  'rest1:im.disk|result': {
    flag: 'boolean',
  },
  'rest1:im.message|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:im.notify|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:im.notify|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:im.recent|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:im.recent|result': {
    flag: 'boolean',
  },
  'rest1:im.revision|field': {
    numeric: 'number',
  },
  'rest1:im.search|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:im.search|result': {
    flag: 'boolean',
  },
  'rest1:im.user|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:im.user|result': {
    flag: 'boolean',
  },
  'rest1:im.v2|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:im.v2|result': {
    flag: 'boolean',
  },
  'rest1:imbot.chat|field': {
    numeric: 'number',
  },
  'rest1:imbot.chat|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:imbot.command|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:imbot.dialog|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:imbot.message|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:imbot.v2|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:imbot|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:imbot|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:imconnector.chat|field': {
    flag: 'boolean',
  },
  'rest1:imconnector.connector|result': {
    flag: 'boolean',
  },
  'rest1:imconnector.delete|field': {
    flag: 'boolean',
  },
  'rest1:imconnector.send|field': {
    flag: 'boolean',
  },
  'rest1:imconnector.update|field': {
    flag: 'boolean',
  },
  'rest1:imconnector|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:imconnector|result': {
    flag: 'boolean',
  },
  'rest1:imopenlines.bot|result': {
    flag: 'boolean',
  },
  'rest1:imopenlines.config|field': {
    numeric: 'number',
  },
  'rest1:imopenlines.config|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:imopenlines.crm|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:imopenlines.dialog|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:imopenlines.message|result': {
    flag: 'boolean',
  },
  'rest1:imopenlines.network|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:imopenlines.operator|result': {
    flag: 'boolean',
  },
  'rest1:imopenlines.revision|field': {
    numeric: 'number',
  },
  'rest1:imopenlines.session|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:imopenlines.session|result': {
    flag: 'boolean',
  },
  'rest1:imopenlines|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:imopenlines|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:im|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:im|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:landing.block|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:landing.block|result': {
    flag: 'boolean',
  },
  'rest1:landing.demos|field': {
    numeric: 'numeric-string',
    flag: 'boolean',
  },
  'rest1:landing.demos|result': {
    flag: 'boolean',
  },
  'rest1:landing.landing|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:landing.landing|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:landing.repowidget|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:landing.repo|field': {
    flag: 'boolean',
  },
  'rest1:landing.repo|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:landing.role|result': {
    flag: 'boolean',
  },
  'rest1:landing.site|field': {
    numeric: 'numeric-string',
  },
  'rest1:landing.site|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:landing.syspage|result': {
    flag: 'boolean',
  },
  'rest1:landing.template|field': {
    flag: 'boolean',
  },
  'rest1:landing.template|result': {
    flag: 'boolean',
  },
  'rest1:landing|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:landing|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:lists.element|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:lists.field|field': {
    numeric: 'number',
    flag: 'yn',
  },
  'rest1:lists.field|result': {
    flag: 'boolean',
  },
  'rest1:lists.section|field': {
    flag: 'yn',
  },
  'rest1:lists.section|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:lists|field': {
    numeric: 'number',
    flag: 'yn',
  },
  'rest1:lists|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:log.blogcomment|field': {
    numeric: 'number',
  },
  'rest1:log.blogcomment|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:log.blogpost|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:log|field': {
    numeric: 'number',
  },
  'rest1:log|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:mailservice|field': {
    numeric: 'numeric-string',
  },
  'rest1:mailservice|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:messageservice.message|result': {
    flag: 'boolean',
  },
  'rest1:messageservice.sender|result': {
    flag: 'boolean',
  },
  'rest1:messageservice|result': {
    flag: 'boolean',
  },
  'rest1:method|field': {
    flag: 'boolean',
  },
  'rest1:placement|field': {
    numeric: 'number',
  },
  'rest1:pull.application|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:pull.application|result': {
    flag: 'boolean',
  },
  'rest1:pull|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:pull|result': {
    flag: 'boolean',
  },
  'rest1:sale.basketitem|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:sale.basketitem|result': {
    flag: 'boolean',
  },
  'rest1:sale.basketproperties|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:sale.basketproperties|result': {
    flag: 'boolean',
  },
  'rest1:sale.businessvaluepersondomain|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:sale.businessvaluepersondomain|result': {
    flag: 'boolean',
  },
  'rest1:sale.cashbox|field': {
    flag: 'yn',
  },
  'rest1:sale.cashbox|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:sale.delivery|field': {
    numeric: 'number',
  },
  'rest1:sale.delivery|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:sale.order|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:sale.order|result': {
    flag: 'boolean',
  },
  'rest1:sale.paymentitembasket|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:sale.paymentitembasket|result': {
    flag: 'boolean',
  },
  'rest1:sale.paymentitemshipment|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:sale.paymentitemshipment|result': {
    flag: 'boolean',
  },
  'rest1:sale.payment|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:sale.payment|result': {
    flag: 'boolean',
  },
  'rest1:sale.paysystem|field': {
    numeric: 'number',
    flag: 'yn',
  },
  'rest1:sale.paysystem|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:sale.persontype|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:sale.persontype|result': {
    flag: 'boolean',
  },
  'rest1:sale.propertygroup|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:sale.propertygroup|result': {
    flag: 'boolean',
  },
  'rest1:sale.propertyrelation|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:sale.propertyrelation|result': {
    flag: 'boolean',
  },
  'rest1:sale.propertyvalue|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:sale.propertyvalue|result': {
    flag: 'boolean',
  },
  'rest1:sale.propertyvariant|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:sale.propertyvariant|result': {
    flag: 'boolean',
  },
  'rest1:sale.property|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:sale.property|result': {
    flag: 'boolean',
  },
  'rest1:sale.shipmentitem|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:sale.shipmentitem|result': {
    flag: 'boolean',
  },
  'rest1:sale.shipmentpropertyvalue|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:sale.shipmentpropertyvalue|result': {
    flag: 'boolean',
  },
  'rest1:sale.shipmentproperty|field': {
    numeric: 'number',
    flag: 'yn',
  },
  'rest1:sale.shipmentproperty|result': {
    flag: 'boolean',
  },
  'rest1:sale.shipment|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:sale.shipment|result': {
    flag: 'boolean',
  },
  'rest1:sale.statuslang|field': {
    flag: 'boolean',
  },
  'rest1:sale.statuslang|result': {
    flag: 'boolean',
  },
  'rest1:sale.status|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:sale.status|result': {
    flag: 'boolean',
  },
  'rest1:sale.tradebinding|field': {
    numeric: 'numeric-string',
    flag: 'boolean',
  },
  'rest1:sale.tradeplatform|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:sale|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:sale|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:sign.b2e|field': {
    numeric: 'number',
  },
  'rest1:sign|field': {
    numeric: 'number',
  },
  'rest1:socialnetwork.api|field': {
    numeric: 'number',
    flag: 'yn',
  },
  'rest1:socialnetwork|field': {
    numeric: 'number',
    flag: 'yn',
  },
  'rest1:sonet_group.feature|result': {
    flag: 'boolean',
  },
  'rest1:sonet_group.user|field': {
    numeric: 'numeric-string',
  },
  'rest1:sonet_group.user|result': {
    flag: 'boolean',
  },
  'rest1:sonet_group|field': {
    numeric: 'numeric-string',
  },
  'rest1:sonet_group|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:task.checklistitem|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:task.checklistitem|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:task.commentitem|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:task.commentitem|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:task.elapseditem|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:task.elapseditem|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:task.item|field': {
    numeric: 'numeric-string',
    flag: 'yn',
  },
  'rest1:task.item|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:task.planner|field': {
    numeric: 'number',
  },
  'rest1:task.stages|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:tasks.api|field': {
    numeric: 'number',
  },
  'rest1:tasks.api|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:tasks.flow|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:tasks.flow|result': {
    flag: 'boolean',
  },
  'rest1:tasks.task|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:tasks.task|result': {
    flag: 'boolean',
  },
  'rest1:tasks.template|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:tasks.template|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:tasks|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:tasks|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:task|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:task|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:telephony.call|field': {
    numeric: 'number',
  },
  'rest1:telephony.externalcall|field': {
    numeric: 'number',
  },
  'rest1:telephony.externalcall|result': {
    flag: 'boolean',
  },
  'rest1:telephony.externalline|field': {
    numeric: 'numeric-string',
  },
  'rest1:telephony|field': {
    numeric: 'number',
  },
  'rest1:telephony|result': {
    flag: 'boolean',
  },
  'rest1:timeman.schedule|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:timeman.timecontrol|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:timeman.timecontrol|result': {
    flag: 'boolean',
  },
  'rest1:timeman|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:timeman|result': {
    flag: 'boolean',
  },
  'rest1:user.option|result': {
    flag: 'boolean',
  },
  'rest1:user.userfield|field': {
    numeric: 'number',
    flag: 'yn',
  },
  'rest1:user.userfield|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:userconsent.agreement|field': {
    numeric: 'numeric-string',
  },
  'rest1:userconsent.consent|result': {
    numeric: 'number',
  },
  'rest1:userconsent|field': {
    numeric: 'numeric-string',
  },
  'rest1:userconsent|result': {
    numeric: 'number',
  },
  'rest1:userfieldconfig|field': {
    numeric: 'numeric-string',
    flag: 'yn',
  },
  'rest1:userfieldtype|result': {
    flag: 'boolean',
  },
  'rest1:user|field': {
    numeric: 'number',
    flag: 'yn',
  },
  'rest1:user|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:vote.attachedvote|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:vote.integration|field': {
    numeric: 'number',
  },
  'rest1:vote|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:voximplant.callback|field': {
    flag: 'boolean',
  },
  'rest1:voximplant.infocall|field': {
    flag: 'boolean',
  },
  'rest1:voximplant.line|result': {
    numeric: 'number',
  },
  'rest1:voximplant.sip|field': {
    numeric: 'number',
    flag: 'yn',
  },
  'rest1:voximplant.sip|result': {
    numeric: 'number',
  },
  'rest1:voximplant.statistic|field': {
    numeric: 'number',
    flag: 'yn',
  },
  'rest1:voximplant.user|result': {
    numeric: 'number',
  },
  'rest1:voximplant|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1:voximplant|result': {
    numeric: 'number',
  },
  'rest1|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest1|result': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest3:call.followup|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest3:call|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest3:humanresources.employee|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest3:humanresources.node|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest3:humanresources|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest3:mail.mailbox|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest3:mail.message|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest3:mail.message|result': {
    flag: 'boolean',
  },
  'rest3:mail.recipient|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest3:mail|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest3:mail|result': {
    flag: 'boolean',
  },
  'rest3:main.eventlog|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest3:main|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest3:note.collection|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest3:note.document|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest3:note.file|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest3:note|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest3:tasks.task|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest3:tasks|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest3:timeman.record|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest3:timeman|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest3|field': {
    numeric: 'number',
    flag: 'boolean',
  },
  'rest3|result': {
    flag: 'boolean',
  },
};

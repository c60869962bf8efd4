// Task 1: get a contact (crm.contact.get, api-reference/crm/contacts/crm-contact-get.md), with the
// result checked by the package's zod schemas (generated/README.md: `validate: true, schemas: resultSchemas`).
import { createClient } from '@b24gen/bitrix24';
import { resultSchemas } from '@b24gen/bitrix24/zod/crm';

export interface ContactCard {
  id: string;
  fullName: string;
  companyId: string | null;
  firstPhone: string | undefined;
  hasEmail: boolean;
}

export async function run({ webhookUrl }: { webhookUrl: string }): Promise<ContactCard> {
  const b24 = createClient({ webhookUrl, validate: true, schemas: resultSchemas });
  const contact = await b24.call('crm.contact.get', { id: 23 });
  return {
    id: contact.ID,
    fullName: `${contact.NAME} ${contact.LAST_NAME}`,
    companyId: contact.COMPANY_ID,
    firstPhone: contact.PHONE?.[0]?.VALUE,
    hasEmail: contact.HAS_EMAIL === 'Y',
  };
}

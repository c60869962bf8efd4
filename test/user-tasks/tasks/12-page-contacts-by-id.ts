// Task 12: page through all contacts by id (crm.contact.list with list(…, { mode: 'id' }),
// api-reference/crm/contacts/crm-contact-list.md).
import { createClient } from '@b24gen/bitrix24';

export interface ContactRow {
  id: string;
  name: string;
  email: string | undefined;
}

export async function run({ webhookUrl }: { webhookUrl: string }): Promise<ContactRow[]> {
  const b24 = createClient({ webhookUrl });
  const rows: ContactRow[] = [];
  for await (const c of b24.list('crm.contact.list', { select: ['ID', 'NAME', 'LAST_NAME', 'EMAIL'] }, { mode: 'id' })) {
    rows.push({ id: c.ID, name: `${c.NAME} ${c.LAST_NAME}`, email: c.EMAIL?.[0]?.VALUE });
  }
  return rows;
}

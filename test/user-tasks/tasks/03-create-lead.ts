// Task 3: create a lead with a phone and an e-mail, assigned to me (crm.lead.add,
// api-reference/crm/leads/crm-lead-add.md; the responsible id comes from user.current).
import { createClient } from '@b24gen/bitrix24';

export async function run({ webhookUrl }: { webhookUrl: string }): Promise<number> {
  const b24 = createClient({ webhookUrl });
  const me = await b24.call('user.current');
  const leadId = await b24.call('crm.lead.add', {
    fields: {
      TITLE: 'Website request',
      NAME: 'Gleb',
      LAST_NAME: 'Titov',
      STATUS_ID: 'NEW',
      OPENED: 'Y',
      ASSIGNED_BY_ID: me.ID,
      CURRENCY_ID: 'USD',
      OPPORTUNITY: 12500,
      PHONE: [{ VALUE: '555888', VALUE_TYPE: 'WORK' }],
      EMAIL: [{ VALUE: 'gleb@example.com', VALUE_TYPE: 'WORK' }],
    },
    params: { REGISTER_SONET_EVENT: 'Y' },
  });
  return leadId;
}

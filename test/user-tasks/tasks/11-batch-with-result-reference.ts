// Task 11: one batch of mixed methods, one using another's result through $result[...]
// (settings/how-to-call-rest-api/batch.md: "department.get?ID=$result[get_user][UF_DEPARTMENT][0]").
import { createClient } from '@b24gen/bitrix24';

export interface BatchOutcome {
  userId: string;
  departmentName: string | undefined;
  leadId: number;
  contactName: string;
  dealMoved: boolean;
}

export async function run({ webhookUrl }: { webhookUrl: string }): Promise<BatchOutcome> {
  const b24 = createClient({ webhookUrl });
  const r = await b24.batch({
    get_user: ['user.current', {}],
    get_department: ['department.get', { ID: '$result[get_user][UF_DEPARTMENT][0]' }],
    add_lead: ['crm.lead.add', { fields: { TITLE: 'Lead from batch', OPENED: 'Y' }, params: { REGISTER_SONET_EVENT: 'Y' } }],
    get_contact: ['crm.contact.get', { id: 23 }],
    move_deal: ['crm.deal.update', { id: 37, fields: { STAGE_ID: 'C1:WON' }, params: { REGISTER_SONET_EVENT: true } }],
  });
  if (!r.get_user.ok) throw r.get_user.error;
  if (!r.get_department.ok) throw r.get_department.error;
  if (!r.add_lead.ok) throw r.add_lead.error;
  if (!r.get_contact.ok) throw r.get_contact.error;
  if (!r.move_deal.ok) throw r.move_deal.error;
  return {
    userId: r.get_user.result.ID,
    departmentName: r.get_department.result[0]?.NAME,
    leadId: r.add_lead.result,
    contactName: r.get_contact.result.NAME,
    dealMoved: r.move_deal.result,
  };
}

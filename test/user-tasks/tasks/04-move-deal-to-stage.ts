// Task 4: move a deal to a stage: find it with crm.deal.list, then crm.deal.update its STAGE_ID
// (api-reference/crm/deals/crm-deal-update.md; its params table types REGISTER_SONET_EVENT as `boolean`).
import { createClient } from '@b24gen/bitrix24';

export async function run({ webhookUrl }: { webhookUrl: string }): Promise<{ dealId: string; updated: boolean }> {
  const b24 = createClient({ webhookUrl });
  const [deal] = await b24.call('crm.deal.list', {
    filter: { CATEGORY_ID: 1, STAGE_ID: 'C1:NEW' },
    select: ['ID', 'TITLE', 'STAGE_ID'],
    order: { ID: 'ASC' },
  });
  if (deal === undefined) throw new Error('no deal in C1:NEW');
  const updated = await b24.call('crm.deal.update', {
    id: deal.ID,
    fields: { STAGE_ID: 'C1:WON' },
    params: { REGISTER_SONET_EVENT: true },
  });
  return { dealId: deal.ID, updated };
}

// Task 2: list deals updated since a date, with filter, select and order (crm.deal.list,
// api-reference/crm/deals/crm-deal-list.md).
import { createClient } from '@b24gen/bitrix24';

export interface DealRow {
  id: string;
  title: string;
  stage: string;
  amount: number;
}

export async function run({ webhookUrl }: { webhookUrl: string }): Promise<DealRow[]> {
  const b24 = createClient({ webhookUrl });
  const deals = await b24.call('crm.deal.list', {
    filter: { '>=DATE_MODIFY': '2024-01-01T00:00:00+02:00', CATEGORY_ID: 1, IS_MANUAL_OPPORTUNITY: 'Y' },
    select: ['ID', 'TITLE', 'STAGE_ID', 'OPPORTUNITY'],
    order: { DATE_MODIFY: 'DESC' },
  });
  return deals.map((deal) => ({
    id: deal.ID,
    title: deal.TITLE,
    stage: deal.STAGE_ID,
    amount: Number(deal.OPPORTUNITY),
  }));
}

// Task 13: crm.item.list for a smart process with a logic: 'OR' filter
// (api-reference/crm/universal/crm-item-list.md: filter { '0': { logic: 'OR', '0': {…}, '1': {…} }, … }).
import { createClient } from '@b24gen/bitrix24';

export interface ItemRow {
  id: number;
  title: string;
  stageId: string;
  assignedById: number;
}

export async function run({ webhookUrl }: { webhookUrl: string }): Promise<ItemRow[]> {
  const b24 = createClient({ webhookUrl });
  const { items } = await b24.call('crm.item.list', {
    entityTypeId: 1032,
    select: ['id', 'title', 'stageId', 'assignedById', 'opportunity', 'createdTime'],
    filter: {
      '0': {
        logic: 'OR',
        '0': { '!=name': '' },
        '1': { '!=lastName': '' },
      },
      '@assignedById': [1, 6],
      '>=createdTime': '2024-01-01T00:00:00+02:00',
    },
    order: { id: 'ASC' },
  });
  return items.map((item) => ({ id: item.id, title: item.title, stageId: item.stageId, assignedById: item.assignedById }));
}

// Task 6: list my open tasks by deadline (tasks.task.list, api-reference/tasks/tasks-task-list.md).
import { createClient } from '@b24gen/bitrix24';

export interface TaskRow {
  id: string;
  title: string;
  deadline: string | null;
  responsibleId: string;
}

export async function run({ webhookUrl }: { webhookUrl: string }): Promise<TaskRow[]> {
  const b24 = createClient({ webhookUrl });
  const { tasks } = await b24.call('tasks.task.list', {
    order: { DEADLINE: 'asc' },
    filter: { RESPONSIBLE_ID: 547, '!STATUS': 5 },
    select: ['ID', 'TITLE', 'DEADLINE', 'RESPONSIBLE_ID', 'STATUS'],
  });
  return tasks.map((t) => ({ id: t.id, title: t.title, deadline: t.deadline, responsibleId: t.responsibleId }));
}

// Task 5: add a task (tasks.task.add, api-reference/tasks/tasks-task-add.md).
import { createClient } from '@b24gen/bitrix24';

export interface CreatedTask {
  id: string;
  title: string;
  responsibleId: string;
  status: string;
}

export async function run({ webhookUrl }: { webhookUrl: string }): Promise<CreatedTask> {
  const b24 = createClient({ webhookUrl });
  const { task } = await b24.call('tasks.task.add', {
    fields: {
      TITLE: 'Call the client back',
      DESCRIPTION: 'About deal #37',
      RESPONSIBLE_ID: 1,
      DEADLINE: '2025-12-31T23:59:59',
      UF_CRM_TASK: ['D_37'],
    },
  });
  return { id: task.id, title: task.title, responsibleId: task.responsibleId, status: task.status };
}

// Task 8: list users by name, with the filter the docs show ({ filter: { NAME: 'Iv%' } },
// api-reference/user/user-get.md).
import { createClient } from '@b24gen/bitrix24';

export interface UserRow {
  id: string;
  name: string;
  active: boolean;
}

export async function run({ webhookUrl }: { webhookUrl: string }): Promise<UserRow[]> {
  const b24 = createClient({ webhookUrl });
  const users = await b24.call('user.get', { filter: { NAME: 'Iv%' } });
  return users.map((u) => ({ id: u.ID, name: `${u.NAME} ${u.LAST_NAME}`, active: u.ACTIVE }));
}

// Task 7: who am I (user.current, api-reference/user/user-current.md).
import { createClient } from '@b24gen/bitrix24';

export interface Me {
  id: string;
  name: string;
  email: string;
  departments: number[];
}

export async function run({ webhookUrl }: { webhookUrl: string }): Promise<Me> {
  const b24 = createClient({ webhookUrl });
  const me = await b24.call('user.current');
  return { id: me.ID, name: `${me.NAME} ${me.LAST_NAME}`, email: me.EMAIL, departments: me.UF_DEPARTMENT };
}

// Task 9: send a chat message (im.message.add, api-reference/chats/messages/im-message-add.md).
import { createClient } from '@b24gen/bitrix24';

export async function run({ webhookUrl }: { webhookUrl: string }): Promise<number> {
  const b24 = createClient({ webhookUrl });
  const messageId = await b24.call('im.message.add', {
    DIALOG_ID: 'chat2941',
    MESSAGE: 'Deal [B]#37[/B] is won',
    SYSTEM: 'N',
    URL_PREVIEW: 'Y',
  });
  return messageId;
}

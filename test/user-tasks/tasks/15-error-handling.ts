// Task 15: handle errors by their documented codes (im.message.add's "MESSAGE_EMPTY",
// api-reference/chats/messages/im-message-add.md), from a call and from a batch; and a CRM error, which the
// docs document with an empty code and the reason in error_description (crm-contact-get.md: "ID is not
// defined or invalid.").
import { B24Error, ImMessageAddErrorCode, createClient } from '@b24gen/bitrix24';

export interface ErrorOutcome {
  call: { code: string; status: number | undefined; description: string | undefined; emptyMessage: boolean };
  batch: { code: string; emptyMessage: boolean };
  contact: { status: number | undefined; description: string | undefined };
}

export async function run({ webhookUrl }: { webhookUrl: string }, text = ''): Promise<ErrorOutcome> {
  const b24 = createClient({ webhookUrl });
  let call: ErrorOutcome['call'] | undefined;
  try {
    await b24.call('im.message.add', { DIALOG_ID: 'chat2941', MESSAGE: text });
  } catch (e) {
    if (!(e instanceof B24Error)) throw e;
    call = { code: e.code, status: e.status, description: e.description, emptyMessage: e.code === ImMessageAddErrorCode.MESSAGE_EMPTY };
  }
  if (call === undefined) throw new Error('expected the portal to refuse the message');

  const r = await b24.batch({ send: ['im.message.add', { DIALOG_ID: 'chat2941', MESSAGE: text }] });
  if (r.send.ok) throw new Error('expected the batch command to fail');
  const code = r.send.error.code;

  let contact: ErrorOutcome['contact'] | undefined;
  try {
    await b24.call('crm.contact.get', { id: 999999 });
  } catch (e) {
    if (!(e instanceof B24Error)) throw e;
    contact = { status: e.status, description: e.description };
  }
  if (contact === undefined) throw new Error('expected the portal to refuse the contact');
  return { call, batch: { code, emptyMessage: code === ImMessageAddErrorCode.MESSAGE_EMPTY }, contact };
}

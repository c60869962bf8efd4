// Task 14: a Vibe API call (GET /v1/contacts/{id}, seeds/vibe.contacts.get.txt).
import { createVibeClient } from '@b24gen/bitrix24';

export interface VibeContact {
  id: number;
  fullName: string;
  companyId: number;
}

export async function run({ vibeUrl }: { vibeUrl: string }): Promise<VibeContact> {
  const vibe = createVibeClient({ apiKey: 'YOUR_API_KEY', baseUrl: vibeUrl });
  const contact = await vibe.request('GET /v1/contacts/{id}', { path: { id: 71 } });
  return { id: contact.id, fullName: `${contact.name} ${contact.lastName}`, companyId: contact.companyId };
}

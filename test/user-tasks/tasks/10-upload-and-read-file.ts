// Task 10: upload a file to a disk folder and read it back (disk.folder.uploadFile,
// api-reference/disk/folder/disk-folder-upload-file.md; disk.file.get, api-reference/disk/file/disk-file-get.md).
import { createClient } from '@b24gen/bitrix24';

export interface StoredFile {
  uploadedId: number;
  folderId: string;
  name: string;
  size: number;
  downloadUrl: string;
}

export async function run({ webhookUrl }: { webhookUrl: string }): Promise<StoredFile> {
  const b24 = createClient({ webhookUrl });
  const uploaded = await b24.call('disk.folder.uploadFile', {
    id: 8930,
    data: { NAME: 'report.txt' },
    fileContent: ['report.txt', Buffer.from('quarterly report').toString('base64')],
    generateUniqueName: true,
  });
  const file = await b24.call('disk.file.get', { id: uploaded.ID });
  return {
    uploadedId: uploaded.ID,
    folderId: uploaded.PARENT_ID,
    name: file.NAME,
    size: Number(file.SIZE),
    downloadUrl: file.DOWNLOAD_URL,
  };
}

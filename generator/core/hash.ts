/** Content hashes: the one place that decides how a source's text is fingerprinted. */
import { createHash } from 'node:crypto';

/** Hex sha256 of a text, hashed as UTF-8 (or of bytes, so a file read raw hashes as the text it was written from). */
export function sha256(text: string | Uint8Array): string {
  // Node hashes a string as its UTF-8 bytes.
  return createHash('sha256').update(text).digest('hex');
}

/** Hex sha256 of a set of files (relative path → text), whatever order the map holds them in. */
export function filesDigest(files: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256');
  for (const path of [...files.keys()].sort()) hash.update(path, 'utf8').update('\0').update(files.get(path)!, 'utf8').update('\0');
  return hash.digest('hex');
}

/** Content hashes: the one place that decides how a source's text is fingerprinted. */
import { createHash } from 'node:crypto';

/** Hex sha256 of a text, hashed as UTF-8. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

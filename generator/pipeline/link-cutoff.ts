/**
 * The early cutoff after reading: link is a pure function of the readings, and the sources' content hashes
 * reach its output only through the provenance sidecars. So when every reading comes out as an earlier
 * build's but for those hashes (a page edit that moved no fact: a code example, a reworded paragraph no
 * table or description quotes), the spec files are that build's, with the changed pages' hashes written
 * into the sidecars that name them. A build then skips link and the spec writer (about 2.5 s of the corpus).
 */
import { sha256 } from '../core/hash.ts';
import type { PageReading } from '../sources/index.ts';
import { isSidecarPath, withSourceHashes } from '../spec/sidecar.ts';
import type { CollectedPage } from './inputs.ts';

// A source's content hash as JSON writes it: the one thing left out of the digest.
const SOURCE_HASH = /"sha256":"[0-9a-f]{64}"/g;

/** A digest of everything link is given (the pages as named and their readings) but the sources' content hashes. */
export function linkInputDigest(pages: readonly CollectedPage[], readings: readonly PageReading[]): string {
  const named = pages.map((p) => [p.page.path, p.cited, p.checked]);
  return sha256(JSON.stringify([named, readings]).replace(SOURCE_HASH, '"sha256":""'));
}

/** Every source's content hash the readings carry (path → hash); null when one path carries two. */
export function sourceHashes(readings: readonly PageReading[]): Map<string, string> | null {
  const hashes = new Map<string, string>();
  for (const { output } of readings) {
    // Only method specs name sources (catalogues carry lines alone).
    for (const spec of output.specs) {
      for (const { path, sha256: hash } of spec.sources) {
        const seen = hashes.get(path);
        if (seen !== undefined && seen !== hash) return null;
        hashes.set(path, hash);
      }
    }
  }
  return hashes;
}

/** An earlier build's spec files (path → text) with the sidecars' hashes brought up to date; null when a sidecar names a source no reading has. */
export function withCurrentHashes(files: ReadonlyMap<string, string>, hashes: ReadonlyMap<string, string>): Map<string, string> | null {
  const out = new Map<string, string>();
  for (const [path, text] of files) {
    const current = isSidecarPath(path) ? withSourceHashes(text, hashes) : text;
    if (current === null) return null;
    out.set(path, current);
  }
  return out;
}

/**
 * The gold set's page sample: drawn reproducibly (fixed seed) from the REST method specs, spread over
 * namespaces, with quotas for the kinds of page the readers find hardest. The sample names pages only;
 * the truth for each is written by reading the page (test/gold/truth/), never from a spec.
 */

import { mulberry32 } from '../../generator/core/prng.ts';

/** One candidate method: what the sampler needs to know to place it in a stratum. */
export interface Candidate {
  id: string;
  method: string;
  page: string;
  v3: boolean;
  deprecated: boolean;
  list: boolean;
}

/** One sampled method and the stratum that drew it. */
export interface Pick {
  id: string;
  method: string;
  page: string;
  stratum: Stratum;
}

export type Stratum = 'v3' | 'deprecated' | 'list' | 'getfields' | 'any';

/** How many methods each stratum draws, in this order (a method drawn once is not drawn again). */
export const QUOTAS: ReadonlyArray<readonly [Stratum, number]> = [
  ['v3', 8],
  ['deprecated', 8],
  ['list', 10],
  ['getfields', 6],
  ['any', 28],
];

/** At most this many methods of one top-level namespace (crm.*, tasks.*), so the sample spreads. */
export const PER_NAMESPACE = 5;

export const SEED = 20261206;

function inStratum(c: Candidate, s: Stratum): boolean {
  switch (s) {
    case 'v3':
      return c.v3;
    case 'deprecated':
      return c.deprecated;
    case 'list':
      return c.list && !c.v3;
    case 'getfields':
      return /\.(get)?fields$/i.test(c.method);
    case 'any':
      return true;
  }
}

/** The sample: candidates sorted by id (input order never matters), shuffled with the seed, drawn by quota. */
export function sampleGold(candidates: readonly Candidate[], seed = SEED): Pick[] {
  const rand = mulberry32(seed);
  const pool = [...candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Fisher–Yates with the seeded generator.
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const taken = new Set<string>();
  const perNs = new Map<string, number>();
  const picks: Pick[] = [];
  for (const [stratum, quota] of QUOTAS) {
    let n = 0;
    for (const c of pool) {
      if (n >= quota) break;
      if (taken.has(c.id) || !inStratum(c, stratum)) continue;
      const ns = c.method.split('.')[0]!.toLowerCase();
      if ((perNs.get(ns) ?? 0) >= PER_NAMESPACE) continue;
      taken.add(c.id);
      perNs.set(ns, (perNs.get(ns) ?? 0) + 1);
      picks.push({ id: c.id, method: c.method, page: c.page, stratum });
      n++;
    }
  }
  return picks.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

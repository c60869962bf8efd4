/**
 * Draws the holdout pages (holdout/): 15 of stratum "any" with seed 20261207, none of sample.json's. Run once
 * (after the readers were fixed against the 60); the truths are tied to the
 * pages it drew, so it is not redrawn.
 *   node --import tsx test/gold/draw-holdout.ts [specs-dir] [corpus-dir]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleGold, type Candidate } from './sample.ts';

const [specsDir = 'specs', corpusDir = '../shared/corpus/b24restdocs'] = process.argv.slice(2);
const DEPRECATION = /development of this method has been (halted|stopped)|Method Development (Stopped|Halted)|note warning "Deprecated|\bis deprecated\b/i;
const taken = new Set((JSON.parse(readFileSync(join('test', 'gold', 'sample.json'), 'utf8')) as Array<{ id: string }>).map((p) => p.id));
const index = JSON.parse(readFileSync(join(specsDir, 'index.json'), 'utf8')) as { methods: Array<{ id: string; api: string; method: string; file: string }> };
const candidates: Candidate[] = [];
for (const m of index.methods) {
  if (m.api !== 'rest' || taken.has(m.id)) continue;
  const spec = JSON.parse(readFileSync(join(specsDir, m.file), 'utf8')) as { sources: Array<{ path: string }>; list: unknown };
  const page = spec.sources[0]?.path ?? '';
  if (!page.startsWith('api-reference/')) continue;
  const text = readFileSync(join(corpusDir, page), 'utf8');
  candidates.push({ id: m.id, method: m.method, page, v3: m.id.endsWith('@v3'), deprecated: DEPRECATION.test(text), list: spec.list !== null });
}
for (const p of sampleGold(candidates, 20261207)
  .filter((x) => x.stratum === 'any')
  .slice(0, 15))
  process.stdout.write(`${p.id}\t${p.page}\n`);

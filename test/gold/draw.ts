/**
 * Draws the gold sample (sample.json) from a specs folder and the corpus: which method each page is and
 * whether it is REST 3.0, deprecated or a list comes from there; which pages are drawn from sample.ts.
 * Run once when the sample was made; the truths are tied to the pages it drew, so it is not redrawn.
 *   node --import tsx test/gold/draw.ts [specs-dir] [corpus-dir] > test/gold/sample.json
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleGold, type Candidate } from './sample.ts';

const [specsDir = 'specs', corpusDir = '../shared/corpus/b24restdocs'] = process.argv.slice(2);
const DEPRECATION = /development of this method has been (halted|stopped)|Method Development (Stopped|Halted)|note warning "Deprecated|\bis deprecated\b/i;

const index = JSON.parse(readFileSync(join(specsDir, 'index.json'), 'utf8')) as { methods: Array<{ id: string; api: string; method: string; file: string }> };
const candidates: Candidate[] = [];
for (const m of index.methods) {
  if (m.api !== 'rest') continue;
  const spec = JSON.parse(readFileSync(join(specsDir, m.file), 'utf8')) as { sources: Array<{ path: string }>; list: unknown };
  const page = spec.sources[0]?.path ?? '';
  if (!page.startsWith('api-reference/')) continue;
  const text = readFileSync(join(corpusDir, page), 'utf8');
  candidates.push({ id: m.id, method: m.method, page, v3: m.id.endsWith('@v3'), deprecated: DEPRECATION.test(text), list: spec.list !== null });
}
process.stdout.write(JSON.stringify(sampleGold(candidates), null, 2) + '\n');

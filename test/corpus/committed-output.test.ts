/**
 * The committed outputs agree with each other and with the generator: specs/ validates against the
 * schema, generated/ is byte-for-byte what `b24gen generate` makes of specs/ (so a stale commit, or a
 * generator that is not deterministic, fails here), and the whole package passes `tsc --noEmit`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateFiles } from '../../generator/pipeline/generate.ts';
import { loadSpecSet, readTree } from '../../generator/pipeline/inputs.ts';
import { readSpecSet } from '../../generator/pipeline/run.ts';
import { specSetToFiles, type SpecSet } from '../../generator/spec/spec-set.ts';
import { ROOT, runTsc } from '../targets/helpers.ts';
import { requireShared, SHARED } from '../support/shared.ts';

const SPECS = join(ROOT, 'specs');
const GENERATED = join(ROOT, 'generated');
let set: SpecSet;

beforeAll(async () => {
  set = await loadSpecSet(SPECS);
}, 180_000);

describe('committed specs/ and generated/', () => {
  it('holds a spec for every seed method and the Vibe operations', () => {
    const ids = new Set(set.specs.map((s) => s.id));
    for (const id of [
      'rest:crm.contact.get',
      'rest:crm.lead.get',
      'rest:crm.company.contact.items.get',
      'rest:crm.contact.list',
      'vibe:GET /v1/contacts/{id}',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
    expect(set.specs.length).toBeGreaterThan(1600);
  });

  it('specs/ is exactly what the readers make of ../shared (fresh and deterministic)', async () => {
    const inputs = [SHARED.seeds, SHARED.corpus, SHARED.vibecode].map(requireShared);
    const { set: fresh, problems } = await readSpecSet(inputs);
    expect(problems).toEqual([]);
    const expected = specSetToFiles(fresh!);
    const actual = await readTree(SPECS);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    const differing = [...expected].filter(([rel, text]) => actual.get(rel) !== text).map(([rel]) => rel);
    expect(differing.slice(0, 20), 'regenerate with `npx b24gen build` and commit').toEqual([]);
  }, 300_000);

  it('generated/ is exactly what the generator makes of specs/', async () => {
    const expected = await generateFiles(set);
    const actual = await readTree(GENERATED, (rel) => !rel.startsWith('node_modules/') && !rel.startsWith('dist/'));
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    const differing = [...expected].filter(([rel, text]) => actual.get(rel) !== text).map(([rel]) => rel);
    expect(differing, 'regenerate with `npx b24gen build` and commit').toEqual([]);
  }, 300_000);

  it('type-checks as a whole with tsc --noEmit', async () => {
    expect(existsSync(join(GENERATED, 'tsconfig.json'))).toBe(true);
    const diagnostics = await runTsc(GENERATED, 'tsconfig.json');
    expect(diagnostics.slice(0, 20)).toEqual([]);
  }, 300_000);
});

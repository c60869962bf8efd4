/**
 * Result shapes users can work with, type-checked against a package generated from real corpus pages
 * (read, linked and emitted like a build, with the real runtime): fields a `get` result documents are
 * present (nullable where the page shows null), list items are narrowed to the given `select`, and REST 1
 * params accept the casings the page's examples use. Each case in test/fixtures/shape-type-cases states
 * its expectation on line 1 and quotes the page lines it rests on.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFiles } from '../../../generator/pipeline/generate.ts';
import { specSetFromPages } from '../../../generator/pipeline/run.ts';
import { requireShared, SHARED } from '../../support/shared.ts';
import { ROOT, runTsc, typeCaseTests, writePackage, type Diagnostic } from '../helpers.ts';

const CASES = join(ROOT, 'test/fixtures/shape-type-cases');
const PAGES = [
  'api-reference/crm/contacts/crm-contact-get.md',
  'api-reference/crm/data-types.md',
  'api-reference/crm/deals/crm-deal-fields.md',
  'api-reference/crm/deals/crm-deal-get.md',
  'api-reference/crm/deals/crm-deal-list.md',
  'api-reference/user/user-get.md',
];
let dir = '';
let diagnostics: Diagnostic[] = [];

beforeAll(async () => {
  const corpus = requireShared(SHARED.corpus);
  const ctx = { readFile: (p: string) => (existsSync(`${corpus}/${p}`) ? readFileSync(`${corpus}/${p}`, 'utf8') : undefined) };
  const pages = PAGES.map((path) => ({ page: { path, text: readFileSync(`${corpus}/${path}`, 'utf8') }, ctx }));
  dir = await writePackage(await generateFiles(specSetFromPages(pages)), 'b24gen-shapes-');
  await cp(CASES, join(dir, 'cases'), { recursive: true });
  await writeFile(join(dir, 'tsconfig.cases.json'), JSON.stringify({ extends: './tsconfig.json', include: ['src', 'cases'] }));
  diagnostics = await runTsc(dir, 'tsconfig.cases.json');
}, 300_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('package from the crm.deal / crm.contact / user.get pages', () => {
  it('type-checks', () => {
    expect(diagnostics.filter((d) => !d.file.startsWith('cases/'))).toEqual([]);
  });

  it('declares the list select facts the client narrows by', async () => {
    // The REST 1 entries live in the namespace entry (`@b24gen/bitrix24/crm`), which `Methods` extends.
    const methods = await readFile(join(dir, 'src/api/crm.ts'), 'utf8');
    expect(await readFile(join(dir, 'src/methods.ts'), 'utf8')).toMatch(/export interface Methods extends \w+\.CrmMethods/);
    // crm-deal-list.md: the `select` param, "By default, all fields are taken" (a mask: the whole item).
    expect(methods).toMatch(/'crm\.deal\.list': \{[\s\S]*?select: \{ param: 'select'; names: crm\.CrmDealListSelect\[number\]; default: never \}/);
    expect(methods).toMatch(/'crm\.deal\.get': \{[\s\S]*?list: never;/);
  });
});

describe('shape type cases', async () => {
  await typeCaseTests(CASES, () => diagnostics);
});

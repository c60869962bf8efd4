/**
 * Required alternatives in the emitted params type: lists.element.get says "At least one of the parameters
 * must be specified: `IBLOCK_ID` or `IBLOCK_CODE`" (and the same of `ELEMENT_ID`/`ELEMENT_CODE`), and
 * sign.b2e.document.send says of the `company` object inside `fields` "Pass either the `uuid` or `crmId` parameter".
 * The type must reject a call with none of a group's members and accept each member alone.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alternative } from '../../../../generator/spec/schema.ts';
import { emitPackage } from '../../emit.ts';
import { method, named, param } from '../../given.ts';
import { runTsc, stubRuntime, writePackage, type Diagnostic } from '../../helpers.ts';

const source = { file: 'given.md', how: 'read' as const };
const integer = { kind: 'scalar' as const, name: 'integer' as const };
const alt = (...params: string[]): Alternative => ({ id: `alt:${params.join('|')}`, params, source });

const specs = [
  method({
    method: 'lists.element.get',
    params: [
      param('IBLOCK_TYPE_ID', { required: true }),
      param('IBLOCK_ID', { type: integer }),
      param('IBLOCK_CODE'),
      param('ELEMENT_ID', { type: integer }),
      param('ELEMENT_CODE'),
    ],
    alternatives: [alt('ELEMENT_CODE', 'ELEMENT_ID'), alt('IBLOCK_CODE', 'IBLOCK_ID')],
  }),
  method({
    method: 'sign.b2e.document.send',
    params: [param('fields', { required: true, type: { kind: 'ref', name: 'fields' } })],
    types: [
      named('fields', {
        kind: 'object',
        fields: [{ id: 'fields.company', name: 'company', type: { kind: 'ref', name: 'company' }, required: true, source }],
      }),
      named('company', {
        kind: 'object',
        fields: [
          { id: 'company.uuid', name: 'uuid', type: { kind: 'scalar', name: 'string' }, required: false, source },
          { id: 'company.crmId', name: 'crmId', type: integer, required: false, source },
        ],
      }),
    ],
    alternatives: [alt('fields.company.crmId', 'fields.company.uuid')],
  }),
];

// Every `@ts-expect-error` must meet an error (else TS2578), and every other line must compile.
const CASES = `import type { ListsElementGetParams, SignB2eDocumentSendParams } from '../src/index.js';

export const both: ListsElementGetParams = { IBLOCK_TYPE_ID: 'lists', IBLOCK_ID: 1, ELEMENT_ID: 2 };
export const byCodes: ListsElementGetParams = { IBLOCK_TYPE_ID: 'lists', IBLOCK_CODE: 'x', ELEMENT_CODE: 'y' };
export const allFour: ListsElementGetParams = { IBLOCK_TYPE_ID: 'lists', IBLOCK_ID: 1, IBLOCK_CODE: 'x', ELEMENT_ID: 2, ELEMENT_CODE: 'y' };
// @ts-expect-error neither IBLOCK_ID nor IBLOCK_CODE
export const noIblock: ListsElementGetParams = { IBLOCK_TYPE_ID: 'lists', ELEMENT_ID: 2 };
// @ts-expect-error neither ELEMENT_ID nor ELEMENT_CODE
export const noElement: ListsElementGetParams = { IBLOCK_TYPE_ID: 'lists', IBLOCK_ID: 1 };
// @ts-expect-error nothing at all
export const empty: ListsElementGetParams = {};

export const byUuid: SignB2eDocumentSendParams = { fields: { company: { uuid: 'a' } } };
export const byCrmId: SignB2eDocumentSendParams = { fields: { company: { crmId: 1 } } };
// @ts-expect-error company carries neither uuid nor crmId
export const neither: SignB2eDocumentSendParams = { fields: { company: {} } };
`;

let dir = '';
let diagnostics: Diagnostic[] = [];
let methodsFile = '';

beforeAll(async () => {
  const files = await emitPackage({ specs, errorCatalogues: [], typeCatalogues: [], runtime: stubRuntime(), packageVersion: '0.0.0' });
  methodsFile = files.get('src/methods/lists.ts') ?? '';
  dir = await writePackage(files, 'b24gen-alts-');
  await mkdir(join(dir, 'cases'));
  await writeFile(join(dir, 'cases/alternatives.ts'), CASES);
  await writeFile(join(dir, 'tsconfig.cases.json'), JSON.stringify({ extends: './tsconfig.json', include: ['src', 'cases'] }));
  diagnostics = await runTsc(dir, 'tsconfig.cases.json');
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('required alternatives', () => {
  it('require one member of each group, accept each member alone, and compile', () => {
    expect(diagnostics).toEqual([]);
  });

  it('keep the params documented: the members stay optional properties with their own types', () => {
    expect(methodsFile).toContain('export type ListsElementGetParams = {');
    expect(methodsFile).toMatch(/IBLOCK_ID\?: /);
    expect(methodsFile).toMatch(/\(\{ IBLOCK_CODE: string \} \| \{ IBLOCK_ID: /);
  });
});

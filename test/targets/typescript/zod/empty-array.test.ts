/**
 * PHP's empty associative array end to end on real pages: the tasks pages read together (tasks/fields.md types
 * the task), linked (link/empty-arrays.ts), emitted and bundled. The result type takes `[]` where the page's
 * example shows it, the zod schema accepts the example (`validate: true`), and `coerce` turns an empty map
 * sent as `[]` into `{}` while an object with fields sent as `[]` stays `[]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { responseResults } from '../../../../generator/link/wire-model.ts';
import { specSetFromPages } from '../../../../generator/pipeline/run.ts';
import { requireShared, SHARED } from '../../../support/shared.ts';
import { emitPackage } from '../../emit.ts';
import { importBundle, stubRuntime, writePackage } from '../../helpers.ts';

interface Schema {
  safeParse(v: unknown): { success: boolean };
}
const CORPUS = SHARED.corpus;
const ctx = { readFile: (p: string) => (existsSync(`${CORPUS}/${p}`) ? readFileSync(`${CORPUS}/${p}`, 'utf8') : undefined) };
const pages = ['api-reference/tasks/fields.md', 'api-reference/tasks/tasks-task-add.md', 'api-reference/tasks/tasks-task-get.md'].map((path) => ({
  page: { path, text: readFileSync(`${requireShared(CORPUS)}/${path}`, 'utf8') },
  ctx,
}));
const set = specSetFromPages(pages);
const add = set.specs.find((s) => s.id === 'rest:tasks.task.add')!;
// tasks-task-add.md:329, the success example: "checklist": [] (:391), "group": [] (:392), "accomplicesData": [] (:407), "auditorsData": [] (:408)
const example = responseResults(add)[0] as { task: Record<string, unknown> };

let mod: { tasksTaskAddResult: Schema; coerce: (s: Schema, v: unknown) => { task: Record<string, unknown> } };
let methodsText = '';

beforeAll(async () => {
  const files = await emitPackage({ ...set, runtime: stubRuntime(), packageVersion: '0.1.0' }, { format: false });
  const dir = await writePackage(files, 'b24gen-empty-array-');
  methodsText = files.get('src/methods/tasks.ts') ?? '';
  mod = await importBundle<typeof mod>(
    dir,
    "export { tasksTaskAddResult } from './src/zod/tasks.ts';\nexport { coerce } from './src/zod/_lenient.ts';",
    'empty-array',
  );
}, 120_000);

describe("tasks.task.add: PHP's empty associative array", () => {
  it('types the fields the example shows as [] with `| []`, the others as documented', () => {
    expect(example.task['group']).toEqual([]);
    expect(methodsText).toMatch(/\bgroup\??: \w+ \| \[\];/);
    expect(methodsText).toMatch(/\baccomplicesData\??: Record<string, \w+> \| \[\];/);
    expect(methodsText).toMatch(/\bchecklist\??: Record<string, \w+> \| \[\];/);
    // "creator" (fields.md "|| **creator**", an object) is shown filled: no `| []`
    expect(methodsText).toMatch(/\bcreator\??: \w+;/);
  });

  it('validate: the docs example passes, [] included', () => {
    expect(mod.tasksTaskAddResult.safeParse(example).success).toBe(true);
  });

  it('coerce: an empty map sent as [] becomes {}; an object with fields sent as [] stays []', () => {
    const c = mod.coerce(mod.tasksTaskAddResult, example);
    expect(c.task['accomplicesData']).toEqual({});
    expect(c.task['checklist']).toEqual({});
    expect(c.task['group']).toEqual([]);
    expect(example.task['accomplicesData']).toEqual([]);
  });
});

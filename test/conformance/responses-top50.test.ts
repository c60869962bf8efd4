/**
 * Response conformance on the 50 most used methods, against the committed specs/ and generated/:
 * every documented response example of these methods is checked against its generated result type
 * (and every error example against the typed error codes; their lines say `errors:<verdict>`),
 * and every mismatch must be allowed by a line of `responses-top50.allow.txt`, written by reading the
 * page. The test also fails on an allow-list line that no longer matches anything, so the list only
 * shrinks as the wire model, the link passes and the page readers land (issue 10 wants it empty).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runConformance, type ConformanceRun } from '../../generator/conformance/run.ts';
import type { Mismatch, Skipped } from '../../generator/conformance/types.ts';
import { loadSpecSet } from '../../generator/pipeline/inputs.ts';
import type { SpecSet } from '../../generator/spec/spec-set.ts';
import { ROOT } from '../targets/helpers.ts';
import { allowedBy, parseAllowList, type AllowLine } from './allow-list.ts';

/**
 * The pick: what an everyday integration calls, i.e. the 15 tasks of issue 10 and the CRUD around
 * them. CRM: the four classic entities' get/list/add/update (still the most called, though the docs
 * point to crm.item.*), crm.item.* (the successor, smart processes), the field/status/category
 * lookups every deal form needs (crm.deal.fields, crm.status.list, crm.category.list) and
 * crm.activity.list; tasks.task.* (add/list/get/update/complete/delete/getFields); user.get/current/
 * search/update; disk: reading a file, walking and creating folders, uploading; im: sending and
 * editing messages, creating a chat, system notifications; lists.element.get/add/update.
 * Matched by method name, so REST 3.0 twins (tasks.task.*@v3) are checked too.
 */
export const TOP50 = [
  ...['contact', 'deal', 'lead', 'company'].flatMap((e) => ['get', 'list', 'add', 'update'].map((v) => `crm.${e}.${v}`)),
  ...['get', 'list', 'add', 'update', 'delete', 'fields'].map((v) => `crm.item.${v}`),
  'crm.deal.fields',
  'crm.status.list',
  'crm.category.list',
  'crm.activity.list',
  ...['get', 'list', 'add', 'update', 'delete', 'complete', 'getFields'].map((v) => `tasks.task.${v}`),
  'user.get',
  'user.current',
  'user.search',
  'user.update',
  'disk.file.get',
  'disk.folder.getchildren',
  'disk.folder.uploadfile',
  'disk.storage.getlist',
  'disk.folder.get',
  'disk.folder.addsubfolder',
  'im.message.add',
  'im.message.update',
  'im.chat.add',
  'im.notify.system.add',
  'lists.element.get',
  'lists.element.add',
  'lists.element.update',
];

const ALLOW_FILE = join(ROOT, 'test/conformance/responses-top50.allow.txt');
let set: SpecSet;
let run: ConformanceRun;
let errors: ConformanceRun;
let allow: AllowLine[];
/** Mismatches of both runs, error ones with their verdict prefixed `errors:` (the allow-list's spelling). */
let all: Mismatch[];

beforeAll(async () => {
  set = await loadSpecSet(join(ROOT, 'specs'));
  run = await runConformance({ set, generatedDir: join(ROOT, 'generated'), side: 'response', methods: TOP50 });
  errors = await runConformance({ set, generatedDir: join(ROOT, 'generated'), side: 'error', methods: TOP50 });
  allow = parseAllowList(readFileSync(ALLOW_FILE, 'utf8'));
  all = [...run.report.mismatches, ...errors.report.mismatches.map((m) => ({ ...m, verdict: `errors:${m.verdict}` as Mismatch['verdict'] }))];
});

const label = (m: Mismatch) => `${m.verdict} | ${m.specId} | ${m.path} (${m.file}:${m.line}: ${m.message} [${m.reason}])`;
const skipLabel = (s: Skipped) => `skipped | ${s.specId} | ${s.exampleId} (${s.file}:${s.line}: ${s.reason})`;

describe('response conformance of the 50 most used methods', () => {
  it('lists 50 distinct methods, each with a spec', () => {
    expect(new Set(TOP50.map((m) => m.toLowerCase())).size).toBe(50);
    const names = new Set(set.specs.map((s) => s.method.toLowerCase()));
    expect(TOP50.filter((m) => !names.has(m.toLowerCase()))).toEqual([]);
  });

  it('checks their response examples', () => {
    // Every one of the 50 pages has a response example; 56 parse (REST 3.0 twins included), crm.lead.list's does not.
    expect(run.report.checked).toBeGreaterThanOrEqual(50);
    expect(run.report.problems).toEqual([]);
    expect(errors.report.checked).toBeGreaterThanOrEqual(50);
    expect(errors.report.problems).toEqual([]);
  });

  it('has no mismatch the allow-list does not justify', () => {
    const unjustified = all.filter((m) => !allow.some((a) => allowedBy(a, m.verdict, m.specId ?? '', m.path)));
    const skipped = run.report.skipped.filter((s) => !allow.some((a) => allowedBy(a, 'skipped', s.specId ?? '', s.exampleId)));
    expect([...unjustified.map(label), ...skipped.map(skipLabel)]).toEqual([]);
  });

  it('has no allow-list line that no longer occurs (delete the lines a fix made stale)', () => {
    const stale = allow.filter(
      (a) =>
        !all.some((m) => allowedBy(a, m.verdict, m.specId ?? '', m.path)) &&
        !run.report.skipped.some((s) => allowedBy(a, 'skipped', s.specId ?? '', s.exampleId)),
    );
    expect(stale.map((a) => `line ${a.line}: ${a.text}`)).toEqual([]);
  });
});

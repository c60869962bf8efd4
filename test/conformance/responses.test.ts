/**
 * Response conformance end to end on the fixture `demo.item.read` (fixtures/demo.item.read.json): its
 * result table types ID integer, TITLE string, OPENED boolean, PRICE double, STAGE one of NEW/WON,
 * META an object, PHONE an object described as "Array of phone numbers", NOTE a string inferred from
 * an example. Each response example breaks it in one known way; every mismatch must come back with
 * its path, line and verdict, and the conforming ones must not.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseCase, wrapResult } from '../../generator/conformance/examples.ts';
import { renderMarkdown, renderText } from '../../generator/conformance/render.ts';
import { runConformance, type ConformanceRun } from '../../generator/conformance/run.ts';
import { wireByMessage, wireForm } from '../../generator/conformance/verdict-response.ts';
import type { SpecSet } from '../../generator/spec/spec-set.ts';
import { loadFixtureSet, writeGenerated } from './helpers.ts';

let dir: string;
let set: SpecSet;
let run: ConformanceRun;

/** The mismatches of one example of demo.item.read, as `kind path line verdict` strings, sorted. */
function of(exampleId: string): string[] {
  return run.report.mismatches
    .filter((m) => m.method === 'demo.item.read' && m.exampleId === exampleId)
    .map((m) => `${m.kind} ${m.path} ${m.line} ${m.verdict}`)
    .sort();
}

beforeAll(async () => {
  set = await loadFixtureSet();
  dir = await writeGenerated(set, 'b24gen-responses-');
  run = await runConformance({ set, generatedDir: dir, side: 'response' });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('response examples of the fixture', () => {
  it('checks every response example with a JSON body and lists the one that does not parse', () => {
    expect(run.report.side).toBe('response');
    const read = (m: { method: string }) => m.method === 'demo.item.read';
    expect(run.report.skipped.filter(read).map((s) => `${s.exampleId}: ${s.reason}`)).toEqual([
      'response:broken: the example is not valid JSON (prose, comments or an ellipsis inside the body)',
    ]);
    expect(run.report.problems).toEqual([]);
  });

  it('passes a conforming envelope, and a bare result checked as the envelope of its own `time`', () => {
    expect(of('response:ok')).toEqual([]);
    expect(of('response:bare')).toEqual([]);
    expect(run.report.normalised.map((n) => `${n.exampleId} ${n.from}→${n.to} ${n.why}`)).toEqual(['response:bare (root)→result envelope']);
  });

  it('judges the forms the portal sends (numeric strings, Y, null, [], a string total) as wire', () => {
    // Unlinked fixture: ID "43", OPENED "N" and PRICE "12.50" have no wire record, so the types admit both forms.
    expect(of('response:wire')).toEqual(['wrong-type result.META 50 wire', 'wrong-type result.TITLE 50 wire', 'wrong-type total 50 wire']);
  });

  it('judges what the table contradicts as doc bugs', () => {
    expect(of('response:doc')).toEqual([
      'unknown-property result.COLOR 60 doc-bug',
      'wrong-type result.STAGE 60 doc-bug',
      'wrong-type result.TITLE 60 doc-bug',
    ]);
  });

  it('judges an inferred type and a list the description names as parser bugs', () => {
    expect(of('response:parser')).toEqual(['wrong-type result.NOTE 70 parser-bug', 'wrong-type result.PHONE 70 parser-bug']);
    const phone = run.report.mismatches.find((m) => m.exampleId === 'response:parser' && m.path === 'result.PHONE');
    expect(phone?.reason).toContain('Array of phone numbers');
  });

  it('judges an error body filed as a response a parser bug', () => {
    expect(of('response:error-body')).toEqual([
      'missing-required result 90 parser-bug',
      'unknown-property error 90 parser-bug',
      'unknown-property error_description 90 parser-bug',
    ]);
  });

  it('says which side it checked in text and markdown', () => {
    expect(renderText(run.report)).toMatch(/^checked \d+ response examples: /);
    expect(renderMarkdown(run.report)).toMatch(/^# Doc-example conformance \(response examples\)/);
  });

  it('does not check the requests when asked for responses (and the other way round)', async () => {
    const requests = await runConformance({ set, generatedDir: dir, methods: ['demo.item.read'] });
    expect(requests.report.checked).toBe(0);
    expect(run.report.mismatches.every((m) => m.exampleId.startsWith('response:'))).toBe(true);
  });
});

describe('response pieces', () => {
  it('wraps a bare result, keeping the envelope keys beside it', () => {
    expect(wrapResult({ ID: 1, time: { start: 1 }, total: 3 }, 'result', ['time', 'total', 'next'])).toEqual({
      result: { ID: 1 },
      time: { start: 1 },
      total: 3,
    });
    expect(wrapResult([1, 2], 'result', ['time'])).toEqual({ result: [1, 2] });
  });

  it('checks a whole envelope against the result type, Vibe against `data`', () => {
    const spec = set.specs.find((s) => s.method === 'demo.item.read')!;
    const c = responseCase(spec, 'response:x', { result: true, time: {} }, 'f.md', 1);
    expect(c.typeExpr).toBe(`{ result: Methods["demo.item.read"]['result']; time?: unknown; total?: number; next?: number }`);
    expect(c.renamed).toEqual([]);
  });

  it('tells wire forms from other values by the spec type', () => {
    const integer = { kind: 'scalar', name: 'integer', docType: 'integer' } as const;
    const boolean = { kind: 'scalar', name: 'boolean' } as const;
    const text = { kind: 'scalar', name: 'string', docType: 'datetime' } as const;
    expect(wireForm('43', integer, 'ID')?.verdict).toBe('wire');
    expect(wireForm('4a', integer, 'ID')).toBeUndefined();
    expect(wireForm('N', boolean, 'OPENED')?.verdict).toBe('wire');
    expect(wireForm(null, text, 'DATE')?.verdict).toBe('wire');
    // im.* send false for an empty date (e.g. "mobile_last_date": false)
    expect(wireForm(false, text, 'mobile_last_date')?.verdict).toBe('wire');
    expect(wireForm({ a: 1 }, integer, 'ID')).toBeUndefined();
  });

  it('reads the target type from the compiler message where the spec cannot place the value', () => {
    expect(wireByMessage('43', "Type 'string' is not assignable to type 'number'.", 'result[0].ID')?.verdict).toBe('wire');
    expect(wireByMessage(null, "Type 'null' is not assignable to type 'Record<string, string> | undefined'.", 'x')?.verdict).toBe('wire');
    expect(wireByMessage('abc', "Type 'string' is not assignable to type 'number'.", 'x')).toBeUndefined();
  });
});

describe('error examples of the fixture (side `error`)', () => {
  let errors: ConformanceRun;
  beforeAll(async () => {
    errors = await runConformance({ set, generatedDir: dir, side: 'error', methods: ['demo.item.read'] });
  });

  it("checks each error example's code against the method's typed codes", () => {
    // fixtures/demo.item.read.json: the error table lists NOT_FOUND, and "Access denied" without a code.
    const got = errors.report.mismatches.map((m) => `${m.exampleId} ${m.path} ${m.verdict}`).sort();
    expect(got).toEqual([
      'error:message-as-code error parser-bug',
      'error:message-only error parser-bug',
      'error:placeholder error unclear',
      'error:success-body error parser-bug',
      'error:success-body result parser-bug',
      'error:undocumented error doc-bug',
    ]);
    expect(errors.report.checked).toBe(6);
    expect(errors.report.passed).toBe(1);
  });
});

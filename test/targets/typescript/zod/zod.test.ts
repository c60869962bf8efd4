/** The zod part: scalar schemas, alias schemas following type names, and the index derived from the plan. */
import { describe, expect, it } from 'vitest';
import { FileContext } from '../../../../generator/targets/typescript/common/file-context.ts';
import { emitResultZodFile, emitZodIndexFile } from '../../../../generator/targets/typescript/zod/file.ts';
import { zodText } from '../../../../generator/targets/typescript/zod/schema-text.ts';
import { method, named, obj, planOf, printed, resultRef } from '../../given.ts';

describe('zod part', () => {
  it('maps scalars to the lenient helpers', () => {
    const file = new FileContext('src/zod/crm.ts');
    const ctx = { scope: { resolve: () => undefined }, file, ref: () => ({ expr: 'x', type: 'typeof x' }), shapeType: () => 'XShape' };
    expect(zodText({ kind: 'scalar', name: 'string', format: 'id' }, ctx)).toBe('lenientString');
    expect(zodText({ kind: 'scalar', name: 'string', format: 'yn' }, ctx)).toBe('lenientBoolean');
    expect(zodText({ kind: 'scalar', name: 'integer' }, ctx)).toBe('lenientNumber');
    expect(zodText({ kind: 'scalar', name: 'null' }, ctx)).toBe('z.null()');
    expect(zodText({ kind: 'scalar', name: 'any' }, ctx)).toBe('z.unknown()');
  });

  it('a closed enum of digit strings also takes the numbers (disk-folder-add-subfolder.md:260 sends "DELETED_TYPE": 0)', () => {
    const ctx = {
      scope: { resolve: () => undefined },
      file: new FileContext('src/zod/disk.ts'),
      ref: () => ({ expr: 'x', type: 'typeof x' }),
      shapeType: () => 'XShape',
    };
    const digits = zodText({ kind: 'enum', base: 'string', values: [{ value: '0' }, { value: '3' }], open: false }, ctx);
    expect(digits).toBe('z.union([z.literal(0), z.literal("0"), z.literal(3), z.literal("3")])');
    expect(zodText({ kind: 'enum', base: 'string', values: [{ value: 'A' }, { value: '3' }], open: false }, ctx)).toBe('z.enum(["A", "3"])');
  });

  it('checks presence only of fields the docs require, not of fields the record rule marked present', () => {
    // One record schema also validates select-narrowed list items (`select: ['ID']` leaves TITLE out).
    const file = new FileContext('src/zod/crm.ts');
    const ctx = { scope: { resolve: () => undefined }, file, ref: () => ({ expr: 'x', type: 'typeof x' }), shapeType: () => 'XShape' };
    const source = { file: 'p.md', how: 'read' as const };
    const str = { kind: 'scalar' as const, name: 'string' as const };
    const text = zodText(
      {
        kind: 'object',
        fields: [
          { id: 'r.ID', name: 'ID', type: str, required: true, source },
          { id: 'r.TITLE', name: 'TITLE', type: str, required: true, presence: { ...source, evidence: 'response-example' }, source },
        ],
      },
      ctx,
    );
    expect(text).toContain('ID: nullableString');
    expect(text).toContain('TITLE: nullishString');
  });

  it('maps a result scalar with a wire record to the schema of its form (a codec coerce can decode)', () => {
    const file = new FileContext('src/zod/crm.ts');
    const ctx = { scope: { resolve: () => undefined }, file, ref: () => ({ expr: 'x', type: 'typeof x' }), shapeType: () => 'XShape' };
    const read = { how: 'read', evidence: 'response-example' } as const;
    // crm-contact-get.md: "ID": "43", "LEAD_ID": null, "OPENED": "Y"; crm-deal-add.md: "result": 394
    expect(zodText({ kind: 'scalar', name: 'integer', wire: { sends: 'numeric-string', ...read } }, ctx)).toBe('wireNumericString');
    expect(zodText({ kind: 'scalar', name: 'integer', wire: { sends: 'numeric-string', nullable: true, ...read } }, ctx)).toBe('wireNumericString.nullable()');
    expect(zodText({ kind: 'scalar', name: 'integer', wire: { sends: 'number', ...read } }, ctx)).toBe('wireNumber');
    expect(zodText({ kind: 'scalar', name: 'string', format: 'yn', wire: { sends: 'yn', ...read } }, ctx)).toBe('wireYN');
    expect(zodText({ kind: 'scalar', name: 'boolean', wire: { sends: 'boolean', ...read } }, ctx)).toBe('wireBoolean');
    expect(zodText({ kind: 'scalar', name: 'boolean', wire: { sends: 'number', ...read } }, ctx)).toBe('wireBit');
    expect(zodText({ kind: 'scalar', name: 'string', format: 'datetime' }, ctx)).toBe('wireDateTime');
    expect(zodText({ kind: 'scalar', name: 'integer', wire: { sends: 'numeric-string', also: ['number'], ...read } }, ctx)).toBe(
      'z.union([wireNumericString, wireNumber])',
    );
    expect(zodText({ kind: 'scalar', name: 'string', wire: { sends: 'string', nullable: true, ...read } }, ctx)).toBe('z.string().nullable()');
  });

  it('gives an alias a schema when its target has one: the union of variants, a declarer name', () => {
    const plan = planOf([
      method({ method: 'crm.contact.get', types: [named('contact', obj('ID'))], result: resultRef('contact') }),
      method({ method: 'crm.deal.get', types: [named('contact', obj('TITLE'))], result: resultRef('contact') }),
      method({ method: 'crm.lead.get', types: [named('contact', obj('TITLE'))] }),
    ]);
    const home = { kind: 'namespace', namespace: 'crm' } as const;
    const text = printed(emitResultZodFile('src/zod/crm.ts', plan.rest, plan.typesOf(home)).statements);
    expect(text).toContain(
      'export const crmContactSchema: z.ZodUnion<readonly [typeof crmContactGetContactSchema, typeof crmDealGetContactSchema]> = /* @__PURE__ */ z.union([crmContactGetContactSchema, crmDealGetContactSchema]);',
    );
    expect(text).toContain('export const crmLeadGetContactSchema: typeof crmDealGetContactSchema = crmDealGetContactSchema;');
    // Every schema's type is written out (no inferred zod type for the declaration emitter to expand), its
    // shape named once for the annotation and the shape function alike.
    expect(text).toContain(
      'export const crmContactGetContactSchema: LenientObject<CrmContactGetContactSchemaShape> = /* @__PURE__ */ lenientObject(crmContactGetContactSchemaShape());',
    );
    expect(text).toContain('function crmContactGetContactSchemaShape(): CrmContactGetContactSchemaShape {');
    expect(text).toContain('type CrmContactGetContactSchemaShape = {\n  ID: typeof nullishString;\n  };');
  });

  it('merges the REST maps each namespace file declares and re-exports the Vibe map', () => {
    const plan = planOf([method({ method: 'crm.deal.get' }), method({ method: 'tasks.task.get', restVersion: '3' })]);
    const text = printed(emitZodIndexFile(plan).statements);
    expect(text).toContain("import { resultSchemas as ns_crm } from './crm.js';");
    expect(text).toContain("import { resultSchemasV3 as ns_tasks_v3 } from './tasks.js';");
    // Written out as the intersection of the namespaces' maps: inferred, the merge of every namespace is too long to print (TS7056).
    expect(text).toContain('export const resultSchemas: typeof ns_crm = { ...ns_crm };');
    expect(text).toContain('export const resultSchemasV3: typeof ns_tasks_v3 = { ...ns_tasks_v3 };');
    expect(text).toContain("export { resultSchemas as vibeResultSchemas } from './_vibe.js';");
  });
});

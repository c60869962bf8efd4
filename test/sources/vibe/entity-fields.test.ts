/** entity-fields.ts: an entity's fields from a fields table or an example, and the record and input types. */
import { describe, expect, it } from 'vitest';
import { fieldsFromExample, fieldsFromTable, inputType, isEntityFieldsTable, recordType, unionFields } from '../../../generator/sources/vibe/entity-fields.ts';
import { readTables } from '../../../generator/sources/vibe/tables.ts';
import { contextOf, linesOf, objectFields } from '../../support/vibe.ts';

const TABLE = [
  'Field Bitrix24 Name Type Read-only Description',
  'id ID number yes Identifier',
  'headId UF_HEAD number no Head of the department',
  'meta.total - number no Not a field',
];

describe('fieldsFromTable', () => {
  const ctx = contextOf(TABLE.join('\n'));
  const [table] = readTables(linesOf(...TABLE));
  const fields = fieldsFromTable(ctx, table!);

  it('reads name, Bitrix24 name, type and read-only flag, skipping names that are not identifiers', () => {
    expect(isEntityFieldsTable(table!)).toBe(true);
    expect(fields.map((f) => [f.name, f.bitrixName, f.type, f.readOnly, f.source.line])).toEqual([
      ['id', 'ID', { kind: 'scalar', name: 'integer', format: 'id', docType: 'number' }, true, 2],
      ['headId', 'UF_HEAD', { kind: 'scalar', name: 'integer', format: 'id', docType: 'number' }, false, 3],
    ]);
  });

  it('makes a record type with aliases for renamed fields, and an input type without the read-only ones', () => {
    const source = { file: 'p.txt', how: 'read' as const };
    const record = recordType('department', fields, { open: false, source });
    expect(objectFields(record.type).map((f) => [f.id, f.aliases, f.readOnly])).toEqual([
      ['department.id', ['ID'], true],
      ['department.headId', ['UF_HEAD'], false],
    ]);
    const input = inputType('department_input', fields, { open: true, source });
    expect(objectFields(input.type).map((f) => f.name)).toEqual(['headId']);
    expect(input.type).toMatchObject({ additional: { kind: 'scalar', name: 'unknown' } });
  });
});

describe('fieldsFromExample and unionFields', () => {
  it('infers fields from the objects of an example, leaving out `_included`', () => {
    const ctx = contextOf('x');
    const fields = fieldsFromExample(
      ctx,
      [
        { id: 1, name: 'Ann', _included: {} },
        { id: 2, email: 'a@b.c' },
      ],
      4,
    );
    expect(fields.map((f) => f.name)).toEqual(['id', 'name', 'email']);
    expect(fields[0]?.source).toEqual({ file: 'p.txt', line: 4, how: 'inferred', evidence: 'response-example' });
    const read = [{ name: 'name', type: { kind: 'scalar' as const, name: 'string' as const }, source: { file: 'p.txt', how: 'read' as const } }];
    expect(unionFields(read, fields).map((f) => [f.name, f.source.how])).toEqual([
      ['name', 'read'],
      ['id', 'inferred'],
      ['email', 'inferred'],
    ]);
  });
});

/** Emitted shapes: a param's other documented casings, present and nullable result fields. */
import { describe, expect, it } from 'vitest';
import { FileContext } from '../../../../generator/targets/typescript/common/file-context.ts';
import { itemAndResultStatements, listParamTypes, paramsStatement } from '../../../../generator/targets/typescript/types/method.ts';
import { method, param, planOf, printed } from '../../given.ts';

const FILE = 'src/methods/crm.ts';
const source = { file: 'given.md', how: 'read' as const };
const integer = { kind: 'scalar' as const, name: 'integer' as const };

describe('param aliases (other casings the docs write a param in)', () => {
  it('a required param with an alias: both spellings optional, one of them required', () => {
    // crm-deal-get.md: "|| **id***" in the table, `-d '{"ID":410}'` in the cURL example
    const spec = method({ method: 'crm.deal.get', params: [param('id', { type: integer, required: true, aliases: ['ID'] })] });
    const plan = planOf([spec]);
    const m = plan.rest[0]!;
    const text = printed([paramsStatement(plan, m, new FileContext(FILE), m.spec.params, 'CrmDealGetParams', listParamTypes(m))]);
    expect(text).toContain('id?: number | string;');
    expect(text).toContain('ID?: number | string;');
    expect(text).toContain('Same as `id`');
    expect(text).toContain('} & ({ id: number | string } | { ID: number | string });');
  });

  it('an optional param with an alias: the alias is another optional property of the same type', () => {
    // user-get.md: "|| **FILTER**", `-d '{"filter":{"NAME":"Iv%"}}'`
    const spec = method({ method: 'user.get', params: [param('FILTER', { aliases: ['filter'] })] });
    const plan = planOf([spec]);
    const m = plan.rest[0]!;
    const text = printed([paramsStatement(plan, m, new FileContext(FILE), m.spec.params, 'UserGetParams', listParamTypes(m))]);
    expect(text).toMatch(/FILTER\?: string;[\s\S]*filter\?: string;/);
    expect(text).toContain('export interface UserGetParams');
  });
});

describe('result fields', () => {
  it('required fields are non-optional, nullable ones add `| null`, the others stay optional', () => {
    const field = (name: string, over: Record<string, unknown> = {}) => ({
      id: `r.${name}`,
      name,
      type: integer,
      required: 'unknown' as const,
      source,
      ...over,
    });
    const spec = method({
      method: 'crm.deal.get',
      result: {
        type: {
          kind: 'object',
          fields: [
            field('ID', { required: true, presence: { ...source, evidence: 'response-example' } }),
            field('LEAD_ID', { required: true, nullable: true, presence: { ...source, evidence: 'response-example' } }),
            field('WEB'),
          ],
        },
        source,
      },
    });
    const plan = planOf([spec]);
    const m = plan.rest[0]!;
    const text = printed(itemAndResultStatements(plan, m, new FileContext(FILE), ''));
    // Without a wire record (no example here) an integer result admits both forms it may arrive in.
    expect(text).toContain('ID: number | string;');
    expect(text).toContain('LEAD_ID: number | string | null;');
    expect(text).toContain('WEB?: number | string;');
  });
});

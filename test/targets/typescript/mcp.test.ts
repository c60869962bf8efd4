/**
 * The MCP part of the TypeScript target: the read/write rule, the one-line summaries, the catalogue emitted from
 * the fixture specs, and the package scaffolding (`./mcp` export, `b24-mcp` bin, the SDK dependency) present only
 * when the pipeline passes the server's sources.
 */
import { describe, expect, it } from 'vitest';
import type { IndexEntry, MethodDetail } from '../../../generator/mcp-server/catalogue-types.ts';
import { classifyMethod, emitCatalogue, oneLine, shrinkExample } from '../../../generator/targets/typescript/mcp/catalogue.ts';
import { typescriptClient } from '../../../generator/targets/typescript/index.ts';
import { loadFixtures, stubRuntime } from '../helpers.ts';

/** The JSON string a data module exports. */
function dataOf(text: string | undefined): unknown {
  const literal = /= ("(?:[^"\\]|\\.)*");\n$/.exec(text ?? '')?.[1];
  return JSON.parse(JSON.parse(literal ?? '""') as string);
}

describe('classifyMethod: read or write from the spec', () => {
  it('reads: list semantics, or a read verb as the last segment', () => {
    for (const m of ['crm.deal.list', 'crm.deal.get', 'crm.deal.fields', 'user.current', 'user.search', 'disk.folder.getchildren', 'task.item.getlist'])
      expect(classifyMethod({ method: m, list: null }), m).toBe('read');
    expect(classifyMethod({ method: 'crm.duplicate.findbycomm', list: { kind: 'x' } as never })).toBe('read');
  });

  it('writes: every other verb, unknown ones included (the safe side)', () => {
    for (const m of [
      'crm.deal.add',
      'crm.deal.update',
      'crm.deal.delete',
      'crm.deal.productrows.set',
      'bizproc.workflow.start',
      'event.bind',
      'disk.file.getExternalLink',
      'foo.bar.frobnicate',
    ])
      expect(classifyMethod({ method: m, list: null }), m).toBe('write');
  });
});

describe('oneLine', () => {
  it('keeps the first sentence without the "The method `x`" lead-in', () => {
    expect(oneLine('The method `crm.deal.add` creates a new deal. It returns the ID.')).toBe('Creates a new deal.');
    expect(oneLine('The `user.search` method allows you to retrieve users.')).toBe('Allows you to retrieve users.');
    expect(oneLine('This method adds a new event to the calendar.')).toBe('Adds a new event to the calendar.');
    expect(oneLine('Deletes a CRM object element by its item ID.')).toBe('Deletes a CRM object element by its item ID.');
  });

  it('cuts a long example to its shape', () => {
    expect(shrinkExample({ a: 1, b: { c: [1, 2, 3], d: 'x'.repeat(80) }, e: 3 }, 2)).toEqual({ a: 1, b: { c: [1, 2], d: `${'x'.repeat(57)}...` } });
  });
});

describe('the MCP files of the package', async () => {
  const fx = await loadFixtures();
  const mcp = new Map([['server.ts', '// server\n']]);
  const withMcp = typescriptClient.emit({ ...fx, pages: [] }, { runtime: stubRuntime(), mcp, packageVersion: '0.1.0' });
  const without = typescriptClient.emit({ ...fx, pages: [] }, { runtime: stubRuntime(), packageVersion: '0.1.0' });

  it('copies the server verbatim, binds it in src/mcp/index.ts and the bin, and adds the export, bin and dependency', () => {
    expect(withMcp.get('src/mcp/server.ts')?.text).toBe('// server\n');
    expect(withMcp.get('src/mcp/bin.ts')?.text).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(withMcp.get('src/mcp/index.ts')?.text).toContain('export function createB24McpServer');
    const pkg = JSON.parse(withMcp.get('package.json')?.text ?? '{}') as Record<string, Record<string, unknown>>;
    expect(pkg.bin).toEqual({ 'b24-mcp': './dist/mcp/bin.js' });
    expect(pkg.exports?.['./mcp']).toEqual({ types: './dist/mcp/index.d.ts', import: './dist/mcp/index.js', default: './dist/mcp/index.js' });
    expect(pkg.dependencies?.['@modelcontextprotocol/sdk']).toMatch(/^\^1\./);
  });

  it('leaves the package as it was without the server sources', () => {
    expect([...without.keys()].some((p) => p.startsWith('src/mcp/'))).toBe(false);
    expect(JSON.parse(without.get('package.json')?.text ?? '{}')).not.toHaveProperty('bin');
  });

  it('indexes every REST 1 method and details each in its namespace module', () => {
    const index = dataOf(withMcp.get('src/mcp/catalogue/search-index.ts')?.text) as IndexEntry[];
    expect(index.map((e) => e.name)).toEqual(['crm.contact.get', 'crm.contact.list', 'crm.item.get']);
    expect(index[0]).toMatchObject({ name: 'crm.contact.get', access: 'read', scope: ['crm'] });
    const crm = dataOf(withMcp.get('src/mcp/catalogue/ns-crm.ts')?.text) as MethodDetail[];
    const get = crm.find((d) => d.name === 'crm.contact.get');
    expect(get?.params[0]).toMatchObject({ name: 'id', kind: 'integer' });
    expect(crm.find((d) => d.name === 'crm.contact.list')?.list).toBe(true);
    expect(withMcp.get('src/mcp/catalogue/index.ts')?.text).toContain(`"crm": () => import('./ns-crm.js')`);
  });

  it('indexes a REST 3.0 method as <method>@v3 beside its REST 1 namesake, classified by the same rule', () => {
    const rest1 = fx.specs.find((s) => s.method === 'crm.contact.get')!;
    const files = emitCatalogue({ ...fx, pages: [], specs: [...fx.specs, { ...rest1, restVersion: '3' }] });
    const index = dataOf(files.get('src/mcp/catalogue/search-index.ts')) as IndexEntry[];
    expect(index.map((e) => e.name)).toEqual(['crm.contact.get', 'crm.contact.get@v3', 'crm.contact.list', 'crm.item.get']);
    expect(index[1]).toMatchObject({ name: 'crm.contact.get@v3', access: 'read' });
    const crm = dataOf(files.get('src/mcp/catalogue/ns-crm.ts')) as MethodDetail[];
    expect(crm.find((d) => d.name === 'crm.contact.get@v3')?.params[0]).toMatchObject({ name: 'id', kind: 'integer' });
  });
});

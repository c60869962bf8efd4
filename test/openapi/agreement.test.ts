/**
 * The export agrees with the committed TypeScript client (generated/src) on a sample of operations across
 * namespaces, REST 3.0 and Vibe: the same param names, the same required params, the same result fields and
 * the same required result fields. The client's declarations are read with the TypeScript parser (no
 * checker: interfaces, type literals, aliases, arrays and intersections are followed by name).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRuntime } from '../../generator/pipeline/inputs.ts';
import { buildPlan, type PlanMethod } from '../../generator/targets/plan/index.ts';
import { typescriptNamingPolicy } from '../../generator/targets/typescript/common/identifiers.ts';
import { runtimeRelative } from '../../generator/targets/typescript/common/paths.ts';
import { ROOT } from '../targets/helpers.ts';
import { emitDocuments, type Documents } from './documents.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A shape both sides can be reduced to: an object's property names with their requiredness, or an array of a shape. */
type Shape = { kind: 'object'; props: Map<string, boolean> } | { kind: 'array'; item: Shape | undefined };

const SAMPLE_REST = [
  'crm.deal.list',
  'crm.deal.get',
  'crm.deal.add',
  'crm.deal.update',
  'crm.item.list',
  'crm.item.get',
  'crm.item.add',
  'crm.contact.get',
  'crm.contact.list',
  'crm.lead.get',
  'crm.company.get',
  'crm.status.list',
  'crm.activity.get',
  'crm.category.get',
  'tasks.task.get',
  'tasks.task.list',
  'tasks.task.add',
  'user.get',
  'user.current',
  'department.get',
  'disk.folder.get',
  'im.message.add',
  'calendar.event.get',
  'catalog.product.get',
  'sale.order.get',
  'lists.element.get',
  'sonet_group.get',
  'task.commentitem.get',
];
const SAMPLE_V3 = ['tasks.task.get', 'tasks.task.list'];
const SAMPLE_VIBE = ['GET /v1/contacts/{id}', 'GET /v1/contacts', 'POST /v1/contacts'];

let docs: Documents;
let methods: PlanMethod[] = [];
const decls = new Map<string, ts.InterfaceDeclaration | ts.TypeAliasDeclaration>();

beforeAll(async () => {
  docs = await emitDocuments();
  const runtime = new Map([...(await loadRuntime()).entries()].map(([rel, text]) => [runtimeRelative(rel), text] as const));
  const plan = buildPlan(docs.set, typescriptNamingPolicy(runtime.get('index.ts')));
  methods = [
    ...SAMPLE_REST.map((name) => plan.rest.find((m) => m.spec.method === name && m.spec.restVersion !== '3')),
    ...SAMPLE_V3.map((name) => plan.rest.find((m) => m.spec.method === name && m.spec.restVersion === '3')),
    ...SAMPLE_VIBE.map((key) => plan.vibe.find((m) => m.key === key)),
  ].filter((m): m is PlanMethod => m !== undefined);
  // Every declaration of the committed client's sources (the runtime aside), by name.
  const src = join(ROOT, 'generated/src');
  for (const rel of walk(src)) {
    if (!rel.endsWith('.ts') || rel.startsWith('runtime/') || rel.startsWith('zod/')) continue;
    const sf = ts.createSourceFile(rel, readFileSync(join(src, rel), 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    for (const st of sf.statements) if (ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) decls.set(st.name.text, st);
  }
});
afterAll(async () => docs?.cleanup());

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).replace(/\\/g, '/'));
}

/** The name of a property as written (`"a-b"` → a-b). */
function memberName(n: ts.PropertyName): string {
  return ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isNumericLiteral(n) ? n.text : n.getText();
}

/** The shape of a TS type node, following declarations by name. */
function tsShape(node: ts.TypeNode | undefined, depth = 0): Shape | undefined {
  if (!node || depth > 12) return undefined;
  if (ts.isParenthesizedTypeNode(node)) return tsShape(node.type, depth + 1);
  if (ts.isArrayTypeNode(node)) return { kind: 'array', item: tsShape(node.elementType, depth + 1) };
  if (ts.isTypeLiteralNode(node)) return membersShape(node.members);
  if (ts.isIntersectionTypeNode(node)) {
    // `{ … } & ({ A } | { B })`: the alternatives add no member; the object part is the shape.
    const objects = node.types.map((t) => tsShape(t, depth + 1)).filter((s): s is Shape => s?.kind === 'object');
    return objects[0];
  }
  if (ts.isTypeReferenceNode(node)) {
    const name = ts.isIdentifier(node.typeName) ? node.typeName.text : node.typeName.right.text;
    if (name === 'Array' && node.typeArguments?.[0]) return { kind: 'array', item: tsShape(node.typeArguments[0], depth + 1) };
    return declShape(name, depth);
  }
  return undefined;
}

/** The shape of a declaration of the client, by name. */
function declShape(name: string, depth = 0): Shape | undefined {
  const decl = decls.get(name);
  if (!decl) return undefined;
  return ts.isInterfaceDeclaration(decl) ? membersShape(decl.members) : tsShape(decl.type, depth + 1);
}

function membersShape(members: ts.NodeArray<ts.TypeElement>): Shape {
  const props = new Map<string, boolean>();
  for (const m of members) if (ts.isPropertySignature(m)) props.set(memberName(m.name), !m.questionToken);
  return { kind: 'object', props };
}

/** The shape of a JSON Schema of the export, following `$ref`s into components. */
function schemaShape(doc: Json, s: Json | undefined, depth = 0): Shape | undefined {
  if (!s || depth > 12) return undefined;
  if (typeof s['$ref'] === 'string') return schemaShape(doc, doc['components']['schemas'][s['$ref'].split('/').pop()!], depth + 1);
  if (s['type'] === 'array') return { kind: 'array', item: schemaShape(doc, s['items'], depth + 1) };
  if (s['properties']) {
    const required = new Set<string>(s['required'] ?? []);
    return { kind: 'object', props: new Map(Object.keys(s['properties']).map((k) => [k, required.has(k)])) };
  }
  return undefined;
}

/** Differences between two shapes (empty: they agree), with the path they were found at. */
function compare(a: Shape | undefined, b: Shape | undefined, at: string): string[] {
  if (!a || !b) return a || b ? [`${at}: one side is not an object or array (openapi ${a?.kind ?? 'none'}, ts ${b?.kind ?? 'none'})`] : [];
  if (a.kind !== b.kind) return [`${at}: openapi ${a.kind}, ts ${b.kind}`];
  if (a.kind === 'array' && b.kind === 'array') return compare(a.item, b.item, `${at}[]`);
  if (a.kind !== 'object' || b.kind !== 'object') return [];
  const out: string[] = [];
  for (const [k, req] of a.props) {
    if (!b.props.has(k)) out.push(`${at}.${k}: only in openapi`);
    else if (b.props.get(k) !== req) out.push(`${at}.${k}: required ${req} in openapi, ${b.props.get(k)} in ts`);
  }
  for (const k of b.props.keys()) if (!a.props.has(k)) out.push(`${at}.${k}: only in ts`);
  return out;
}

/** The export's shapes of one operation: params (Vibe: path+query and body apart) and result. */
function openapiShapes(m: PlanMethod): { params: Record<string, Shape | undefined>; result: Shape | undefined } {
  if (m.spec.api === 'vibe') {
    const doc = docs.json.vibe;
    const op = doc['paths'][m.spec.http!.path][m.spec.http!.verb.toLowerCase()];
    const params: Record<string, Shape | undefined> = {};
    for (const where of ['path', 'query'] as const) {
      const ps = ((op['parameters'] ?? []) as Json[]).filter((p) => p['in'] === where);
      if (ps.length > 0) params[where] = { kind: 'object', props: new Map(ps.map((p) => [p['name'] as string, p['required'] === true])) };
    }
    if (op['requestBody']) params['body'] = schemaShape(doc, op['requestBody']['content']['application/json']['schema']);
    return { params, result: schemaShape(doc, op['responses']['200']['content']['application/json']['schema']['properties']['data']) };
  }
  const doc = m.spec.restVersion === '3' ? docs.json.rest3 : docs.json.rest;
  const op = doc['paths'][`/${m.spec.method}`]['post'];
  return {
    params: { params: schemaShape(doc, op['requestBody']['content']['application/json']['schema']) },
    result: schemaShape(doc, op['responses']['200']['content']['application/json']['schema']['properties']['result']),
  };
}

/** The client's shapes of the same operation. */
function clientShapes(m: PlanMethod): { params: Record<string, Shape | undefined>; result: Shape | undefined } {
  const named = (n: string) => declShape(n);
  const params: Record<string, Shape | undefined> = {};
  if (m.spec.api === 'vibe') {
    for (const where of ['Path', 'Query', 'Body'] as const) {
      const s = named(m.names.type(where));
      if (s && (s.kind !== 'object' || s.props.size > 0)) params[where.toLowerCase()] = s;
    }
  } else params['params'] = named(m.names.type('Params'));
  return { params, result: named(m.names.type('Result')) };
}

describe('the export agrees with the committed TypeScript client', () => {
  it('on params and result fields of a sample of operations', () => {
    expect(methods.length).toBe(SAMPLE_REST.length + SAMPLE_V3.length + SAMPLE_VIBE.length);
    const disagreements: string[] = [];
    let agreed = 0;
    let fields = 0;
    for (const m of methods) {
      const a = openapiShapes(m);
      const b = clientShapes(m);
      // Not a vacuous agreement: count the members both sides declare.
      const size = (x: Shape | undefined): number => (x?.kind === 'object' ? x.props.size : x?.kind === 'array' ? size(x.item) : 0);
      fields += [...Object.values(b.params), b.result].reduce((n, x) => n + size(x), 0);
      const diffs = [
        ...[...new Set([...Object.keys(a.params), ...Object.keys(b.params)])].flatMap((k) => compare(a.params[k], b.params[k], `${m.key} ${k}`)),
        ...compare(a.result, b.result, `${m.key} result`),
      ];
      if (diffs.length === 0) agreed++;
      disagreements.push(...diffs);
    }
    console.log(`openapi vs generated/src: ${agreed}/${methods.length} operations agree on ${fields} params and result fields`, disagreements);
    expect(disagreements).toEqual([]);
    expect(fields).toBeGreaterThan(500);
  });

  it('the comparison sees a missing field and a changed requiredness', () => {
    const ts1: Shape = {
      kind: 'object',
      props: new Map([
        ['ID', true],
        ['TITLE', false],
      ]),
    };
    expect(compare({ kind: 'object', props: new Map([['ID', true]]) }, ts1, 'x')).toEqual(['x.TITLE: only in ts']);
    expect(
      compare(
        {
          kind: 'object',
          props: new Map([
            ['ID', false],
            ['TITLE', false],
          ]),
        },
        ts1,
        'x',
      ),
    ).toEqual(['x.ID: required false in openapi, true in ts']);
    expect(compare({ kind: 'array', item: ts1 }, ts1, 'x')).toEqual(['x: openapi array, ts object']);
  });
});

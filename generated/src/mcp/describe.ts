// describe_method's answer: a compact text an agent reads in a few hundred tokens, and the same facts as data.

import type { IndexEntry, MethodDetail, ParamInfo } from './catalogue-types.js';
import { isV3Name } from './names.js';

/** The structured answer (the tool's structuredContent). */
export interface Description {
  name: string;
  title: string;
  summary: string;
  access: IndexEntry['access'];
  scope: string[];
  deprecated?: { successor: string | null };
  params: ParamInfo[];
  paramsDocumented: MethodDetail['paramsDocumented'];
  result?: MethodDetail['result'];
  errors: string[];
  example?: string;
  list?: boolean;
}

/** The structured description of a method. */
export function describe(entry: IndexEntry, detail: MethodDetail | undefined): Description {
  const d: Description = {
    name: entry.name,
    title: entry.title,
    summary: entry.summary,
    access: entry.access,
    scope: entry.scope,
    params: detail?.params ?? [],
    paramsDocumented: detail?.paramsDocumented ?? 'missing',
    errors: detail?.errors ?? [],
  };
  if (entry.deprecated) d.deprecated = entry.deprecated;
  if (detail?.result) d.result = detail.result;
  if (detail?.example) d.example = detail.example;
  if (detail?.list) d.list = true;
  return d;
}

function paramLine(p: ParamInfo, indent: string): string {
  const type = p.values ? p.values.map((v) => JSON.stringify(v)).join(' | ') : p.type;
  return `${indent}- ${p.name}${p.required ? ' (required)' : ''}: ${type}${p.doc ? ` — ${p.doc}` : ''}`;
}

/** The text rendering. */
export function describeText(d: Description): string {
  const lines = [
    `${d.name} — ${d.title} [${d.access}${d.scope.length ? `; scope ${d.scope.join(', ')}` : ''}${d.list ? '; pageable: list_all' : ''}${isV3Name(d.name) ? '; REST 3.0' : ''}]`,
    d.summary,
  ];
  if (d.deprecated) lines.push(`DEPRECATED${d.deprecated.successor ? `: use ${d.deprecated.successor}` : ''}`);
  if (d.params.length === 0) lines.push(d.paramsDocumented === 'none' ? 'Params: none' : 'Params: not documented');
  else {
    lines.push('Params:');
    for (const p of d.params) {
      lines.push(paramLine(p, ''));
      for (const f of p.fields ?? []) lines.push(paramLine(f, '  '));
      if (p.extraKeys?.length) lines.push(`  - ${p.extraKeys.map((k) => `${k}*`).join(', ')}: custom fields`);
    }
  }
  if (d.result) lines.push(`Result: ${d.result.type}${d.result.fields ? ` {${d.result.fields.join(', ')}}` : ''}`);
  if (d.errors.length) lines.push(`Errors: ${d.errors.join('; ')}`);
  if (d.example) lines.push(`Example params: ${d.example}`);
  return lines.join('\n');
}

/** Examples: request bodies from cURL tabs, response and error JSON, and the method names the code calls. */
import type { Example } from '../../../spec/schema.ts';
import { exampleId } from '../../../spec/ids.ts';
import { fileOf, flattenBlocks, lineOf, textOf } from './md.ts';
import type { AnyNode } from './nodes.ts';

/** Method names the example code calls, with counts (URL tails, `method: '…'`, `callMethod('…'`, `call('…'`). */
export function calledMethods(nodes: readonly AnyNode[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (n: string | undefined) => {
    if (!n || !/^[A-Za-z][\w]*(\.[\w]+)*$/.test(n)) return;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  };
  for (const b of flattenBlocks(nodes)) {
    if (b.node.type !== 'code') continue;
    const code = (b.node as { value?: string }).value ?? '';
    for (const m of code.matchAll(/\/rest\/(?:[^\s'"`]*\/)?([A-Za-z][\w]*(?:\.[\w]+)*)(?=[\s'"`?\\]|$)/g)) add(m[1]);
    for (const m of code.matchAll(/\b(?:callMethod|callBatch|call|Call|callListMethod|fetchList)\s*\(\s*(?:ctx\s*,\s*)?['"]([\w.]+)['"]/g)) add(m[1]);
    for (const m of code.matchAll(/['"]?\bmethod['"]?\s*(?::|=>|=)\s*['"]([\w.]+)['"]/g)) add(m[1]);
  }
  return counts;
}

/** Parse documented JSON leniently: comments, trailing commas and `...` placeholders are tolerated. */
export function parseLooseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  const t = text.trim();
  if (!t || (t[0] !== '{' && t[0] !== '[')) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(t) };
  } catch {
    /* fall through to the lenient pass */
  }
  const cleaned = stripJsonComments(t)
    .replace(/,\s*\.\.\.\s*(?=[}\]])/g, '')
    .replace(/^\s*\.\.\.\s*,?\s*$/gm, '')
    .replace(/,(\s*[}\]])/g, '$1');
  try {
    return { ok: true, value: JSON.parse(cleaned) };
  } catch {
    return { ok: false };
  }
}

/** Remove // and /* comments outside strings. */
function stripJsonComments(s: string): string {
  let out = '';
  let inStr = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (inStr) {
      out += ch;
      if (ch === '\\') {
        out += s[i + 1] ?? '';
        i++;
      } else if (ch === '"') inStr = false;
      continue;
    }
    if (ch === '"') {
      inStr = true;
      out += ch;
      continue;
    }
    if (ch === '/' && s[i + 1] === '/') {
      while (i < s.length && s[i] !== '\n') i++;
      out += '\n';
      continue;
    }
    if (ch === '/' && s[i + 1] === '*') {
      const end = s.indexOf('*/', i + 2);
      i = end < 0 ? s.length : end + 1;
      continue;
    }
    out += ch;
  }
  return out;
}

/** The JSON body of a cURL command's `-d '…'` / `--data '…'`, with "auth" removed. */
export function curlBody(code: string): { json?: unknown; raw?: string } | null {
  const m = /(?:^|\s)(?:-d|--data(?:-raw|-binary)?)\s+'/.exec(code);
  if (!m) return null;
  const start = m.index + m[0].length;
  // Take the shortest prefix up to a closing quote that parses; fall back to the first closing quote.
  let pos = code.indexOf("'", start);
  const first = pos;
  while (pos >= 0) {
    const candidate = code.slice(start, pos);
    const parsed = parseLooseJson(candidate);
    if (parsed.ok) return { json: stripAuth(parsed.value) };
    pos = code.indexOf("'", pos + 1);
  }
  return first >= 0 ? { raw: code.slice(start, first) } : null;
}

function stripAuth(v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const { auth: _auth, ...rest } = v as Record<string, unknown>;
    return rest;
  }
  return v;
}

const STATUS_RE = /HTTP\s+status:?\s*\**\s*(\d{3})/i;

/** Read the examples of a page: request bodies (examples section), responses, errors. */
export function readExamples(
  sections: { examples: readonly AnyNode[]; response: readonly AnyNode[]; errors: readonly AnyNode[] },
  pagePath: string,
): Example[] {
  const out: Example[] = [];
  let n = 0;
  for (const b of flattenBlocks(sections.examples)) {
    if (b.node.type !== 'code') continue;
    const code = (b.node as { value?: string }).value ?? '';
    const lang = (b.node as { lang?: string | null }).lang ?? undefined;
    const tab = b.tabs[b.tabs.length - 1] ?? '';
    if (!/curl/i.test(tab) && !/^\s*curl\b/m.test(code)) continue;
    const body = curlBody(code);
    if (!body) continue;
    const line = lineOf(b.node);
    out.push({
      id: exampleId('request', ++n),
      kind: 'request',
      ...(tab ? { title: tab } : {}),
      language: lang || 'curl',
      ...(body.json !== undefined ? { json: body.json } : { raw: body.raw ?? '' }),
      source: { file: fileOf(b.node, pagePath), ...(line ? { line } : {}), how: 'read', evidence: 'request-example' },
    });
  }
  pushJson(out, sections.response, 'response', 200, pagePath);
  pushJson(out, sections.errors, 'error', 400, pagePath);
  return out;
}

function pushJson(out: Example[], nodes: readonly AnyNode[], kind: 'response' | 'error', defaultStatus: number, pagePath: string): void {
  let status = defaultStatus;
  let n = 0;
  for (const b of flattenBlocks(nodes)) {
    if (b.include) continue; // includes hold shared prose, not this method's examples
    if (b.node.type === 'paragraph') {
      const m = STATUS_RE.exec(textOf(b.node));
      if (m?.[1]) status = Number(m[1]);
      continue;
    }
    if (b.node.type !== 'code') continue;
    const lang = ((b.node as { lang?: string | null }).lang ?? '').toLowerCase();
    if (lang && lang !== 'json' && lang !== 'js' && lang !== 'javascript') continue;
    const value = (b.node as { value?: string }).value ?? '';
    const parsed = parseLooseJson(value);
    if (!parsed.ok && lang !== 'json') continue;
    const line = lineOf(b.node);
    out.push({
      id: exampleId(kind, ++n),
      kind,
      language: lang || 'json',
      status,
      ...(parsed.ok ? { json: parsed.value } : { raw: value }),
      source: { file: fileOf(b.node, pagePath), ...(line ? { line } : {}), how: 'read', evidence: `${kind}-example` },
    });
  }
}

/**
 * Code examples. The scrape dropped the tab labels and fences and concatenated the blocks, so the
 * languages are told apart by their own syntax: cURL by its `-d '…'` body, JS and PHP by the literal
 * passed right after the method name. JSON examples (response, error) are the first balanced block
 * after an "HTTP Status:" line.
 */
import type { Example } from '../../spec/schema.ts';
import { exampleId } from '../../spec/ids.ts';
import { lineOf, lineText, offsetOf, sliceLines, type PageText } from './lines.ts';
import { parseLiteral, toPlain, type LNode } from './literal.ts';
import type { Notes } from './notes.ts';

export type SampleLanguage = 'curl' | 'js' | 'php';

/** A request body found in a code example: the evidence param types are inferred from. */
export interface RequestSample {
  language: SampleLanguage;
  node: LNode;
  /** 1-based line where the body starts. */
  line: number;
  /** The body as written. */
  raw: string;
  /** The parsed body when it is strict JSON (cURL bodies should be). */
  json?: unknown;
  complete: boolean;
}

/** Request bodies in the docs are a few KB; past this an unclosed quote is junk, not a body. */
const MAX_BODY = 200_000;

const CURL_BODY = /(?:^|\s)(?:-d|--data(?:-raw|-binary)?)\s+(['"])/g;

/** Every cURL `-d` body in lines [from, to), in page order. */
export function curlSamples(page: PageText, from: number, to: number, notes: Notes): RequestSample[] {
  const { text, offset } = sliceLines(page, from, to);
  const out: RequestSample[] = [];
  for (const m of text.matchAll(CURL_BODY)) {
    const quote = m[1]!;
    const bodyStart = (m.index ?? 0) + m[0].length;
    const raw = readShellQuoted(text, bodyStart, quote);
    const line = lineOf(page, offset + bodyStart);
    const parsed = parseLiteral(raw.value, 0);
    if (!raw.closed) notes.warn('truncated-example', 'cURL body is not closed by its quote', line);
    if (!parsed) {
      notes.warn('unparsed-example', 'cURL body holds no JSON value', line);
      continue;
    }
    // Only bodies the lenient reader could close (within its depth limit) are taken as JSON.
    const json = parsed.complete ? strictJson(raw.value) : undefined;
    if (json === undefined) notes.warn('invalid-json', 'cURL body is not valid JSON; kept as raw text', line);
    out.push({
      language: 'curl',
      node: shiftOffsets(parsed.node, offset + bodyStart),
      line,
      raw: raw.value,
      ...(json !== undefined ? { json } : {}),
      complete: raw.closed && parsed.complete,
    });
  }
  return out;
}

/** A shell-quoted string from `start` (just after the opening quote); `'\''` continues a single-quoted one. */
function readShellQuoted(text: string, start: number, quote: string): { value: string; closed: boolean } {
  let out = '';
  let i = start;
  const limit = Math.min(text.length, start + MAX_BODY);
  while (i < limit) {
    const ch = text[i]!;
    if (quote === "'" && text.startsWith("'\\''", i)) {
      out += "'";
      i += 4;
      continue;
    }
    if (quote === '"' && ch === '\\' && i + 1 < text.length) {
      out += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === quote) return { value: out, closed: true };
    out += ch;
    i++;
  }
  return { value: out, closed: false };
}

/** Literals passed to the method in JS and PHP examples: `callMethod('m', {…})`, `method: 'm', params: {…}`, `call('m', […])`. */
export function codeSamples(page: PageText, from: number, to: number, method: string): RequestSample[] {
  const { text, offset } = sliceLines(page, from, to);
  const out: RequestSample[] = [];
  const quoted = new RegExp(`(['"])${escapeRegExp(method)}\\1`, 'gi');
  for (const m of text.matchAll(quoted)) {
    let pos = (m.index ?? 0) + m[0].length;
    const after = text.slice(pos, pos + 120);
    const lead = /^\s*,\s*/.exec(after);
    if (!lead) continue;
    pos += lead[0].length;
    // `method: 'x', params: {…}` (b24jssdk v2) and `'method' => 'x', 'params' => […]`
    const named = /^['"]?params['"]?\s*(?::|=>)\s*/.exec(text.slice(pos, pos + 40));
    if (named) pos += named[0].length;
    const ch = text[pos];
    if (ch !== '{' && ch !== '[' && !text.startsWith('array(', pos)) continue;
    const parsed = parseLiteral(text, pos);
    if (!parsed || parsed.node.kind !== 'object') continue;
    const language: SampleLanguage = ch === '{' ? 'js' : 'php';
    out.push({
      language,
      node: shiftOffsets(parsed.node, offset),
      line: lineOf(page, offset + pos),
      raw: text.slice(pos, parsed.end),
      complete: parsed.complete,
    });
  }
  return out;
}

/** Offsets of a node parsed from a slice, moved to page offsets. */
function shiftOffsets(node: LNode, by: number): LNode {
  switch (node.kind) {
    case 'value':
    case 'expr':
      return { ...node, offset: node.offset + by };
    case 'array':
      return { ...node, offset: node.offset + by, items: node.items.map((i) => shiftOffsets(i, by)) };
    case 'object':
      return {
        ...node,
        offset: node.offset + by,
        entries: node.entries.map((e) => ({ key: e.key, keyOffset: e.keyOffset + by, value: shiftOffsets(e.value, by) })),
      };
  }
}

export interface JsonBlock {
  node: LNode;
  /** The strict JSON value, when the block parses as JSON. */
  json?: unknown;
  raw: string;
  /** 1-based first and last lines. */
  line: number;
  endLine: number;
  complete: boolean;
  /** The HTTP status said on the line before, when it is one number. */
  status?: number;
}

/** The first JSON block in lines [from, to): a line opening with `{` or `[`, read to its balanced close. */
export function jsonBlockIn(page: PageText, from: number, to: number, notes: Notes): JsonBlock | undefined {
  let status: number | undefined;
  for (let n = from; n < to && n <= page.lines.length; n++) {
    const t = lineText(page, n);
    const st = /^HTTP Status:?\s*\**(\d{3})\**\s*$/i.exec(t);
    if (st) status = Number(st[1]);
    if (!t.startsWith('{') && !(t.startsWith('[') && t.length <= 2)) continue;
    const start = offsetOf(page, n) + (page.lines[n - 1]!.length - page.lines[n - 1]!.trimStart().length);
    const parsed = parseLiteral(page.text, start);
    if (!parsed) return undefined;
    const raw = page.text.slice(start, parsed.end);
    const endLine = lineOf(page, Math.max(start, parsed.end - 1));
    const json = parsed.complete ? strictJson(raw) : undefined;
    if (!parsed.complete) notes.warn('truncated-json', 'JSON example is cut off before it closes', n);
    else if (json === undefined) notes.warn('invalid-json', 'JSON example does not parse as JSON; read leniently', n);
    return {
      node: parsed.node,
      ...(json !== undefined ? { json } : {}),
      raw,
      line: n,
      endLine,
      complete: parsed.complete,
      ...(status !== undefined ? { status } : {}),
    };
  }
  return undefined;
}

/** The value a JSON block shows: strict JSON when it parsed, else what the lenient reader kept. */
export function blockValue(block: JsonBlock): unknown {
  return block.json !== undefined ? block.json : toPlain(block.node);
}

/** An Example entry for a request sample. */
export function requestExample(sample: RequestSample, index: number, notes: Notes): Example {
  const json = sample.json !== undefined ? sample.json : sample.language === 'curl' ? undefined : literalJson(sample.node);
  return {
    id: exampleId('request', index),
    kind: 'request',
    language: sample.language,
    ...(json !== undefined ? { json } : { raw: sample.raw }),
    source: notes.at(sample.line, 'read', sample.language === 'curl' ? 'curl-body' : `${sample.language}-literal`),
  };
}

/** An Example entry for a response or error JSON block. */
export function jsonExample(block: JsonBlock, kind: 'response' | 'error', id: string, notes: Notes): Example {
  return {
    id,
    kind,
    language: 'json',
    ...(block.status !== undefined ? { status: block.status } : {}),
    ...(block.json !== undefined ? { json: block.json } : { raw: block.raw }),
    source: notes.at(block.line, 'read', `${kind}-example`),
  };
}

/** A JS/PHP literal as JSON, only when every part of it is a literal (no expressions to lose). */
function literalJson(node: LNode): unknown {
  const hasExpr = (n: LNode): boolean =>
    n.kind === 'expr' || (n.kind === 'array' && n.items.some(hasExpr)) || (n.kind === 'object' && n.entries.some((e) => hasExpr(e.value)));
  return hasExpr(node) ? undefined : toPlain(node);
}

function strictJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

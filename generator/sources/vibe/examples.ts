/** Examples on Vibe pages: request snippets (curl, JavaScript), response JSON and error-response JSON. */
import type { Example } from '../../spec/schema.ts';
import { exampleId, repeatedExampleId, slug } from '../../spec/ids.ts';
import { prov, warn, type PageContext } from './context.ts';
import type { Line, Section } from './page-lines.ts';

// The scrape keeps the code-tab label as a line of its own ("Terminal", "javascript", "JSON").
const LABEL = /^(terminal|javascript|js|typescript|ts|bash|shell|sh|json|python|php|http|node)$/i;
const PROSE_TAIL = /^[A-Z][^;{}()=<>'"`$]*[.:]$/;
const SNIPPET_TITLE = /^(curl|javascript|js|typescript|ts|node(\.js)?|python|php|fetch|http|bash|shell)\b/i;

/** Whether a section title names a code snippet ("curl — personal key", "JavaScript — OAuth app"). */
export function isSnippetTitle(title: string): boolean {
  return SNIPPET_TITLE.test(title.trim());
}

export interface JsonBlock {
  json?: unknown;
  ok: boolean;
  raw: string;
  line: number;
}

/** The first JSON value in a run of lines (from the first line opening `{` or `[`). */
export function jsonFromLines(lines: Line[]): JsonBlock | null {
  const start = lines.findIndex((l) => /^[{[]/.test(l.text.trim()));
  if (start < 0) return null;
  const from = lines.slice(start);
  const raw = from
    .map((l) => l.text)
    .join('\n')
    .trim();
  // Prose may follow the JSON: retry without trailing lines until the text parses.
  for (let end = from.length; end > 0; end--) {
    const last = from[end - 1]!.text.trim();
    if (!/[}\]]$/.test(last)) continue;
    const text = from
      .slice(0, end)
      .map((l) => l.text)
      .join('\n');
    try {
      return { json: JSON.parse(text), ok: true, raw: text.trim(), line: from[0]!.no };
    } catch {
      // keep shortening
    }
  }
  return { ok: false, raw, line: from[0]!.no };
}

/** The code of a snippet section, without the tab label line. */
export function snippetText(section: Section): { text: string; line: number } | null {
  const body = section.body.filter((l) => l.text.trim() !== '');
  const code = body.length > 0 && LABEL.test(body[0]!.text.trim()) ? body.slice(1) : body;
  // A sentence after the code ("More about include: Related data.") belongs to the page, not the snippet.
  while (code.length > 1 && PROSE_TAIL.test(code[code.length - 1]!.text.trim())) code.pop();
  if (code.length === 0) return null;
  return {
    text: code
      .map((l) => l.text)
      .join('\n')
      .trim(),
    line: code[0]!.no,
  };
}

/** Verb and path a snippet calls (curl `-X VERB 'url'`, or `fetch('url', { method })`). */
export function snippetTarget(text: string): { verb: string; path: string } | null {
  const quoted = /(["'`])((?:https?:\/\/[^"'`\s]*)?\/v\d+\/[^"'`\s]*)\1/.exec(text)?.[2];
  const target = quoted ?? /\s((?:https?:\/\/\S*)?\/v\d+\/\S*)/.exec(text)?.[1];
  if (!target) return null;
  const verb =
    /-X\s*([A-Z]+)/.exec(text)?.[1] ??
    /method:\s*['"`]([A-Za-z]+)['"`]/.exec(text)?.[1]?.toUpperCase() ??
    (/\s(-d|--data(-raw)?)\s/.test(text) ? 'POST' : 'GET');
  return { verb, path: target.replace(/^https?:\/\/[^/]+/, '') };
}

/** The JSON body a curl snippet sends with `-d '…'`, when it parses. */
function curlBody(text: string): unknown {
  const m = /(?:-d|--data(?:-raw)?)\s+'([\s\S]*?)'/.exec(text);
  if (!m) return undefined;
  try {
    return JSON.parse(m[1]!);
  } catch {
    return undefined;
  }
}

/** A request example from a snippet section. */
export function requestExample(ctx: PageContext, section: Section): Example | null {
  const snippet = snippetText(section);
  if (!snippet) return null;
  const language = /^curl/i.test(section.title) || /^curl\b/.test(snippet.text) ? 'curl' : languageOf(section);
  const json = language === 'curl' ? curlBody(snippet.text) : undefined;
  return {
    id: exampleId('request', slug(section.title)),
    kind: 'request',
    title: section.title,
    language,
    ...(json !== undefined ? { json } : {}),
    raw: snippet.text,
    source: prov(ctx, snippet.line, 'read', 'request-example'),
  };
}

function languageOf(section: Section): string {
  const label = section.body.find((l) => l.text.trim() !== '')?.text.trim() ?? '';
  if (LABEL.test(label) && !/^terminal$/i.test(label)) return label.toLowerCase();
  return (section.title.split(/[\s—-]+/)[0] ?? 'text').toLowerCase();
}

/** A response or error-response example from its section; the status comes from a "404 — …" lead line. */
export function jsonExample(ctx: PageContext, section: Section, kind: 'response' | 'error'): Example | null {
  const block = jsonFromLines(section.body);
  if (!block) return null;
  const lead = section.body.find((l) => l.text.trim() !== '' && l.no < block.line && !LABEL.test(l.text.trim()));
  const status = lead ? /\b([1-5]\d\d)\b/.exec(lead.text)?.[1] : undefined;
  const sectionEnd = section.body[section.body.length - 1]?.no ?? section.line;
  // JSON that runs into the page's cut is expected to be broken; elsewhere it is worth a warning.
  if (!block.ok && !(ctx.truncation.truncated && sectionEnd >= ctx.truncation.line)) {
    warn(ctx, 'unparsed-json', `the ${kind} example is not valid JSON; kept as raw text`, block.line);
  }
  return {
    id: exampleId(kind, slug(section.title)),
    kind,
    title: lead ? lead.text.trim().replace(/:$/, '') : section.title,
    language: 'json',
    ...(status ? { status: Number(status) } : {}),
    ...(block.ok ? { json: block.json } : { raw: block.raw }),
    source: prov(ctx, block.line, 'read', kind === 'error' ? 'error-example' : 'response-example'),
  };
}

/** Make example ids unique within a spec, in order (a second "curl" becomes "…-2"). */
export function uniqueExampleIds(examples: Example[]): Example[] {
  const seen = new Map<string, number>();
  return examples.map((e) => {
    const n = (seen.get(e.id) ?? 0) + 1;
    seen.set(e.id, n);
    return n === 1 ? e : { ...e, id: repeatedExampleId(e.id, n) };
  });
}

/**
 * Inline YFM on top of the mdast inline tree, applied once per parsed file:
 * heading `{#anchor}`s, `[{#T}](path)` links, trailing `{.class}` attribute blocks, bare `<placeholder>`s
 * that CommonMark mistakes for HTML, liquid's `not_var{{` escape, and `\|` inside inline code in cells.
 */
import type { Heading, Link, Nodes, Paragraph, Parent, PhrasingContent, RootContent, Text } from 'mdast';

/** diplodoc's CUSTOM_ID_REGEXP (anchors plugin); `[{#T}]` is its exception. */
const CUSTOM_ID = /\[?\{ ?#(\S+) ?\}\]?/g;
const CUSTOM_ID_EXCEPTION = '[{#T}]';

// Anchored at a `{` (attrsAt): unanchored, the leading [ \t]* retried from every space of a long run (quadratic).
const ATTRS = /^\{((?:[ \t]*(?:\.[A-Za-z_][\w-]*|#[A-Za-z_][\w-]*|[A-Za-z_][\w-]*=(?:"[^"]*"|'[^']*'|[^\s}]+)))+)[ \t]*\}[ \t]*$/;
/** How many of the last `{` of a text may open its attribute block (a quoted value may hold a `{`). */
const ATTRS_TRIES = 4;

/** The attribute block `{.cls #id k=v}` ending a text: where it starts (with the spaces before it) and its inside. */
function attrsAt(value: string): { index: number; inner: string } | null {
  let open = value.lastIndexOf('{');
  for (let k = 0; k < ATTRS_TRIES && open >= 0; k++, open = open > 0 ? value.lastIndexOf('{', open - 1) : -1) {
    const m = ATTRS.exec(value.slice(open));
    if (!m) continue;
    let index = open;
    while (index > 0 && (value[index - 1] === ' ' || value[index - 1] === '\t')) index--;
    return { index, inner: m[1] ?? '' };
  }
  return null;
}

/** HTML element names; any other `<name>` in text is a documentation placeholder (`<selector>`, `<key>`). */
const HTML_TAGS = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col colgroup ' +
    'data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head ' +
    'header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta meter nav noscript object ol ' +
    'optgroup option output p param picture pre progress q rp rt ruby s samp script search section select slot small source span ' +
    'strike strong style sub summary sup table tbody td template textarea tfoot th thead time title tr track u ul var video wbr ' +
    'center font big tt nobr svg path math'
  ).split(' '),
);
const TAG = /^<\/?([A-Za-z][\w.:-]*)(?:\s[^<>]*)?\/?>$/;

function isPlaceholderTag(value: string): boolean {
  const m = TAG.exec(value.trim());
  return m !== null && !HTML_TAGS.has((m[1] ?? '').toLowerCase());
}

function stripNotVar(s: string): string {
  return s.includes('not_var{{') ? s.replace(/not_var\{\{/g, '{{') : s;
}

/** Remove `{#id}` from a heading's own text (not from link text), returning the ids found. */
function extractAnchors(h: Heading): string[] {
  const ids: string[] = [];
  for (const c of h.children) {
    if (c.type !== 'text' || !c.value.includes('{')) continue;
    c.value = c.value.replace(CUSTOM_ID, (match: string, id: string) => {
      if (match === CUSTOM_ID_EXCEPTION) return match;
      ids.push(id);
      return '';
    });
  }
  if (ids.length) trimPhrasing(h);
  return ids;
}

/** Trim whitespace at both ends of a phrasing sequence and drop text nodes left empty. */
function trimPhrasing(p: Parent): void {
  const kids = p.children as PhrasingContent[];
  const first = kids[0];
  // trimStart/trimEnd, not /\s+$/: that regex retries from every space of a run that does not end the text (quadratic).
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = kids[kids.length - 1];
  if (last?.type === 'text') last.value = last.value.trimEnd();
  p.children = kids.filter((k) => k.type !== 'text' || k.value !== '');
}

/** Strip a trailing `{.class #id key=v}` block from a paragraph or heading and record it. */
function extractAttrs(p: Paragraph | Heading): void {
  const last = p.children[p.children.length - 1];
  if (last?.type !== 'text' || !last.value.includes('{')) return;
  const m = attrsAt(last.value);
  if (!m) return;
  last.value = last.value.slice(0, m.index);
  const classes: string[] = [];
  let anchor: string | undefined;
  for (const part of m.inner.trim().split(/\s+/)) {
    if (part.startsWith('.')) classes.push(part.slice(1));
    else if (part.startsWith('#')) anchor ??= part.slice(1);
  }
  const data = (p.data ??= {}) as { classes?: string[]; anchor?: string };
  if (classes.length) data.classes = classes;
  if (anchor !== undefined && p.type === 'paragraph') data.anchor = anchor;
  trimPhrasing(p);
}

function mergeTexts(p: Parent): void {
  const out: RootContent[] = [];
  for (const c of p.children as RootContent[]) {
    const prev = out[out.length - 1];
    if (c.type === 'text' && prev?.type === 'text') {
      prev.value += c.value;
      if (prev.position && c.position) prev.position = { start: prev.position.start, end: c.position.end };
    } else out.push(c);
  }
  p.children = out as Parent['children'];
}

/** Apply the inline YFM rules to every node under `nodes` (mutates in place). */
export function normalizeInline(nodes: RootContent[]): void {
  for (const n of nodes) visit(n, false);
}

function visit(n: Nodes, inCell: boolean): void {
  switch (n.type) {
    case 'text':
      n.value = stripNotVar(n.value);
      return;
    case 'inlineCode':
      n.value = stripNotVar(n.value);
      // `\|` was written for the table scanner; inside a code span markdown would keep the backslash.
      if (inCell && n.value.includes('\\|')) n.value = n.value.replace(/\\\|/g, '|');
      return;
    case 'code':
      n.value = stripNotVar(n.value);
      return;
    case 'html':
      n.value = stripNotVar(n.value);
      return;
    default:
      break;
  }
  // An include's nodes were normalised when its own file was parsed; its text never met the table scanner.
  if (!('children' in n) || n.type === 'yfmInclude') return;
  const parent = n as Parent;
  const cell = inCell || n.type === 'yfmCell';

  if (n.type === 'link' && isTitlePlaceholder(n)) {
    n.children = [];
    (n.data ??= {}).titleFromTarget = true;
    return;
  }

  let placeholders = false;
  parent.children = (parent.children as RootContent[]).map((c): RootContent => {
    if (c.type === 'html' && isPlaceholderTag(c.value)) {
      placeholders = true;
      const text: Text = { type: 'text', value: c.value };
      if (c.position) text.position = c.position;
      // A bare `<selector>` line is a raw-HTML block to CommonMark; as text it needs a paragraph around it.
      if (isBlockParent(n)) {
        const para: Paragraph = { type: 'paragraph', children: [text] };
        if (c.position) para.position = c.position;
        return para;
      }
      return text;
    }
    return c;
  }) as Parent['children'];
  if (placeholders) mergeTexts(parent);

  for (const c of parent.children as Nodes[]) visit(c, cell);

  if (n.type === 'heading') {
    const ids = extractAnchors(n);
    if (ids[0] !== undefined) (n.data ??= {}).anchor = ids[0];
    extractAttrs(n);
  } else if (n.type === 'paragraph') {
    extractAttrs(n);
  }
}

function isBlockParent(n: Nodes): boolean {
  return !('type' in n) || !['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell'].includes(n.type);
}

function isTitlePlaceholder(l: Link): boolean {
  const only = l.children.length === 1 ? l.children[0] : undefined;
  return only?.type === 'text' && only.value.trim() === '{#T}';
}

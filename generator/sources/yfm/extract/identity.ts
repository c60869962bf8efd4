/**
 * Identity of a method page: the name(s) it documents and the REST version.
 *
 * Rules (§8 #6, #7, #16, #17, #22):
 * 1. Candidates are the dotted tokens of the H1 (not always the last one).
 * 2. With several candidates, the one the examples call wins, then the one matching the file stem, then the last.
 * 3. When the H1 name is not called by the examples, but the examples consistently call one other name
 *    that matches the file stem, the H1 is a typo (`ctrigger.delete`, `humanresourses.…`): the examples'
 *    name wins, with a `name-mismatch` warning. If the called name does not match the stem either, the
 *    examples are wrong (§8 #8: `rpa.comment.update` calling `rpa.comment.add`): the H1 wins, warning
 *    `example-calls-other-method`.
 * 4. A wildcard H1 (`user.option.*`) expands to the concrete names the page mentions with that prefix.
 * 5. No dotted H1 token: the intro sentence ("The `scope` method…", "The method `crm.status.fields`…") or,
 *    failing that, the name the examples call. Undotted names (`methods`, `scope`, `profile`, `events`) only come this way.
 * Case-only differences keep the H1 spelling for display; identity is lower-cased by `restMethodId`.
 */
import { dottedTokens } from './classify.ts';
import { textOf } from './md.ts';
import type { AnyNode } from './nodes.ts';

export interface IdentityResult {
  names: string[];
  restVersion: '1' | '3';
  /** How the name was found, for provenance evidence. */
  how: 'h1' | 'examples' | 'intro' | 'wildcard';
  warnings: Array<{ code: string; message: string }>;
}

/** Normalize a name or file stem for comparison: lower case, separators unified. */
export function stemKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/\.md$/, '')
    .replace(/-rest-v3$|-v3$/, '')
    .replace(/[._-]+/g, '');
}

/** The file stem of a page path. */
export function fileStem(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.md$/, '');
}

/** The most-called name (ties broken by code-unit order), or null. */
function dominant(calls: Map<string, number>): { name: string; share: number } | null {
  let best: string | null = null;
  let bestN = 0;
  let total = 0;
  const byLower = new Map<string, { name: string; n: number }>();
  for (const [name, n] of calls) {
    total += n;
    const k = name.toLowerCase();
    const e = byLower.get(k);
    if (e) e.n += n;
    else byLower.set(k, { name, n });
  }
  for (const { name, n } of byLower.values()) {
    if (n > bestN || (n === bestN && best !== null && name < best)) {
      best = name;
      bestN = n;
    }
  }
  return best ? { name: best, share: bestN / Math.max(1, total) } : null;
}

function called(calls: Map<string, number>, name: string): boolean {
  const k = name.toLowerCase();
  for (const c of calls.keys()) if (c.toLowerCase() === k) return true;
  return false;
}

/** REST 3.0 pages: the note "This method belongs to REST 3.0", or `/rest/api/` URLs (and no classic ones) in the text. */
export function detectRestVersion(path: string, intro: readonly AnyNode[], allText: string): '1' | '3' {
  const introText = intro.map(textOf).join('\n');
  if (/belongs to REST 3\.0/i.test(introText) || /belongs to REST 3\.0/i.test(allText)) return '3';
  if (/-rest-v3\.md$/.test(path)) return '3';
  // A page that shows both URLs ("Old version: …/rest/1/…/tasks.task.add, New version: …/rest/api/…") documents
  // the old one and points to the new: only a page showing REST 3.0 URLs alone is a REST 3.0 page.
  const v3Url = /\/rest\/api\/[^\s]*\/[a-z]+\.[\w.]+/.test(allText);
  const v1Url = /\/rest\/(?!api\/)[^\s/]+\/[^\s/]+\/[a-z]+\.[\w.]+/.test(allText);
  if (v3Url && !v1Url) return '3';
  return '1';
}

/** Names mentioned in an intro sentence ("The `scope` method", "The method `crm.status.fields`", `**user.option.get**`). */
export function introNames(intro: readonly AnyNode[]): string[] {
  const text = intro.map((n) => textOfWithCode(n)).join('\n');
  const out: string[] = [];
  for (const m of text.matchAll(/\b(?:the|this)\s+(?:REST\s+)?method\s+`([A-Za-z][\w.]*)`|\bthe\s+`([A-Za-z][\w.]*)`\s+method/gi)) {
    const n = m[1] ?? m[2];
    if (n) out.push(n);
  }
  return out;
}

function textOfWithCode(node: unknown): string {
  const n = node as { type?: string; value?: string; children?: unknown[] };
  if (n.type === 'inlineCode') return `\`${n.value ?? ''}\``;
  if (n.type === 'code') return '';
  if (typeof n.value === 'string') return n.value;
  return (n.children ?? []).map(textOfWithCode).join('');
}

/** Every dotted name written in bold or code anywhere in the given nodes (for wildcard expansion). */
function mentionedNames(nodes: readonly AnyNode[]): string[] {
  const out: string[] = [];
  const visit = (node: unknown) => {
    const n = node as { type?: string; value?: string; children?: unknown[] };
    if (n.type === 'inlineCode' || n.type === 'strong') {
      const t = textOf(n).trim();
      if (/^[a-z][\w]*(\.[\w]+)+$/.test(t)) out.push(t);
    }
    for (const c of n.children ?? []) visit(c);
  };
  for (const n of nodes) visit(n);
  return out;
}

/** Decide the method name(s) of a page. */
export function identifyMethod(input: {
  path: string;
  titleMd: string;
  intro: readonly AnyNode[];
  all: readonly AnyNode[];
  calls: Map<string, number>;
  restVersion: '1' | '3';
}): IdentityResult {
  const { path, calls, restVersion } = input;
  const warnings: IdentityResult['warnings'] = [];
  const stem = stemKey(fileStem(path));
  const h1all = dottedTokens(input.titleMd);
  // `task.item.*` beside a concrete name is a mention, not the page's own name.
  const h1 = h1all.some((t) => !t.endsWith('.*')) ? h1all.filter((t) => !t.endsWith('.*')) : h1all;
  const top = dominant(calls);

  const wildcard = h1.find((t) => t.endsWith('.*'));
  if (wildcard && h1.every((t) => t.endsWith('.*'))) {
    const prefix = wildcard.slice(0, -1).toLowerCase();
    const names = [
      ...new Set([...mentionedNames(input.all), ...calls.keys()].filter((n) => n.toLowerCase().startsWith(prefix) && n.length > prefix.length)),
    ].sort();
    warnings.push({ code: 'wildcard-page', message: `H1 names ${wildcard}; expanded to ${names.join(', ') || 'nothing'}` });
    return { names, restVersion, how: 'wildcard', warnings };
  }

  if (h1.length === 0) {
    const fromIntro = introNames(input.intro).find((n) => called(calls, n) || calls.size === 0 || stemKey(n) === stem) ?? introNames(input.intro)[0];
    if (fromIntro) return { names: [fromIntro], restVersion, how: 'intro', warnings };
    if (top && top.share >= 0.5) return { names: [top.name], restVersion, how: 'examples', warnings };
    return { names: [], restVersion, how: 'h1', warnings };
  }

  let name: string;
  if (h1.length === 1) name = h1[0] as string;
  else {
    name = h1.find((t) => called(calls, t)) ?? h1.find((t) => stemKey(t) === stem) ?? (h1[h1.length - 1] as string);
  }
  if (calls.size > 0 && !called(calls, name) && top) {
    if (stemKey(top.name) === stem && stemKey(name) !== stem) {
      warnings.push({ code: 'name-mismatch', message: `H1 says ${name} but the examples call ${top.name} (matching the file name); using ${top.name}` });
      return { names: [top.name], restVersion, how: 'examples', warnings };
    }
    if (top.name.toLowerCase().startsWith(`${name.toLowerCase()}.`) && top.share >= 0.5) {
      // "Pin a Chat at the Top of the im.recent List": the H1 token is a prefix of the called method.
      warnings.push({ code: 'name-mismatch', message: `H1 token ${name} is a prefix of the called method ${top.name}; using ${top.name}` });
      return { names: [top.name], restVersion, how: 'examples', warnings };
    }
    warnings.push({ code: 'example-calls-other-method', message: `H1 names ${name} but the examples call ${top.name}` });
  } else if (calls.size > 0) {
    const spelled = [...calls.keys()].find((c) => c.toLowerCase() === name.toLowerCase() && c !== name);
    if (spelled) warnings.push({ code: 'name-case-mismatch', message: `H1 spells ${name}, the examples ${spelled}` });
  }
  if (stemKey(name) !== stem && !stemKey(name).endsWith(stem) && !stem.endsWith(stemKey(name))) {
    warnings.push({ code: 'name-stem-mismatch', message: `name ${name} does not match the file name ${fileStem(path)}` });
  }
  return { names: [name], restVersion, how: 'h1', warnings };
}

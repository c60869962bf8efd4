/** Split a page into H1, intro and H2 sections, each tagged with its role (§4 heading vocabulary). */
import type { Heading } from 'mdast';
import { inlineMd, kids, lineOf, squash, textOf } from './md.ts';
import type { AnyNode, Root } from './nodes.ts';

export type SectionRole = 'params' | 'examples' | 'response' | 'errors' | 'continue' | 'other';

export interface Section {
  role: SectionRole;
  title: string;
  line: number | undefined;
  heading: Heading;
  blocks: AnyNode[];
}

export interface Outline {
  h1: Heading | null;
  /** H1 text with the anchor removed, markdown stripped. */
  title: string;
  /** H1 as canonical inline markdown (keeps backticks, for name spotting). */
  titleMd: string;
  intro: AnyNode[];
  sections: Section[];
}

/** Role of an H2 heading by its text (every spelling counted in corpus-notes §4). */
export function headingRole(text: string): SectionRole {
  const t = squash(text).toLowerCase();
  if (/^(continue|see also)/.test(t)) return 'continue';
  if (/error/.test(t)) return 'errors';
  if (/example/.test(t)) return 'examples';
  if (/response|returned|^result|what comes to the handler|^return value/.test(t)) return 'response';
  if (/param|^fields?$|^fields parameter|^input/.test(t)) return 'params';
  return 'other';
}

/** True for the MCP-server tip note every page starts with (boilerplate). */
export function isBoilerplate(node: AnyNode): boolean {
  if (node.type === 'yfmNote') {
    const t = textOf(node);
    if (/MCP server/i.test(t) && t.length < 600) return true;
    if (/TO-DO/i.test(String((node as { title?: unknown }).title ?? ''))) return true;
  }
  return false;
}

/** Build the outline of a page from the top-level children of its tree. */
export function outlinePage(tree: Root): Outline {
  let h1: Heading | null = null;
  const intro: AnyNode[] = [];
  const sections: Section[] = [];
  let current: Section | null = null;
  for (const node of kids(tree)) {
    if (node.type === 'heading') {
      const h = node as Heading;
      if (h.depth === 1 && !h1 && !current) {
        h1 = h;
        continue;
      }
      if (h.depth === 2) {
        const title = squash(textOf(h));
        current = { role: headingRole(title), title, line: lineOf(h), heading: h, blocks: [] };
        sections.push(current);
        continue;
      }
    }
    if (isBoilerplate(node)) continue;
    if (current) current.blocks.push(node);
    else intro.push(node);
  }
  return {
    h1,
    title: h1 ? squash(textOf(h1)) : '',
    titleMd: h1 ? squash(inlineMd(kids(h1))) : '',
    intro,
    sections,
  };
}

/** The first section with a role, if any. */
export function sectionByRole(o: Outline, role: SectionRole): Section | undefined {
  return o.sections.find((s) => s.role === role);
}

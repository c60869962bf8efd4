/**
 * Section headings of a flattened apidocs page. The scrape kept headings as plain lines with no level,
 * so they are recognised by their wording (the role vocabulary measured over the corpus) and found in
 * page order: params, examples, response, errors, continue.
 */
import { lineText, type PageText } from './lines.ts';

export type SectionRole = 'params' | 'examples' | 'response' | 'errors' | 'continue';

export const SECTION_ORDER: readonly SectionRole[] = ['params', 'examples', 'response', 'errors', 'continue'];

const ROLE_PATTERNS: Record<SectionRole, RegExp> = {
  params: /^(?:method parameters(?: for .+)?|parameters|parameter fields|fields parameters?|parameter params|stage parameters)$/i,
  examples: /^(?:code examples?|examples?)$/i,
  response:
    /^(?:response handling|returned data|returned values|response on success|successful response|returned fields|fields returned by the method|result:?)$/i,
  errors: /^(?:error handling|possible error codes|possible errors)$/i,
  continue: /^(?:continue learning|continue your exploration|continue exploring|see also)$/i,
};

/** Headings that sit inside a section (they never start one). */
export const SUB_HEADINGS = {
  returned: /^(?:returned data|returned values|returned fields)$/i,
  possibleErrors: /^possible error(?:s| codes| types)$/i,
  systemErrors: /^statuses and system error codes$/i,
  noParams: /^no parameters\.?$/i,
  legend: /^required parameters are marked with \*/i,
} as const;

export interface Section {
  role: SectionRole;
  /** 1-based line of the heading. */
  line: number;
  heading: string;
  /** First content line (heading + 1) and the line after the last, both 1-based. */
  start: number;
  end: number;
}

export interface Outline {
  /** 1-based line after the header block (title, scope, notes, intro): the first section heading. */
  headerEnd: number;
  sections: Partial<Record<SectionRole, Section>>;
}

/** The role a heading line plays, or undefined for any other line. */
export function headingRole(line: string): SectionRole | undefined {
  const t = line.trim();
  if (t.length === 0 || t.length > 60) return undefined;
  for (const role of SECTION_ORDER) if (ROLE_PATTERNS[role].test(t)) return role;
  return undefined;
}

/** True for lines that end a table cell or a block: section headings and sub-headings. */
export function isBoundaryLine(line: string): boolean {
  const t = line.trim();
  return headingRole(t) !== undefined || SUB_HEADINGS.possibleErrors.test(t) || SUB_HEADINGS.systemErrors.test(t) || /^HTTP Status:/i.test(t);
}

/**
 * Find each role's first heading in page order and cut the page into sections. A role whose first
 * heading comes after a later role's heading is taken as a stray line (e.g. a "Parameters"
 * pseudo-heading inside Returned Data on a page with no params section) and skipped.
 */
export function outline(page: PageText): Outline {
  const occurrences = new Map<SectionRole, number[]>(SECTION_ORDER.map((r) => [r, []]));
  for (let n = 2; n <= page.lines.length; n++) {
    const role = headingRole(lineText(page, n)); // line 1 is the title
    if (role) occurrences.get(role)!.push(n);
  }
  const found: Section[] = [];
  let cursor = 2;
  SECTION_ORDER.forEach((role, i) => {
    const line = occurrences.get(role)!.find((n) => n >= cursor);
    if (line === undefined) return;
    const laterRoleFirst = SECTION_ORDER.slice(i + 1)
      .map((r) => occurrences.get(r)!.find((n) => n >= cursor))
      .filter((n): n is number => n !== undefined);
    if (laterRoleFirst.some((n) => n < line)) return;
    found.push({ role, line, heading: lineText(page, line), start: line + 1, end: page.lines.length + 1 });
    cursor = line + 1;
  });
  const sections: Partial<Record<SectionRole, Section>> = {};
  found.forEach((s, i) => {
    s.end = found[i + 1]?.line ?? page.lines.length + 1;
    sections[s.role] = s;
  });
  return { headerEnd: found[0]?.line ?? page.lines.length + 1, sections };
}

/** The first line in [from, to) whose trimmed text matches `pattern`. */
export function findLine(page: PageText, from: number, to: number, pattern: RegExp): number | undefined {
  for (let n = Math.max(1, from); n < to && n <= page.lines.length; n++) if (pattern.test(lineText(page, n))) return n;
  return undefined;
}

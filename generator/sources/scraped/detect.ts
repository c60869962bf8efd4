/** Tell a flattened apidocs page from the other inputs (YFM markdown, Vibe pages) by its content alone. */
import { headingRole } from './sections.ts';
import { methodTokens } from './method-name.ts';

/** Flattened table header cells: "Name |", "Description |". */
const FLAT_HEADER = /^(?:Name|Parameter|Field|Code|Status|Description|Value|Error Message) \|$/;

/** True when `text` looks like a scraped apidocs page: plain-line headings and `Name |` tables, no markdown. */
export function looksLikeScrapedPage(text: string): boolean {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim());
  const first = lines.find((l) => l.length > 0);
  if (first === undefined || first.startsWith('#')) return false; // markdown H1, Vibe "#Get contact"
  // YFM tables and directives; `# comment` lines are left alone, since code examples have them.
  if (lines.some((l) => l.startsWith('#|') || l.startsWith('|#') || /^\{%\s/.test(l))) return false;
  if (lines.some((l) => /^(?:GET|POST|PUT|PATCH|DELETE)\s+\/v\d+\//.test(l))) return false; // Vibe operation line
  const headings = lines.filter((l) => headingRole(l) !== undefined).length;
  const flatTable = lines.some((l, i) => l === '|' && FLAT_HEADER.test(lines[i + 1] ?? ''));
  const titled = methodTokens(first).length > 0;
  return (titled || headings > 0) && (flatTable || headings >= 2);
}

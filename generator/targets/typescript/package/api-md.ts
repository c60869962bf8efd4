/** api.md: one line per exported name (sorted), so the diff of a regeneration is reviewable at a glance. */
import { compareStrings } from '../../../spec/serialize.ts';
import type { ExportEntry } from '../common/file-context.ts';

/** The api.md text for a list of exports. */
export function apiMarkdown(entries: ExportEntry[], packageName: string): string {
  const sorted = [...entries].sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.file, b.file) || compareStrings(a.kind, b.kind));
  // A backtick or a newline would break the Markdown line; the signature is for reading, not for compiling.
  const clean = (s: string) => s.replace(/`/g, "'").replace(/[\r\n]+/g, ' ');
  const lines = sorted.map((e) => `- \`${e.name}\` ${e.kind} · ${e.file.replace(/^src\//, '')}${e.signature ? ` · ${clean(e.signature)}` : ''}`);
  return `# API surface of ${packageName}\n\nGenerated: one line per exported name (name, kind, module, members or type; \`#hash\` changes when member types change).\n\n${lines.join('\n')}\n`;
}

/**
 * fast-check arbitraries for the reader fuzzing: (1) markdown built from YFM building blocks, read with an
 * in-memory corpus of fragments that includes missing targets and include cycles; (2) mutations of real
 * pages (corpus, seeds, Vibe), from a cut at a random offset to a 100 KB cell or thousands of nested lists.
 */
import fc from 'fast-check';

/** The path every generated page is read under, and the fragments its includes may reach. */
export const PAGE_PATH = 'api-reference/fuzz/fuzz-page.md';
/** Fragments of the in-memory corpus: a cycle A → B → A, a self-include, a plain one and one including a missing file. */
export const FRAGMENTS: ReadonlyMap<string, string> = new Map([
  ['_includes/cycle-a.md', '# A\n\nText of A.\n\n{% include [b](./cycle-b.md) %}\n'],
  ['_includes/cycle-b.md', '## B\n\n{% include notitle [a](./cycle-a.md) %}\n\n#|\n|| x | y ||\n|#\n'],
  ['_includes/self.md', 'Self:\n\n{% include [self](./self.md) %}\n'],
  ['_includes/required.md', '{% note info %}\n\nRequired parameters are marked with an asterisk.\n\n{% endnote %}\n'],
  ['_includes/broken.md', '{% include [gone](./missing-fragment.md) %}\n|| stray ||\n'],
]);

const word = fc.constantFrom('id', 'fields', 'TITLE', 'filter', 'crm.item.add', 'integer', 'string', 'Y', 'N', 'result', 'error', 'Scope', 'data', 'ID', '*');
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const inline: fc.Arbitrary<string> = fc.oneof(
  words,
  words.map((w) => `**${w}**`),
  words.map((w) => `\`${w}\``),
  fc.tuple(words, fc.constantFrom('#fields', '../crm/crm-item-get.md', './fuzz-page.md#id', 'https://example.com', '')).map(([w, u]) => `[${w}](${u})`),
  fc.constantFrom('[integer](../data-types.md)', '[`crm.item.get`](./crm-item-get.md)', '`[]`', '\\|', '&nbsp;', '<br>', '**', '`'),
);
const inlineLine = fc.array(inline, { minLength: 1, maxLength: 5 }).map((p) => p.join(' '));

const includeTarget = fc.constantFrom(
  '../../_includes/cycle-a.md',
  '../../_includes/self.md',
  '../../_includes/required.md',
  '../../_includes/broken.md',
  '../../_includes/nowhere.md',
  './fuzz-page.md',
  '',
);

/** One YFM block of the given nesting level (cells and notes hold blocks of the next level). */
function block(level: number): fc.Arbitrary<string> {
  const leaf = fc.oneof(
    fc.tuple(fc.integer({ min: 1, max: 6 }), inlineLine).map(([d, t]) => `${'#'.repeat(d)} ${t}`),
    inlineLine,
    fc.tuple(fc.constantFrom('', 'notitle '), includeTarget).map(([n, t]) => `{% include ${n}[x](${t}) %}`),
    fc
      .tuple(
        fc.constantFrom('json', 'js', 'php', ''),
        fc.constantFrom('{"result": {"ID": 1}}', '{"a": [', 'BX24.callMethod("crm.item.add", {});'),
        fc.boolean(),
      )
      .map(([lang, body, closed]) => '```' + lang + '\n' + body + (closed ? '\n```' : '')),
    fc
      .array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.constantFrom('-', '*', '1.'), inlineLine), { minLength: 1, maxLength: 5 })
      .map((items) => items.map(([d, m, t]) => `${'  '.repeat(d)}${m} ${t}`).join('\n')),
    fc
      .array(fc.array(inlineLine, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 })
      .map((rows) =>
        [`| ${rows[0]!.map(() => 'Name').join(' | ')} |`, `|${rows[0]!.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n'),
      ),
    fc.constantFrom('#|', '||', '|#', '|', '{% endnote %}', '{% endcut %}', '{% list tabs %}', '- Tab', '{% endlist %}', '{% cut "More" %}', '---', '>', ''),
  );
  if (level >= 2) return leaf;
  const inner = fc.array(block(level + 1), { maxLength: 2 }).map((b) => b.join('\n\n'));
  const yfmTable = fc
    .tuple(fc.array(fc.array(inner, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), fc.boolean(), fc.boolean())
    .map(([rows, oneLine, closed]) => {
      const sep = oneLine ? ' ' : '\n';
      const body = rows.map((r) => `||${sep}${r.join(`${sep}|${sep}`)}${sep}||`).join('\n');
      return `#|\n${body}${closed ? '\n|#' : ''}`;
    });
  const note = fc
    .tuple(fc.constantFrom('info', 'warning', 'tip', 'alert'), fc.constantFrom('', ' "Note"'), inner, fc.boolean())
    .map(([k, t, body, closed]) => `{% note ${k}${t} %}\n\n${body}\n\n${closed ? '{% endnote %}' : ''}`);
  return fc.oneof({ weight: 4, arbitrary: leaf }, { weight: 2, arbitrary: yfmTable }, { weight: 1, arbitrary: note });
}

/** A whole YFM page: a title, then blocks, joined by single or double line breaks. */
export const yfmPage: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('# Add an item crm.item.add', '# crm.fuzz.list', '# Fields', '', '# Метод crm.deal.get'),
    fc.array(fc.tuple(block(0), fc.constantFrom('\n', '\n\n')), { maxLength: 14 }),
  )
  .map(([title, blocks]) => title + '\n\n' + blocks.map(([b, sep]) => b + sep).join(''));

/** One mutation of a page's text, named in counterexample reports. */
export type Mutation = ((text: string) => string) & { [fc.toStringMethod]?: () => string };

/** Name a mutation (fast-check prints the name instead of the function's source). */
const named = (name: string, m: (text: string) => string): Mutation => Object.assign(m, { [fc.toStringMethod]: () => name });

const at = (text: string, frac: number) => Math.floor(frac * text.length);
const linesOf = (text: string) => text.split('\n');
const frac = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

/** Insert `piece` at the start of a line chosen by `f`. */
const insertLine = (f: number, piece: string): Mutation =>
  named(`insert at ${f.toFixed(3)} of the lines: ${JSON.stringify(piece.length > 60 ? piece.slice(0, 40) + `…(${piece.length} chars)` : piece)}`, (text) => {
    const ls = linesOf(text);
    ls.splice(Math.floor(f * (ls.length + 1)), 0, piece);
    return ls.join('\n');
  });

/** Mutations of a real page: the structural edits and the hostile inserts the brief lists. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  frac.map((f) => named(`cut at ${f.toFixed(3)} of the text`, (t) => t.slice(0, at(t, f)))),
  frac.map((f) =>
    named(`drop the line at ${f.toFixed(3)}`, (t) => {
      const ls = linesOf(t);
      ls.splice(Math.floor(f * ls.length), 1);
      return ls.join('\n');
    }),
  ),
  fc.tuple(frac, fc.integer({ min: 1, max: 3 })).map(([f, n]) =>
    named(`repeat the line at ${f.toFixed(3)} ${n} more times`, (t) => {
      const ls = linesOf(t);
      const i = Math.floor(f * ls.length);
      ls.splice(i, 0, ...Array<string>(n).fill(ls[i] ?? ''));
      return ls.join('\n');
    }),
  ),
  fc.tuple(frac, frac).map(([f, g]) =>
    named(`swap the lines at ${f.toFixed(3)} and ${g.toFixed(3)}`, (t) => {
      const ls = linesOf(t);
      const i = Math.floor(f * ls.length);
      const j = Math.floor(g * ls.length);
      [ls[i], ls[j]] = [ls[j] ?? '', ls[i] ?? ''];
      return ls.join('\n');
    }),
  ),
  // Cut a table: drop one of its `||` / `|#` lines.
  frac.map((f) =>
    named(`drop the table line at ${f.toFixed(3)} of the table lines`, (t) => {
      const ls = linesOf(t);
      const rows = ls.map((l, i) => (/^\s*(\|\||\|#)/.test(l) ? i : -1)).filter((i) => i >= 0);
      const cut = rows[Math.floor(f * rows.length)];
      return cut === undefined ? t : ls.filter((_, i) => i !== cut).join('\n');
    }),
  ),
  fc
    .tuple(frac, fc.constantFrom('#|', '||', '|#', '|| a | b ||', '||||', '{% note info %}', '{% endnote %}', '```', '{% list tabs %}'))
    .map(([f, p]) => insertLine(f, p)),
  fc
    .tuple(frac, fc.constantFrom('./nowhere.md', '../../_includes/missing.md', '', '../'.repeat(20) + 'etc/passwd', 'http://x/y.md'))
    .map(([f, target]) => insertLine(f, `{% include [broken](${target}) %}`)),
  // The page including itself (its own path, however it is spelt relative to itself).
  frac.map((f) => insertLine(f, '{% include [self](SELF) %}')),
  fc.tuple(frac, fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([f, bytes]) =>
    named(`insert bytes ${JSON.stringify([...bytes])} and NUL at ${f.toFixed(3)} of the text`, (t) => {
      const i = at(t, f);
      return t.slice(0, i) + String.fromCharCode(...bytes) + '\u0000' + t.slice(i);
    }),
  ),
  // Long runs of white space: a regex like /\s+$/ retries from every space of a run that does not end its text.
  fc.tuple(frac, fc.integer({ min: 10_000, max: 200_000 }), fc.constantFrom(' ', '\t', ' \t', '\u00a0')).map(([f, n, ws]) =>
    named(`insert ${n} × ${JSON.stringify(ws)} at ${f.toFixed(3)} of the text`, (t) => {
      const i = at(t, f);
      return t.slice(0, i) + ws.repeat(n) + 'x' + t.slice(i);
    }),
  ),
  fc.constant(named('CRLF line breaks', (t) => t.replace(/\n/g, '\r\n'))),
  fc.constant(named('a BOM', (t) => '\uFEFF' + t)),
  fc.tuple(frac, fc.constantFrom('y', '|', '*', '[', '`')).map(([f, c]) => insertLine(f, `|| ${c.repeat(100_000)} | b ||`)),
  fc
    .tuple(frac, fc.integer({ min: 500, max: 3000 }), fc.constantFrom('list', 'quote', 'brackets', 'notes', 'tables', 'emphasis'))
    .map(([f, n, kind]) => insertLine(f, nested(kind, n))),
);

/** `n` levels of one kind of nesting. */
export function nested(kind: string, n: number): string {
  switch (kind) {
    case 'list':
      return Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- x`).join('\n');
    case 'quote':
      return '>'.repeat(n) + ' x';
    case 'brackets':
      return '['.repeat(n) + 'x' + ']'.repeat(n) + '('.repeat(n);
    case 'notes':
      return '{% note info %}\n\n'.repeat(n) + 'x';
    case 'tables':
      return '#|\n|| '.repeat(n) + 'x';
    default:
      return '*a '.repeat(n) + 'x' + ' b*'.repeat(n);
  }
}

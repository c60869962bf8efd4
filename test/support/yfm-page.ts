/** Inline YFM method pages for reader tests: the spec one page yields on its own (no includes). */
import { readYfmPage } from '../../generator/sources/yfm/extract/page.ts';
import type { MethodSpec } from '../../generator/spec/schema.ts';

/** The spec an inline page yields; an error when it yields none. */
export function specOfText(text: string, path = 'api-reference/x/page.md'): MethodSpec {
  const s = readYfmPage({ path, text }, { readFile: () => undefined }).specs[0];
  if (!s) throw new Error(`${path}: the page yields no spec`);
  return s;
}

/** A params table row: name, type word, description. */
export type ParamRow = [name: string, type: string, description: string];

/**
 * A method page of one params table of `rows`: `heading` and `intro` name the method; `legend` adds the
 * required-parameters include; `body` adds a cURL request example sending it.
 */
export function paramsTablePage(
  rows: readonly ParamRow[],
  page: { heading: string; intro: string; path: string; legend?: boolean; body?: string | undefined },
): MethodSpec {
  const method = /\S+$/.exec(page.heading)?.[0] ?? '';
  const text = [
    `# ${page.heading}`,
    '',
    '> Scope: [`x`](../scopes/permissions.md)',
    '',
    page.intro,
    '',
    '## Method Parameters',
    '',
    ...(page.legend ? ['{% include [Note on required parameters](../../_includes/required.md) %}', ''] : []),
    '#|',
    '|| **Name**',
    '`type` | **Description** ||',
    ...rows.map(([name, type, desc]) => `|| **${name}**\n[\`${type}\`](../data-types.md) | ${desc} ||`),
    '|#',
    '',
    ...(page.body ? ['## Code Examples', '', '```bash', `curl -X POST -d '${page.body}' https://example.com/rest/${method}`, '```', ''] : []),
  ].join('\n');
  return specOfText(text, page.path);
}

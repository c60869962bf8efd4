/** params.ts: prose that says a method takes no parameters, and params of call variants on a real page. */
import { describe, expect, it } from 'vitest';
import { saysNoParams } from '../../../../generator/sources/yfm/extract/params.ts';
import { nodesOf } from '../../../support/yfm.ts';
import { param, specOf } from '../../../support/yfm-corpus.ts';
import { specOfText } from '../../../support/yfm-page.ts';

describe('saysNoParams', () => {
  it.each([
    ['No parameters.', true],
    ['The method takes no parameters.', true],
    ['This method does not require any parameters', true],
    ['Parameters are not required.', true],
    ['The `id` parameter is required.', false],
    // A heading is not prose about the method.
    ['## No parameters', false],
  ])('%j → %s', (text, want) => {
    expect(saysNoParams(nodesOf(text))).toBe(want);
  });
});

describe('on real pages', () => {
  it('vote.AttachedVote.get: a param required by one call variant only is not required', () => {
    const s = specOf('api-reference/vote/vote.attachedvote.get.md');
    expect(param(s, 'attachId').required).toBe(false);
    expect(param(s, 'signedAttachId').required).toBe(false);
  });
});

describe('"## Parameter <name>" on a page with no "Parameters" heading', () => {
  const table = (rows: string[]) => ['#|', '|| **Name**\n`type` | **Description** ||', ...rows, '|#', ''];
  const fieldRows = [
    '|| **description**\n[`string`](../../../data-types.md) | Description of the entry. HTML and BB-code formatting can be used ||',
    '|| **files**\n[`array`](../../../data-types.md) | Array of attached files. Each element is an array containing the name and content encoded in base64 ||',
  ];
  // outdated/rpa/comment/rpa-comment-add.md:19-41: the intro's table lists typeId, itemId, fields; "## Parameter fields {#fields}" is fields' structure.
  const rpaCommentAdd = [
    '# Create a New Comment in the Timeline rpa.comment.add',
    '',
    '> Scope: [`rpa`](../../../scopes/permissions.md)',
    '',
    'This method creates a new comment in the timeline of the item with the identifier `itemId` for the process with the identifier `typeId`.',
    '',
    ...table([
      '|| **typeId**\n[`integer`](../../../data-types.md) | Identifier of the process ||',
      '|| **itemId**\n[`integer`](../../../data-types.md) | Identifier of the item ||',
      '|| **fields**\n[`object`](../../../data-types.md) | Object describing the [fields](#fields) of the comment ||',
    ]),
    '## Parameter fields {#fields}',
    '',
    ...table(fieldRows),
  ].join('\n');

  it('rpa.comment.add: the params are the intro’s (typeId, itemId, fields), not the rows of fields’ structure', () => {
    const s = specOfText(rpaCommentAdd, 'api-reference/outdated/rpa/comment/rpa-comment-add.md');
    expect(s.params.map((p) => p.name)).toEqual(['typeId', 'itemId', 'fields']);
    expect(s.params.map((p) => p.name)).not.toContain('description');
  });

  it('crm.documentgenerator.template.add (2026-02-04): the intro’s `fields` row is the param, the section its structure', () => {
    // history/b24restdocs-2026-02-04/api-reference/crm/document-generator/templates/crm-document-generator-template-add.md:28-45
    const text = [
      '# Add a New Template crm.documentgenerator.template.add',
      '',
      '> Scope: [`crm.documentgenerator`](../../../scopes/permissions.md)',
      '',
      'The method `crm.documentgenerator.template.add` adds a new template.',
      '',
      '#| ',
      '|| **Parameter** | **Description** ||',
      '|| **fields** | Array of template fields. ||',
      '|#',
      '',
      '## Parameter fields',
      '',
      '#| ',
      '|| **Parameter** | **Description** ||',
      '|| **name**^*^ | Template name. ||',
      '|| **numeratorId**^*^ | Identifier of the numerator. ||',
      '|| **sort** | Sort index. ||',
      '|#',
      '',
    ].join('\n');
    const s = specOfText(text, 'api-reference/crm/document-generator/templates/crm-document-generator-template-add.md');
    expect(s.params.map((p) => p.name)).toEqual(['fields']);
  });

  it('a "## Parameter fields" section whose intro lists no `fields` param is still read as the params', () => {
    const s = specOfText(rpaCommentAdd.replace(/#\|\n[\s\S]*?\|#\n\n## Parameter fields/, '## Parameter fields'));
    expect(s.params.map((p) => p.name)).toEqual(['description', 'files']);
  });

  it('crm.lead.update: "## Method Parameters" then "## Parameter fields" reads the Method Parameters table', () => {
    // crm/leads/crm-lead-update.md:21 "## Method Parameters" (id, fields, params), :64 "## Parameter fields {#fields}"
    const s = specOf('api-reference/crm/leads/crm-lead-update.md');
    expect(s.params.map((p) => p.name)).toEqual(['id', 'fields', 'params']);
  });
});

/** identity.ts: the method names a page documents. */
import { describe, expect, it } from 'vitest';
import { detectRestVersion, identifyMethod } from '../../../../generator/sources/yfm/extract/identity.ts';
import type { AnyNode } from '../../../../generator/sources/yfm/extract/nodes.ts';
import { markdownNodes as md } from '../../../support/yfm.ts';
import { specOfText } from '../../../support/yfm-page.ts';

describe('identity', () => {
  const calls = (...names: string[]) => new Map(names.map((n) => [n, 2]));
  const base = { intro: [] as AnyNode[], all: [] as AnyNode[], restVersion: '1' as const };
  it('§8 #6: the name is not always the last H1 token', () => {
    const r = identifyMethod({
      ...base,
      path: 'chats/special-operations/im-recent-pin.md',
      titleMd: 'Pin a Chat at the Top of the **im.recent** List',
      calls: calls('im.recent.pin'),
    });
    expect(r.names).toEqual(['im.recent.pin']);
    const r2 = identifyMethod({
      ...base,
      path: 'ai/ai-engine-unregister.md',
      titleMd: 'Remove the ai.engine.unregister Service',
      calls: calls('ai.engine.unregister'),
    });
    expect(r2.names).toEqual(['ai.engine.unregister']);
  });
  it('§8 #7: a typo H1 loses to examples that match the file name', () => {
    const r = identifyMethod({
      ...base,
      path: 'crm/automation/triggers/crm-automation-trigger-delete.md',
      titleMd: 'Delete Trigger ctrigger.delete',
      calls: calls('crm.automation.trigger.delete'),
    });
    expect(r.names).toEqual(['crm.automation.trigger.delete']);
    expect(r.warnings.map((w) => w.code)).toContain('name-mismatch');
  });
  it('§8 #8: examples calling another method do not rename the page', () => {
    const r = identifyMethod({
      ...base,
      path: 'outdated/rpa/comment/rpa-comment-update.md',
      titleMd: 'Update Comment rpa.comment.update',
      calls: calls('rpa.comment.add'),
    });
    expect(r.names).toEqual(['rpa.comment.update']);
    expect(r.warnings.map((w) => w.code)).toContain('example-calls-other-method');
  });
  it('§8 #16: a wildcard H1 expands to the names the page mentions', () => {
    const all = md('The methods **user.option.*** are similar.\n\n**user.option.get** is analogous.\n\n**user.option.set** too.');
    const r = identifyMethod({ ...base, all, path: 'common/settings/user-option.md', titleMd: 'Get data user.option.*', calls: new Map() });
    expect(r.names).toEqual(['user.option.get', 'user.option.set']);
    expect(r.how).toBe('wildcard');
  });
  it('§8 #17: undotted names come from the intro', () => {
    const intro = md('The `scope` method returns a list of permissions.');
    const r = identifyMethod({ ...base, intro, path: 'common/system/scope.md', titleMd: 'Get a List of Available Permissions Scope', calls: calls('scope') });
    expect(r.names).toEqual(['scope']);
  });
});

describe('detectRestVersion: the URLs a page shows', () => {
  // The note of tasks/tasks-new.md:132-142 (on the tasks.task.* pages in 2025-11): "Old version:" the classic URL,
  // "New version:" the /rest/api/ one.
  const note = [
    'Starting from module version `tasks 25.700.0`, some methods can be called in the new format.',
    '',
    'The new API call differs by the addition of the `/api/` segment in the request.',
    '',
    'Old version:',
    '',
    '`https://{installation_address}/rest/{user_id}/{rest_app_password}/tasks.task.add`',
    '',
    'New version:',
    '',
    '`https://{installation_address}/rest/api/{user_id}/{rest_app_password}/tasks.task.add`',
  ].join('\n');
  const newOnly = 'Call address: `https://{installation_address}/rest/api/{user_id}/{rest_app_password}/tasks.task.add`';

  it('a page showing the classic URL beside the /rest/api/ one is REST 1', () => {
    expect(detectRestVersion('api-reference/tasks/tasks-task-add.md', md(note), note)).toBe('1');
  });

  it('a page showing only /rest/api/ URLs is REST 3', () => {
    expect(detectRestVersion('api-reference/tasks/tasks-task-add.md', md(newOnly), newOnly)).toBe('3');
  });

  it('through the page reader: tasks.task.add with the note is the REST 1 method, with the new URL alone the @v3 one', () => {
    const page = (body: string) =>
      `# Create a Task tasks.task.add\n\n> Scope: [\`task\`](../scopes/permissions.md)\n\n{% note info "" %}\n\n${body}\n\n{% endnote %}\n\nThe method creates a task.\n\n## Method Parameters\n\n#|\n|| **Name**\n\`type\` | **Description** ||\n|| **fields**\n[\`object\`](../data-types.md) | Task fields ||\n|#\n`;
    const v1 = specOfText(page(note), 'api-reference/tasks/tasks-task-add.md');
    expect(v1.restVersion).toBeUndefined();
    expect(v1.id).toBe('rest:tasks.task.add');
    const v3 = specOfText(page(newOnly), 'api-reference/tasks/tasks-task-add.md');
    expect(v3.restVersion).toBe('3');
    expect(v3.id).toBe('rest:tasks.task.add@v3');
  });
});

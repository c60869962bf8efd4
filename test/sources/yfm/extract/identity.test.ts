/** identity.ts: the method names a page documents. */
import { describe, expect, it } from 'vitest';
import { identifyMethod } from '../../../../generator/sources/yfm/extract/identity.ts';
import type { AnyNode } from '../../../../generator/sources/yfm/extract/nodes.ts';
import { markdownNodes as md } from '../../../support/yfm.ts';

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

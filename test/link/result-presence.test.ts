/** result-presence.ts: the fields a single record documents are present; nullable where the docs show null. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONDITIONAL_PRESENCE, markResultPresence } from '../../generator/link/result-presence.ts';
import { specSetFromPages } from '../../generator/pipeline/run.ts';
import type { Field, MethodSpec, TypeRef } from '../../generator/spec/schema.ts';
import { requireShared, SHARED } from '../support/shared.ts';
import { restSpec } from '../support/specs.ts';

const CORPUS = SHARED.corpus;
/** The linked specs of corpus pages read together (the link stage sees siblings as in a build). */
function linked(...paths: string[]): Map<string, MethodSpec> {
  const ctx = { readFile: (p: string) => (existsSync(`${CORPUS}/${p}`) ? readFileSync(`${CORPUS}/${p}`, 'utf8') : undefined) };
  const pages = paths.map((path) => ({ page: { path, text: readFileSync(`${requireShared(CORPUS)}/${path}`, 'utf8') }, ctx }));
  return new Map(specSetFromPages(pages).specs.map((s) => [s.method, s]));
}
const typeFields = (s: MethodSpec | undefined, name: string): Field[] => {
  const t = s?.types.find((n) => n.name === name)?.type;
  return t?.kind === 'object' ? t.fields : [];
};
const fieldOf = (fields: Field[], name: string): Field => {
  const f = fields.find((x) => x.name === name);
  if (!f) throw new Error(`no field ${name}`);
  return f;
};

describe('markResultPresence on real pages', () => {
  const specs = linked('api-reference/crm/deals/crm-deal-get.md', 'api-reference/crm/deals/crm-deal-list.md', 'api-reference/crm/contacts/crm-contact-get.md');
  const deal = typeFields(specs.get('crm.deal.get'), 'deal');
  const contact = typeFields(specs.get('crm.contact.get'), 'contact');

  it('crm.deal.get: a field the example shows is present, read from the example', () => {
    // crm-deal-get.md, the Deal Type table: "|| **ID**\n[`integer`](../../data-types.md) | The identifier of the deal ||";
    // the success example: `"ID": "410",`
    expect(fieldOf(deal, 'ID')).toMatchObject({
      required: true,
      presence: { file: 'api-reference/crm/deals/crm-deal-get.md', how: 'read', evidence: 'response-example' },
    });
    // "|| **STAGE_ID**" ("… `DEAL_STAGE` if the deal is in the general funnel …": an "if" that is not about presence)
    expect(fieldOf(deal, 'STAGE_ID').required).toBe(true);
  });

  it('crm.deal.get: nullable where the example shows null, with the example as provenance', () => {
    // the success example: `"LEAD_ID": null,` and `"QUOTE_ID": null,`; `"TITLE": "New Deal #1",`
    expect(fieldOf(deal, 'LEAD_ID')).toMatchObject({ required: true, nullable: true });
    expect(fieldOf(deal, 'QUOTE_ID').nullable).toBe(true);
    expect(fieldOf(deal, 'TITLE').nullable).toBeUndefined();
    const id = fieldOf(deal, 'LEAD_ID').id;
    expect(specs.get('crm.deal.get')?.facts[`${id}.nullable`]).toMatchObject({ how: 'read', evidence: 'response-example' });
  });

  it('crm.contact.get: a documented field the example leaves out stays optional', () => {
    // crm-contact-get.md documents "|| **WEB**", "|| **IM**", "|| **LINK**" (crm_multifield[]), but its
    // success example has no "WEB", "IM" or "LINK" key; it has `"PHONE": [` and `"PHOTO": null,`
    for (const name of ['WEB', 'IM', 'LINK']) expect(fieldOf(contact, name).required).toBe('unknown');
    expect(fieldOf(contact, 'PHONE').required).toBe(true);
    expect(fieldOf(contact, 'PHOTO').nullable).toBe(true);
  });

  it('crm.deal.list: its items are cut by select (crm-deal-list.md "|| **select**"), so its item type `deal` stays unmarked', () => {
    const item = typeFields(specs.get('crm.deal.list'), 'deal');
    expect(item.length).toBeGreaterThan(0);
    for (const f of item) expect([f.name, f.required]).toEqual([f.name, 'unknown']);
  });
});

describe('markResultPresence: a list example whose items differ', () => {
  it('disk.folder.getchildren: a field one child of the example lacks is not always present', () => {
    // disk-folder-get-children.md:355 example: the first child has `"REAL_OBJECT_ID": "8930",` (line 364), the second
    // (`"ID": "8964"`, a file) has none; the page's own TS type writes `REAL_OBJECT_ID?: string` (line 141). `FILE_ID`
    // only the file shows. `ID` every child shows.
    const s = linked('api-reference/disk/folder/disk-folder-get-children.md').get('disk.folder.getChildren');
    const items = s?.result?.type.kind === 'array' && s.result.type.items.kind === 'object' ? s.result.type.items.fields : [];
    expect(fieldOf(items, 'REAL_OBJECT_ID').required).toBe('unknown');
    expect(fieldOf(items, 'FILE_ID').required).toBe('unknown');
    expect(fieldOf(items, 'ID')).toMatchObject({ required: true, presence: { evidence: 'response-example' } });
  });
});

const source = { file: 'p.md', how: 'read' as const, evidence: 'table' };
const field = (name: string, description?: string): Field => ({
  id: `r.${name}`,
  name,
  type: { kind: 'scalar', name: 'string' },
  required: 'unknown',
  ...(description ? { description } : {}),
  source,
});
const record = (...fields: Field[]): TypeRef => ({ kind: 'object', fields });
const resultOf = (s: MethodSpec): Field[] => (s.result?.type.kind === 'object' ? s.result.type.fields : []);

describe('markResultPresence rules', () => {
  it('no example: the documented fields are present by the record rule (inferred)', () => {
    const s = restSpec('x.item.get', { result: { type: record(field('ID')), source } });
    const [out] = markResultPresence([s]);
    expect(resultOf(out!)[0]).toMatchObject({ required: true, presence: { file: 'p.md', how: 'inferred', evidence: 'record-fields' } });
  });

  it('conditional wording keeps a field optional', () => {
    // profile.md: "Link to the user's photo. The field is returned only if a photo has been uploaded"
    const photo = field('PERSONAL_PHOTO', "Link to the user's photo. The field is returned only if a photo has been uploaded");
    const s = restSpec('profile', { result: { type: record(field('ID'), photo), source } });
    const [out] = markResultPresence([s]);
    expect(resultOf(out!).map((f) => f.required)).toEqual([true, 'unknown']);
  });

  it.each([
    ['voximplant-sip-add.md', 'Password for incoming calls. Returned when creating an office PBX', true],
    ['timeman-settings.md', 'Returned only for the current user. Returns `true` if permissions are granted', true],
    ['landing-block-getbyid.md', 'Prepared HTML of the block. The field is returned only if `params.get_content` is enabled', true],
    ['crm-deal-get.md', 'where: - `entityId` is equal to: - `DEAL_STAGE` if the deal is in the general funnel', false],
    ['landing-block-getmanifest.md', 'If there are no attributes, it may return an empty array `[]`', false],
    ['crm-deal-recurring-get.md', 'Returned in the format `YYYY-MM-DDTHH:MI:SS+TZD`', false],
  ])('%s: "%s" is conditional: %s', (_page, text, want) => expect(CONDITIONAL_PRESENCE.test(text)).toBe(want));

  it('a description saying null makes the field nullable (evidence description)', () => {
    // task-checklistitem-get.md: "Can be `null` if the status has not been changed"
    const s = restSpec('task.checklistitem.get', { result: { type: record(field('TOGGLED_BY', 'Can be `null` if the status has not been changed')), source } });
    const [out] = markResultPresence([s]);
    expect(resultOf(out!)[0]?.nullable).toBe(true);
    expect(out!.facts['r.TOGGLED_BY.nullable']).toMatchObject({ how: 'read', evidence: 'description' });
  });

  it('leaves a named type a param also uses alone; marks a Vibe record by the record rule', () => {
    const shared = { name: 'deal', type: record(field('ID')), source };
    const withParam = restSpec('x.deal.get', {
      params: [{ id: 'param:fields', name: 'fields', type: { kind: 'ref', name: 'deal' }, required: false, source }],
      types: [shared],
      result: { type: { kind: 'ref', name: 'deal' }, source },
    });
    const [out] = markResultPresence([withParam]);
    expect(out!.types[0]).toBe(shared);
    // seeds/vibe.contacts.get.txt documents the contact's fields and no response example: the record rule.
    const vibe = restSpec('contacts.get', { api: 'vibe', result: { type: record(field('id')), source } });
    const marked = markResultPresence([vibe])[0]!.result!.type;
    expect(marked.kind === 'object' && marked.fields.map((f) => [f.required, f.presence?.evidence])).toEqual([[true, 'record-fields']]);
  });

  it('a list method: its result wrapper is marked, its items only when the method has no select', () => {
    // tasks-task-list.md: "result": {"tasks": [{"id": "1", …}]}; the page documents select, so items follow it.
    const list = (select: boolean) =>
      restSpec('x.task.list', {
        result: { type: record({ ...field('tasks'), type: { kind: 'array', items: record(field('id'), field('title')) } }), source },
        examples: [{ id: 'response:1', kind: 'response', json: { result: { tasks: [{ id: '1' }] } }, source }],
        list: {
          paging: 'start',
          pageSize: 50,
          idCursor: false,
          filter: null,
          select: select ? { param: 'select', masks: [] } : null,
          order: null,
          entity: null,
          source,
        },
      });
    const fieldsOf = (s: ReturnType<typeof list>) => {
      const top = s.result!.type;
      const tasks = top.kind === 'object' ? top.fields[0]! : undefined;
      const items = tasks?.type.kind === 'array' && tasks.type.items.kind === 'object' ? tasks.type.items.fields : [];
      return { wrapper: tasks?.required, items: items.map((f) => f.required) };
    };
    expect(fieldsOf(markResultPresence([list(true)])[0]!)).toEqual({ wrapper: true, items: ['unknown', 'unknown'] });
    // Without select every item is a whole record: the example shows `id`, leaves `title` out.
    expect(fieldsOf(markResultPresence([list(false)])[0]!)).toEqual({ wrapper: true, items: [true, 'unknown'] });
  });

  it('declarers of one type name in a namespace agree: present only where every page shows it, nullable where any shows null', () => {
    const deal = () => ({ name: 'deal', type: record(field('ID'), field('LEAD_ID'), field('WEB')), source });
    const get = (method: string, result: Record<string, unknown>) =>
      restSpec(method, {
        types: [deal()],
        result: { type: { kind: 'ref', name: 'deal' }, source },
        examples: [{ id: 'response:1', kind: 'response', json: { result }, source }],
      });
    const listed = restSpec('x.deal.list', {
      types: [deal()],
      result: { type: { kind: 'array', items: { kind: 'ref', name: 'deal' } }, source },
      list: { paging: 'start', pageSize: 50, idCursor: false, filter: null, select: null, order: null, entity: null, source },
    });
    const out = markResultPresence([get('x.deal.get', { ID: '1', LEAD_ID: null, WEB: [] }), get('x.deal.other', { ID: '1', LEAD_ID: '2' }), listed]);
    for (const s of out) {
      const fields = s.types[0]!.type.kind === 'object' ? s.types[0]!.type.fields : [];
      expect(fields.map((f) => [f.name, f.required, f.nullable ?? false])).toEqual([
        ['ID', true, false],
        ['LEAD_ID', true, true],
        // x.deal.other's example has no WEB: not always sent, for every declarer.
        ['WEB', 'unknown', false],
      ]);
    }
  });

  it('an array of records: each item is marked from the example’s first item', () => {
    const s = restSpec('x.items.get', {
      result: { type: { kind: 'array', items: record(field('ID'), field('NAME')) }, source },
      examples: [{ id: 'response:1', kind: 'response', json: { result: [{ ID: '1' }] }, source }],
    });
    const [out] = markResultPresence([s]);
    const items = out!.result?.type.kind === 'array' && out!.result.type.items.kind === 'object' ? out!.result.type.items.fields : [];
    expect(items.map((f) => f.required)).toEqual([true, 'unknown']);
  });

  it('a record a select param cuts is neither read nor marked; it does not cut what its namespace agrees on', () => {
    // tasks-task-get.md: "|| **select** … An array of record fields that will be returned by the method";
    // its example shows a selection without `status`, which tasks-task-add.md's example shows ("status": "2").
    const task = () => ({ name: 'task', type: record(field('id'), field('status')), source });
    const add = restSpec('tasks.task.add', {
      types: [task()],
      result: { type: record({ ...field('task'), type: { kind: 'ref', name: 'task' } }), source },
      examples: [{ id: 'response:1', kind: 'response', json: { result: { task: { id: '1', status: '2' } } }, source }],
    });
    const get = restSpec('tasks.task.get', {
      params: [{ id: 'param:select', name: 'select', type: { kind: 'array', items: { kind: 'scalar', name: 'string' } }, required: false, source }],
      types: [task()],
      result: { type: record({ ...field('task'), type: { kind: 'ref', name: 'task' } }), source },
      examples: [{ id: 'response:1', kind: 'response', json: { result: { task: { id: '1' } } }, source }],
    });
    const [addOut, getOut] = markResultPresence([add, get]);
    const marks = (s: MethodSpec) => {
      const t = s.types[0]!.type;
      return t.kind === 'object' ? t.fields.map((f) => [f.name, f.required]) : [];
    };
    expect(marks(addOut!)).toEqual([
      ['id', true],
      ['status', true],
    ]);
    expect(marks(getOut!)).toEqual([
      ['id', 'unknown'],
      ['status', 'unknown'],
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDiffConfig } from '../../generator/diff/config.ts';
import { finishReport } from '../../generator/diff/diff.ts';
import { ALL_RULES, RULES } from '../../generator/diff/rules/index.ts';
import { SURFACE_RULES, surfaceChanges } from '../../generator/diff/surface.ts';
import { parseApiMd, unionMembers } from '../../generator/diff/surface-lines.ts';

// The header api-md.ts writes (generator/targets/typescript/package/api-md.ts).
const HEADER =
  '# API surface of @b24gen/bitrix24\n\nGenerated: one line per exported name (name, kind, module, members or type; `#hash` changes when member types change).\n\n';
const md = (lines: string[]) => `${HEADER}${lines.join('\n')}\n`;

/** "rule name path" of every change from `before` to `after`, sorted. */
function found(before: string[], after: string[]): string[] {
  return surfaceChanges(md(before), md(after))
    .map((c) => `${c.rule} ${c.method} ${c.path}`)
    .sort();
}

const seen = new Set<string>();
/** Like found(), and records the rules for the coverage check at the end. */
function check(before: string[], after: string[], want: string[]): void {
  const got = found(before, after);
  for (const g of got) seen.add(g.split(' ')[0]!);
  expect(got).toEqual([...want].sort());
}

describe('surfaceChanges: exports', () => {
  const a = '- `AiEngineRegisterResult` type · methods/ai.ts · number';
  const b = '- `ApiError` runtime · runtime/index.ts';

  it('reports nothing for the same text', () => {
    check([a, b], [a, b], []);
  });

  it('export-added / export-removed', () => {
    check([a], [a, b], ['export-added ApiError ']);
    check([a, b], [b], ['export-removed AiEngineRegisterResult ']);
  });

  it('export-kind-changed: and compares nothing else', () => {
    check(
      ['- `AiEngineListParams` interface · methods/ai.ts · { filter?, limit? } #9a2dd80d'],
      ['- `AiEngineListParams` type · methods/ai.ts · { filter, limit } #00000000'],
      ['export-kind-changed AiEngineListParams '],
    );
  });

  it('export-moved: a unique name in another module is one export', () => {
    check(['- `PrefixedFilter` type · filter.ts · <V, Op>'], ['- `PrefixedFilter` type · types/filter.ts · <V, Op>'], ['export-moved PrefixedFilter ']);
  });

  it('a name exported by two modules is matched per module', () => {
    const zod = '- `coerce` function · zod/index.ts · re-export';
    check(
      [zod, '- `coerce` function · zod/coerce.ts · (v: unknown) => unknown'],
      [zod, '- `coerce` function · zod/coerce.ts · (v: unknown) => string'],
      ['signature-changed coerce '],
    );
  });
});

describe('surfaceChanges: interface members', () => {
  it('member-added-required on an input (Params), member-added on an output or another type', () => {
    check(
      ['- `AiEngineRegisterParams` interface · methods/ai.ts · { name } #11111111'],
      ['- `AiEngineRegisterParams` interface · methods/ai.ts · { name, code } #22222222'],
      ['member-added-required AiEngineRegisterParams members.code'],
    );
    check(
      ['- `VibeFoldersGetQuery` interface · vibe/folders.ts · { include? } #11111111'],
      ['- `VibeFoldersGetQuery` interface · vibe/folders.ts · { include?, depth } #22222222'],
      ['member-added-required VibeFoldersGetQuery members.depth'],
    );
    check(
      ['- `AppInfoResult` interface · methods/app.ts · { ID } #11111111'],
      ['- `AppInfoResult` interface · methods/app.ts · { ID, CODE } #22222222'],
      ['member-added AppInfoResult members.CODE'],
    );
    check(
      ['- `AiService` interface · methods/ai.ts · { id } #11111111'],
      ['- `AiService` interface · methods/ai.ts · { id, name } #22222222'],
      ['member-added AiService members.name'],
    );
  });

  it('member-added-optional, whatever the role', () => {
    check(
      ['- `AiEngineListParams` interface · methods/ai.ts · { filter? } #11111111'],
      ['- `AiEngineListParams` interface · methods/ai.ts · { filter?, limit? } #22222222'],
      ['member-added-optional AiEngineListParams members.limit'],
    );
    check(
      ['- `AppInfoResult` interface · methods/app.ts · { ID } #11111111'],
      ['- `AppInfoResult` interface · methods/app.ts · { ID, LANGUAGE_ID? } #22222222'],
      ['member-added-optional AppInfoResult members.LANGUAGE_ID'],
    );
  });

  it('member-removed, whatever the role', () => {
    check(
      ['- `AiEngineListParams` interface · methods/ai.ts · { filter?, limit? } #11111111'],
      ['- `AiEngineListParams` interface · methods/ai.ts · { filter? } #22222222'],
      ['member-removed AiEngineListParams members.limit'],
    );
    check(
      ['- `AppInfoResult` interface · methods/app.ts · { ID, CODE } #11111111'],
      ['- `AppInfoResult` interface · methods/app.ts · { ID } #22222222'],
      ['member-removed AppInfoResult members.CODE'],
    );
  });

  it('member-became-required breaks an input; on an output it is a relaxation', () => {
    check(
      ['- `AiEngineListParams` interface · methods/ai.ts · { filter?, limit? } #9a2dd80d'],
      ['- `AiEngineListParams` interface · methods/ai.ts · { filter, limit? } #9a2dd80d'],
      ['member-became-required AiEngineListParams members.filter'],
    );
    check(
      ['- `AppInfoResult` interface · methods/app.ts · { ID? } #11111111'],
      ['- `AppInfoResult` interface · methods/app.ts · { ID } #11111111'],
      ['member-optionality-relaxed AppInfoResult members.ID'],
    );
  });

  it('member-became-optional breaks an output (Result, Item); on an input it is a relaxation', () => {
    check(
      ['- `AppInfoResult` interface · methods/app.ts · { ID } #11111111'],
      ['- `AppInfoResult` interface · methods/app.ts · { ID? } #11111111'],
      ['member-became-optional AppInfoResult members.ID'],
    );
    check(
      ['- `AiEngineRegisterParams` interface · methods/ai.ts · { name, code } #11111111'],
      ['- `AiEngineRegisterParams` interface · methods/ai.ts · { name, code? } #11111111'],
      ['member-optionality-relaxed AiEngineRegisterParams members.code'],
    );
  });

  it('member-optionality-changed on a type that may be read or written', () => {
    check(
      ['- `AiSettings` interface · methods/ai.ts · { code_alias? } #11111111'],
      ['- `AiSettings` interface · methods/ai.ts · { code_alias } #11111111'],
      ['member-optionality-changed AiSettings members.code_alias'],
    );
  });

  it('member-types-changed: the hash changes with the same members (only then)', () => {
    check(
      ['- `AiService` interface · methods/ai.ts · { id, name } #11111111'],
      ['- `AiService` interface · methods/ai.ts · { id, name? } #22222222'],
      ['member-optionality-changed AiService members.name', 'member-types-changed AiService '],
    );
    check(
      ['- `AiService` interface · methods/ai.ts · { id } #11111111'],
      ['- `AiService` interface · methods/ai.ts · { id, x? } #22222222'],
      ['member-added-optional AiService members.x'],
    );
  });

  it('reads quoted member names, the empty list and raw FilterValues names', () => {
    check(
      ['- `AppInfoParams` interface · methods/app.ts · {  } #da39a3ee'],
      ['- `AppInfoParams` interface · methods/app.ts · { "user-agent"?, "a, b" } #11111111'],
      ['member-added-optional AppInfoParams members.user-agent', 'member-added-required AppInfoParams members.a, b'],
    );
    check(
      ['- `CrmCompanyListFilterValues` interface · methods/crm.ts · { ID, UF_... }'],
      ['- `CrmCompanyListFilterValues` interface · methods/crm.ts · { ID }'],
      ['member-removed CrmCompanyListFilterValues members.UF_...'],
    );
  });

  it('the alternatives form of Params (a type with a member list) is judged like the interface', () => {
    check(
      ['- `ImOpenParams` type · methods/im.ts · { A?, B? } #11111111'],
      ['- `ImOpenParams` type · methods/im.ts · { A, B? } #11111111'],
      ['member-became-required ImOpenParams members.A'],
    );
  });

  it('an interface that is not a member list is an opaque signature', () => {
    check(
      ['- `AiMethods` interface · api/ai.ts · 3 methods #e0c6a7eb'],
      ['- `AiMethods` interface · api/ai.ts · 4 methods #e0c6a7ec'],
      ['signature-changed AiMethods '],
    );
  });
});

describe('surfaceChanges: type aliases, consts, functions', () => {
  const t = (name: string, text: string) => `- \`${name}\` type · methods/app.ts · ${text}`;

  it('type-alias-changed when the text or the hash changes', () => {
    check([t('AppOptionGetResult', 'number')], [t('AppOptionGetResult', 'string')], ['type-alias-changed AppOptionGetResult ']);
    check(
      [t('CrmDealListFieldName', 'keyof CrmDealListFilterValues #11111111')],
      [t('CrmDealListFieldName', 'keyof CrmDealListFilterValues #22222222')],
      ['type-alias-changed CrmDealListFieldName '],
    );
  });

  it('type-union-member-removed only for a pure removal read from whole texts', () => {
    check([t('AppOptionGetParams', 'string | number')], [t('AppOptionGetParams', 'string')], ['type-union-member-removed AppOptionGetParams ']);
    check(
      [t('AppStatus', 'Record<string, A | B> | string | null')],
      [t('AppStatus', 'Record<string, A | B> | null')],
      ['type-union-member-removed AppStatus '],
    );
    // An output loses a literal: comparing with it no longer compiles.
    check([t('AppModeResult', '"a" | "b"')], [t('AppModeResult', '"a"')], ['type-union-member-removed AppModeResult ']);
    // An output that loses a non-literal member: readers are unaffected.
    check([t('AppOptionGetResult', 'string | null')], [t('AppOptionGetResult', 'string')], ['type-alias-changed AppOptionGetResult ']);
    // A member replaced by another may be a narrowing; a cut text cannot be split.
    check([t('AppStatus', 'Record<string, unknown> | string')], [t('AppStatus', 'Record<string, string> | string')], ['type-alias-changed AppStatus ']);
    check([t('AppStatus', 'A | B | C… #11111111')], [t('AppStatus', 'A | B… #22222222')], ['type-alias-changed AppStatus ']);
  });

  it('const-member-removed / const-member-added on error-code objects (codes may hold spaces)', () => {
    check(
      ['- `AppInfoErrorCode` const · methods/app.ts · { ACCESS_DENIED, Access denied }'],
      ['- `AppInfoErrorCode` const · methods/app.ts · { ACCESS_DENIED, NOT_FOUND }'],
      ['const-member-added AppInfoErrorCode members.NOT_FOUND', 'const-member-removed AppInfoErrorCode members.Access denied'],
    );
    check(
      ['- `SystemErrorCode` const · errors.ts · { }'],
      ['- `SystemErrorCode` const · errors.ts · { QUERY_LIMIT_EXCEEDED }'],
      ['const-member-added SystemErrorCode members.QUERY_LIMIT_EXCEEDED'],
    );
  });

  it('schema-changed for zod schema consts, signature-changed for the rest', () => {
    check(
      ['- `aiServiceSchema` const · zod/ai.ts · schema of AiService #11111111'],
      ['- `aiServiceSchema` const · zod/ai.ts · schema of AiService #22222222'],
      ['schema-changed aiServiceSchema '],
    );
    check(
      ['- `accessName` function · api/access.ts · Promise<access.AccessNameResult>'],
      ['- `accessName` function · api/access.ts · Promise<access.AccessNameItem>'],
      ['signature-changed accessName '],
    );
  });
});

describe('surfaceChanges: the change records', () => {
  it('names the export, its module, the severity, both lines, and a stable id', () => {
    const before = md(['- `AppInfoResult` interface · methods/app.ts · { ID } #11111111']);
    const after = md(['- `AppInfoResult` interface · methods/app.ts · { ID? } #11111111']);
    const [c, ...rest] = surfaceChanges(before, after);
    expect(rest).toEqual([]);
    expect(c).toMatchObject({
      rule: 'member-became-optional',
      severity: 'breaking',
      api: 'surface',
      method: 'AppInfoResult',
      namespace: 'methods/app.ts',
      path: 'members.ID',
      old: 'ID',
      new: 'ID?',
      oldSource: { file: 'api.md', line: 5 },
      newSource: { file: 'api.md', line: 5 },
    });
    expect(c?.id).toMatch(/^[0-9a-f]{16}$/);
    expect(surfaceChanges(before, after)[0]?.id).toBe(c?.id);
  });

  it('throws on an unparsable line, naming its number', () => {
    expect(() => surfaceChanges(md(['- `A` type · m.ts · number', 'garbage']), md([]))).toThrow(/line 6/);
    expect(() => surfaceChanges(md([]), md(['- `A` enum · m.ts · X']))).toThrow(/line 5: unknown kind "enum"/);
    expect(() => surfaceChanges(md([]), md(['- `A` interface · m.ts · { a: string }']))).not.toThrow();
    expect(() => surfaceChanges(md(['- `A` type · m.ts · x', '- `A` type · m.ts · y']), md([]))).toThrow(/line 6: `A` is listed twice/);
    expect(() => surfaceChanges(md([]), `${HEADER}- \`A\` type · m.ts · x\n# API surface of x\n`)).toThrow(/line 6/);
  });

  it('splits unions at the top level only', () => {
    expect(unionMembers('Record<string, A | B> | (() => C | D) | "x | y" | null')).toEqual(['Record<string, A | B>', '(() => C | D)', '"x | y"', 'null']);
    expect(unionMembers('Array<A')).toBeUndefined();
  });
});

describe('surface rules in the report', () => {
  it('every surface rule is registered with the spec rules and exercised above', () => {
    for (const r of SURFACE_RULES) {
      expect(ALL_RULES.get(r.id)?.module).toBe('surface');
      expect(RULES.has(r.id)).toBe(false);
    }
    expect([...seen].sort()).toEqual(SURFACE_RULES.map((r) => r.id).sort());
  });

  it('finishReport gives the semver: major for a breaking change, minor for an addition', () => {
    const opts = { oldLabel: 'a', newLabel: 'b' };
    const added = surfaceChanges(md([]), md(['- `A` type · m.ts · x']));
    expect(finishReport(added, opts).summary.semver).toBe('minor');
    expect(finishReport(surfaceChanges(md(['- `A` type · m.ts · x']), md([])), opts).summary.semver).toBe('major');
    expect(finishReport(surfaceChanges(md(['- `A` type · m.ts · x']), md(['- `A` type · m.ts · y'])), opts).summary.semver).toBe('patch');
  });

  it('the config accepts surface rule ids', () => {
    expect(parseDiffConfig({ diff: { severity: { 'export-added': 'off', 'member-types-changed': 'info' } } })).toEqual({
      severity: { 'export-added': 'off', 'member-types-changed': 'info' },
    });
    expect(() => parseDiffConfig({ diff: { severity: { 'export-addedd': 'off' } } })).toThrow(/names no rule: export-addedd/);
  });
});

describe('surfaceChanges on the real generated/api.md', () => {
  const real = readFileSync(new URL('../../generated/api.md', import.meta.url), 'utf8');

  it('parses every line and finds no change against itself', () => {
    expect(parseApiMd(real).length).toBe(real.split('\n').filter((l) => l.startsWith('- ')).length);
    expect(surfaceChanges(real, real)).toEqual([]);
  });

  it('finds exactly one removed line and one member made required', () => {
    const lines = real.split('\n');
    // The first Params interface with an optional member, and the first type alias (another line).
    const p = lines.findIndex((l) => /^- `\w+Params` interface · \S+ · \{ .*?\w\?[,\s]/.test(l));
    const gone = lines.findIndex((l, i) => i !== p && / type · /.test(l));
    const param = /^- `(\w+)`/.exec(lines[p]!)![1]!;
    const [optional, sep, member] = /([{,] )(\w+)\?/.exec(lines[p]!)!;
    const removed = /^- `(\w+)`/.exec(lines[gone]!)![1]!;
    const edited = lines.map((l, i) => (i === p ? l.replace(optional, `${sep}${member}`) : l)).filter((_, i) => i !== gone);
    expect(found_(real, edited.join('\n'))).toEqual([`export-removed ${removed} `, `member-became-required ${param} members.${member}`].sort());
  });
});

function found_(before: string, after: string): string[] {
  return surfaceChanges(before, after)
    .map((c) => `${c.rule} ${c.method} ${c.path}`)
    .sort();
}

/** conditions.ts: liquid if/elsif/else resolved on the raw text, line numbers kept, alone and in a parsed page. */
import { describe, expect, it } from 'vitest';
import type { Warning } from '../../../../generator/spec/schema.ts';
import { applyConditions, conditionHolds } from '../../../../generator/sources/yfm/parse/conditions.ts';
import { all, lineOf, md, parse, type AnyNode } from '../../../support/yfm-tree.ts';

describe('conditionHolds', () => {
  it.each([
    ["build == 'dev'", false],
    ['build == "dev"', false],
    ["build != 'dev'", true],
    ["audience == 'partners'", true],
  ])('%j → %s', (expr, want) => {
    expect(conditionHolds(expr)).toBe(want);
  });
});

/** The lines of a text with blanked spans trimmed away, so what was kept is easy to read. */
const kept = (text: string) => text.split('\n').map((l) => l.trim());

describe('applyConditions', () => {
  it('blanks the dev branch and the tags, keeping every line in place', () => {
    const warnings: Warning[] = [];
    const text = "a\n{% if build == 'dev' %}\ndev only\n{% else %}\nprod\n{% endif %}\nb";
    const out = applyConditions(text, 'p.md', warnings);
    expect(out.length).toBe(text.length);
    expect(kept(out)).toEqual(['a', '', '', '', 'prod', '', 'b']);
    expect(warnings).toEqual([]);
  });

  it('takes the first branch that holds in an elsif chain', () => {
    const out = applyConditions("{% if build == 'dev' %}one{% elsif x %}two{% else %}three{% endif %}", 'p.md', []);
    expect(out.trim()).toBe('two');
  });

  it('warns about a stray tag and an unclosed if, keeping the body', () => {
    const warnings: Warning[] = [];
    const out = applyConditions('x\n{% endif %}\n{% if y %}\nbody', 'p.md', warnings);
    expect(kept(out)).toEqual(['x', '', '', 'body']);
    expect(warnings.map((w) => [w.code, w.line])).toEqual([
      ['yfm-condition-stray', 2],
      ['yfm-condition-unclosed', 3],
    ]);
  });

  it('returns text without tags as it is', () => {
    expect(applyConditions('plain {{ var }}', 'p.md', [])).toBe('plain {{ var }}');
  });
});

describe('conditions in a parsed page', () => {
  it("drops {% if build == 'dev' %} bodies, keeps other conditions and keeps line numbers", () => {
    const text =
      "# T\n\n{% if build == 'dev' %}\n\n{% note alert \"TO-DO\" %}\n\n- todo\n\n{% endnote %}\n\n{% endif %}\n\n{% if lang == 'en' %}Kept{% endif %}\n\nAfter\n";
    const { tree } = parse(text);
    expect(all(tree, 'yfmNote')).toHaveLength(0);
    expect(md(tree)).toContain('Kept');
    const after = (tree.children as AnyNode[]).find((n) => md(n) === 'After');
    expect(after?.position?.start.line).toBe(lineOf(text, 'After'));
  });
});

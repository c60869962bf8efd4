/** The README's rule tables are the registry's: every rule with its default severity, and no rule the differ lacks. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../generator/diff/rules/index.ts';
import { SURFACE_RULES } from '../../generator/diff/surface.ts';

const readme = readFileSync(resolve('README.md'), 'utf8');
const rows = [...readme.matchAll(/^\| `([a-z0-9-]+)` +\| (breaking|warning|info) +\|/gm)].map((m) => [m[1], m[2]]);

describe('README: b24gen diff rules', () => {
  it('documents every spec and surface rule with its default severity', () => {
    const registry = [...[...RULES.values()].map((r) => [r.id, r.severity]), ...SURFACE_RULES.map((r) => [r.id, r.severity])];
    expect(rows.sort()).toEqual(registry.sort());
  });
});

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_MODULES, RULES } from '../../generator/diff/rules/index.ts';

const rulesDir = fileURLToPath(new URL('./rules/', import.meta.url));
const testText = readdirSync(rulesDir)
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => readFileSync(rulesDir + f, 'utf8'))
  .join('\n');

describe('rule test coverage', () => {
  it('every RULE_MODULES entry has its test file', () => {
    const missing = RULE_MODULES.map((m) => `${m.name}.test.ts`).filter((f) => !existsSync(rulesDir + f));
    expect(missing).toEqual([]);
  });

  it('every rule id in RULES appears in a rule test file', () => {
    const missing = [...RULES.keys()].filter((id) => !testText.includes(`'${id}'`));
    expect(missing).toEqual([]);
  });

  it("each rule id appears in its own module's test file", () => {
    const misplaced = [...RULES.entries()].filter(([id, r]) => !readFileSync(`${rulesDir}${r.module}.test.ts`, 'utf8').includes(`'${id}'`)).map(([id]) => id);
    expect(misplaced).toEqual([]);
  });
});

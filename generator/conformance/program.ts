/**
 * The pure half of the check: examples → TS files (one per namespace) that assign each body to its
 * method's generated params type, plus the map from every statement back to its example.
 */
import type { MethodSpec } from '../spec/schema.ts';
import { fileStem, namespaceOf } from '../targets/typescript/index.ts';
import { collectCases, type CaseOptions } from './examples.ts';
import { literalText, NEVER_VALUE } from './literal.ts';
import { TYPE_ALIAS_PREFIX, type BodyPatch, type Check, type ConformanceProgram, type ExampleCase } from './types.ts';

export interface ProgramOptions extends CaseOptions {
  /** Module specifier of the generated `src` folder as seen from the check files (default `../src`). */
  importFrom?: string;
}

/** Check files and statement map for every request example of `specs` (the first round of a run). */
export function buildConformanceProgram(specs: MethodSpec[], options: ProgramOptions = {}): ConformanceProgram {
  return programForCases(collectCases(specs, options), new Map(), options);
}

/** Check files for the given examples; `patches` (by case key) stub out what earlier rounds reported. */
export function programForCases(cases: ExampleCase[], patches: Map<string, BodyPatch>, options: Pick<ProgramOptions, 'importFrom'> = {}): ConformanceProgram {
  const from = (options.importFrom ?? '../src').replace(/\/$/, '');
  const byFile = new Map<string, ExampleCase[]>();
  for (const c of cases) {
    if (c.skip !== undefined || c.undocumentedKeys.length > 0) continue;
    const file = checkFileOf(c);
    byFile.set(file, [...(byFile.get(file) ?? []), c]);
  }
  const files = new Map<string, string>();
  const checks: Check[] = [];
  let index = 0;
  for (const file of [...byFile.keys()].sort()) {
    const group = byFile.get(file)!;
    const roots = [...new Set(group.map((c) => c.root))].sort();
    const lines: string[] = [
      '// Doc-example conformance checks, written by `b24gen conformance`: each request (response) example of the',
      "// docs assigned to its method's generated params (result) type. Not for editing.",
    ];
    for (const root of roots) lines.push(`import type { ${root} } from '${from}/${root === 'VibeOperations' ? 'vibe' : 'methods'}.js';`);
    lines.push(`declare const ${NEVER_VALUE}: never;`);
    for (const c of group) {
      index++;
      const lit = literalText(c.body, patches.get(c.key));
      lines.push('', `// ${oneLine(`${c.method} ${c.exampleId} ${c.file}${c.line ? `:${c.line}` : ''}`)}`);
      lines.push(`type ${TYPE_ALIAS_PREFIX}${index} = ${c.typeExpr};`);
      const typeLine = lines.length;
      lines.push(`export const __ex_${index}: ${TYPE_ALIAS_PREFIX}${index} = ${lit.lines[0]!}`, ...lit.lines.slice(1));
      lines[lines.length - 1] += ';';
      checks.push({ index, example: c, tsFile: file, typeLine, declLine: typeLine + 1, paths: lit.paths });
    }
    files.set(file, `${lines.join('\n')}\n`);
  }
  return { files, checks };
}

/**
 * The check file of an example: its namespace, REST 3.0 apart (its methods live in `MethodsV3`), Vibe
 * in one file; response checks in their own files, so both sides can share one program.
 */
export function checkFileOf(c: Pick<ExampleCase, 'api' | 'method' | 'root' | 'side'>): string {
  const side = c.side === 'response' || c.side === 'error' ? `.${c.side}` : '';
  // fileStem never starts with "_", so "_vibe" cannot collide with a REST namespace.
  if (c.api === 'vibe') return `_vibe${side}.ts`;
  const stem = fileStem(namespaceOf(c.method));
  return c.root === 'MethodsV3' ? `${stem}.v3${side}.ts` : `${stem}${side}.ts`;
}

/** Text safe inside a `//` comment (no line breaks). */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

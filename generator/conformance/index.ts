/**
 * Doc-example conformance: every request example of the docs is type-checked against the generated
 * params type of its method; mismatches are doc bugs (the example disagrees with the page's own
 * table) or parser bugs (the spec misreads the page). Pure steps in program/diagnostics/verdict/
 * report, the compiler and the file system in compile/run.
 */
export { buildConformanceProgram, programForCases, checkFileOf, type ProgramOptions } from './program.ts';
export { collectCases, exampleCase, type CaseOptions } from './examples.ts';
export { literalText, formatPath, pathKey } from './literal.ts';
export { mapDiagnostics, findingsOf, type Finding } from './diagnostics.ts';
export { judge, type Judgement } from './verdict.ts';
export { buildReport, compareMismatches } from './report.ts';
export { createCheckSession, checkOptions, CHECK_FOLDER, type CheckSession } from './compile.ts';
export { runConformance, type ConformanceOptions, type ConformanceRun, type ConformanceTiming } from './run.ts';
export { renderText, renderMarkdown, renderJson, mismatchLine } from './render.ts';
export { TYPE_ALIAS_PREFIX, ANY_TYPE_CODE } from './types.ts';
export type * from './types.ts';

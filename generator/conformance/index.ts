/**
 * Doc-example conformance: every request example of the docs is type-checked against the generated
 * params type of its method, or (side `response`) every response example against its result type;
 * mismatches are doc bugs (the example disagrees with the page's own table), parser bugs (the spec
 * misreads the page) or, for responses, wire forms the types do not model yet. Pure steps in
 * program/diagnostics/verdict/report, the compiler and the file system in compile/run.
 */
export { buildConformanceProgram, programForCases, checkFileOf, type ProgramOptions } from './program.ts';
export { collectCases, exampleCase, collectResponseCases, responseCase, responseTargetOf, wrapResult, type CaseOptions } from './examples.ts';
export { literalText, formatPath, pathKey } from './literal.ts';
export { mapDiagnostics, findingsOf, type Finding } from './diagnostics.ts';
export { judge, type Judgement } from './verdict.ts';
export { judgeResponse, wireForm, wireByMessage } from './verdict-response.ts';
export { buildReport, compareMismatches } from './report.ts';
export { createCheckSession, checkOptions, CHECK_FOLDER, type CheckSession } from './compile.ts';
export { runConformance, type ConformanceOptions, type ConformanceRun, type ConformanceTiming } from './run.ts';
export { renderText, renderMarkdown, renderJson, mismatchLine } from './render.ts';
export { TYPE_ALIAS_PREFIX, ANY_TYPE_CODE, OPAQUE_TYPE_CODE } from './types.ts';
export type * from './types.ts';

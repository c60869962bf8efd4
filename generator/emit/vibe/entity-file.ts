/**
 * src/vibe/<entity>.ts: per operation `XxxPath`, `XxxQuery`, `XxxBody` (params split by `in`), list
 * types, `XxxItem`, `XxxResult` (the unwrapped `data`) and `XxxErrorCode`.
 */
import type { StatementStructures } from 'ts-morph';
import type { Param } from '../../spec/schema.ts';
import { errorCodeStatements } from '../errors/codes.ts';
import { FileContext, summary } from '../file-context.ts';
import { listTypeStatements } from '../filters/rest.ts';
import { docCode, docs } from '../jsdoc.ts';
import type { EmitModel, MethodModel } from '../model.ts';
import { listItemText, paramsStatement, resultIsPlainArray, resultStatement } from '../types/method.ts';
import { sortMethods } from '../types/rest-file.ts';
import type { TypeTextContext } from '../types/type-text.ts';
import { StructureKind } from 'ts-morph';

/** Where a Vibe param travels when the docs do not say: GET/DELETE → query, otherwise body. */
export function paramLocation(m: MethodModel, p: Param): 'path' | 'query' | 'body' | 'header' {
  if (p.in) return p.in;
  const verb = m.spec.http?.verb ?? m.key.split(' ')[0];
  return verb === 'GET' || verb === 'DELETE' ? 'query' : 'body';
}

/** Which parts a Vibe operation declares (absent part → `{}` for path/query, `never` for body). */
export interface VibeParts {
  path: boolean;
  query: boolean;
  body: boolean;
}

/** Statements and exports of one Vibe entity file, plus which parts each operation declared. */
export function emitVibeEntityFile(
  model: EmitModel,
  path: string,
  ops: MethodModel[],
): { file: FileContext; statements: StatementStructures[]; parts: Map<MethodModel, VibeParts> } {
  const file = new FileContext(path);
  const body: StatementStructures[] = [];
  const parts = new Map<MethodModel, VibeParts>();
  for (const m of sortMethods(ops)) {
    const n = m.names;
    body.push(...errorCodeStatements(n.type('ErrorCode'), m.spec.errors, docCode(m.key), file));
    const list = listTypeStatements(model, m, file);
    body.push(...list.statements);
    const verb = m.spec.http?.verb ?? m.key.split(' ')[0];
    const listIn = verb === 'GET' || verb === 'DELETE' ? 'query' : 'body';
    const byIn = (where: string) => m.spec.params.filter((p) => paramLocation(m, p) === where);
    const declared: VibeParts = { path: false, query: false, body: false };
    for (const where of ['path', 'query', 'body'] as const) {
      const params = byIn(where);
      const listHere = where === listIn && list.overrides.size > 0 ? list : undefined;
      if (params.length === 0 && !listHere) continue;
      declared[where] = true;
      const suffix = where === 'path' ? 'Path' : where === 'query' ? 'Query' : 'Body';
      body.push(paramsStatement(model, m, file, params, n.type(suffix), listHere, { doc: false, untyped: false }));
    }
    parts.set(m, declared);
    const ctx: TypeTextContext = { scope: m.scope, file, mode: 'output' };
    const item = m.spec.list ? listItemText(m, ctx, list.entity) : undefined;
    if (item !== undefined) {
      file.exported(n.type('Item'), 'type', summary(item));
      body.push({
        kind: StructureKind.TypeAlias,
        name: n.type('Item'),
        isExported: true,
        docs: docs({ trusted: [`One item of ${docCode(m.key)}.`] }),
        type: item,
      });
    }
    body.push(resultStatement(model, m, file, ctx, item !== undefined && resultIsPlainArray(m) ? `${n.type('Item')}[]` : undefined, true));
  }
  return { file, statements: [...file.importStructures(), ...body], parts };
}

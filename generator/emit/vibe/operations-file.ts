/** src/vibe.ts: the `VibeOperations` map keyed by "VERB /v1/path" (type-only). */
import { StructureKind, type StatementStructures } from 'ts-morph';
import { documentedCodes } from '../errors/codes.ts';
import { FileContext } from '../file-context.ts';
import { docs } from '../jsdoc.ts';
import type { EmitModel, MethodModel } from '../model.ts';
import { quote } from '../naming.ts';
import { ERRORS_FILE, VIBE_FILE } from '../paths.ts';
import { sortMethods } from '../types/rest-file.ts';
import { methodDoc } from '../types/method-doc.ts';
import type { VibeParts } from './entity-file.ts';

/** Statements and exports of src/vibe.ts. */
export function emitVibeOperationsFile(model: EmitModel, parts: Map<MethodModel, VibeParts>): { file: FileContext; statements: StatementStructures[] } {
  const file = new FileContext(VIBE_FILE);
  // Imported only when an entry uses it (an empty map must not leave an unused import).
  const system = () => file.useType('VibeSystemErrorCode', ERRORS_FILE);
  const props = sortMethods(model.vibe).map((m) => {
    const n = m.names;
    const t = (suffix: Parameters<typeof n.type>[0]) => file.useTypeQualified(n.type(suffix), m.typesFile);
    const p = parts.get(m) ?? { path: false, query: false, body: false };
    const codes = documentedCodes(m.spec.errors).length > 0 ? `${t('ErrorCode')} | ${system()}` : system();
    const list = m.spec.list ? `{ item: ${t('Item')} }` : 'never';
    return {
      kind: StructureKind.PropertySignature as const,
      name: quote(m.key),
      docs: docs(methodDoc(model, m, file.file, { short: true })),
      type: `{\npath: ${p.path ? t('Path') : '{}'};\nquery: ${p.query ? t('Query') : '{}'};\nbody: ${p.body ? t('Body') : 'never'};\nresult: ${t('Result')};\nerrorCode: ${codes};\nlist: ${list};\n}`,
    };
  });
  file.exported('VibeOperations', 'interface', `${props.length} operations`, props.map((p) => `${p.name}:${p.type}`).join(';'));
  const statements: StatementStructures[] = [
    ...file.importStructures(),
    {
      kind: StructureKind.Interface,
      name: 'VibeOperations',
      isExported: true,
      docs: docs({ trusted: ['Every Vibe REST operation: path/query/body parameters, the unwrapped `data`, error codes, list item.'] }),
      properties: props,
    },
  ];
  return { file, statements };
}

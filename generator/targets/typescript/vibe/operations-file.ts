/** src/vibe.ts: the `VibeOperations` map keyed by "VERB /v1/path" (type-only). */
import { StructureKind, type StatementStructures } from 'ts-morph';
import { type Plan, documentedCodes } from '../../plan/index.ts';
import { FileContext } from '../common/file-context.ts';
import { docs } from '../common/jsdoc.ts';
import { quote } from '../common/identifiers.ts';
import { ERRORS_FILE, methodTypesFile, VIBE_FILE } from '../common/paths.ts';
import { methodDoc } from '../common/method-doc.ts';

/** Statements and exports of src/vibe.ts. */
export function emitVibeOperationsFile(model: Plan): { file: FileContext; statements: StatementStructures[] } {
  const file = new FileContext(VIBE_FILE);
  // Imported only when an entry uses it (an empty map must not leave an unused import).
  const system = () => file.useType('VibeSystemErrorCode', ERRORS_FILE);
  const props = model.vibe.map((m) => {
    const n = m.names;
    const t = (suffix: Parameters<typeof n.type>[0]) => file.useTypeQualified(n.type(suffix), methodTypesFile(m));
    const p = m.vibe!.declares;
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

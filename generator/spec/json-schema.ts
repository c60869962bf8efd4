/** The spec schema as JSON Schema, derived from the zod definitions (never written by hand). */
import { z } from 'zod';
import { ErrorCatalogue, MethodSpecFile, ProvenanceSidecar, SpecIndex, TypeCatalogue } from './schema.ts';

/** JSON Schema (draft 2020-12) text for method spec files, catalogues, provenance sidecars and the index. */
export function specJsonSchemaText(): string {
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://b24gen.dev/spec.schema.json',
    title: 'b24gen method spec',
    description:
      'One file per method in specs/rest and specs/vibe; catalogues in specs/_shared; specs/index.json. Line numbers and source hashes are in specs/_provenance/<same path> (ProvenanceSidecar).',
    ...z.toJSONSchema(MethodSpecFile, { unrepresentable: 'any', io: 'input' }),
  };
  const others = {
    ErrorCatalogue: z.toJSONSchema(ErrorCatalogue, { unrepresentable: 'any', io: 'input' }),
    TypeCatalogue: z.toJSONSchema(TypeCatalogue, { unrepresentable: 'any', io: 'input' }),
    SpecIndex: z.toJSONSchema(SpecIndex, { unrepresentable: 'any', io: 'input' }),
    ProvenanceSidecar: z.toJSONSchema(ProvenanceSidecar, { unrepresentable: 'any', io: 'input' }),
  };
  return `${JSON.stringify({ ...schema, $comment: 'Catalogue, index and provenance sidecar schemas are under x-documents.', 'x-documents': others }, null, 2)}\n`;
}

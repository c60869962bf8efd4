/**
 * The b24gen spec: the one intermediate representation every stage shares.
 * Readers produce it, emitters and the differ consume it; every TS type in the
 * toolkit that describes spec data is inferred from these zod schemas.
 */
import { z } from 'zod';

/**
 * Bump when a consumer must change to read new specs.
 * 2: line numbers and sha256 moved out of the API files into the provenance sidecar (specs/_provenance/).
 */
export const SPEC_VERSION = 2;

/** Where a fact came from, and whether it was read from the docs or inferred from other evidence. */
export const Provenance = z
  .object({
    file: z.string().describe('Source file, relative to the input root it was read from'),
    line: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('1-based line of the fact in that file. Files under specs/ leave it out: it is in the provenance sidecar'),
    how: z.enum(['read', 'inferred']),
    evidence: z
      .string()
      .optional()
      .describe('What the fact was read or inferred from, e.g. "table", "request-example", "response-example", "system-error-wording", "prose"'),
  })
  .strict();
export type Provenance = z.infer<typeof Provenance>;

/**
 * Primitive kinds after mapping the docs' type vocabulary (spec/vocabulary.ts).
 * `any` and `unknown` are different facts: `any` is a type the docs state that admits any value (`any`,
 * `mixed`, a file, the members of a bare `array` or `object`); `unknown` means we have no type: the
 * docs give none, or one we cannot read (its word is kept in `docType`). Emitters may render both the
 * same way; the coverage report counts `any` as documented-open and `unknown` as untyped.
 */
export const ScalarName = z
  .enum(['string', 'integer', 'number', 'boolean', 'null', 'any', 'unknown'])
  .describe(
    '"any": the docs state a type that admits any value (any, mixed, file, members of a bare array/object); "unknown": no type could be read (none given, or a word outside the vocabulary, kept in docType)',
  );
export type ScalarName = z.infer<typeof ScalarName>;

/** Extra meaning a scalar carries (the doc's own type name, when it is narrower than the scalar). */
export const ScalarFormat = z.enum(['date', 'datetime', 'time', 'timestamp', 'char', 'text', 'file', 'yn', 'id', 'double', 'binary']);
export type ScalarFormat = z.infer<typeof ScalarFormat>;

/**
 * How the portal sends a scalar, as the docs' response examples show it (the wire model, link/wire-model.ts):
 * `numeric-string` "43", "12500.00" (also ""), `number` 43, `yn` "Y"/"N", `boolean` true/false, `string` any other string.
 */
export const WireForm = z
  .enum(['numeric-string', 'number', 'yn', 'boolean', 'string'])
  .describe('What the portal sends for the scalar: numeric-string ("43", "12500.00"), number (43), yn ("Y"/"N"), boolean (true/false), string (other text)');
export type WireForm = z.infer<typeof WireForm>;

/** The wire form of a result scalar, with where it was decided. */
export const Wire = z
  .object({
    sends: WireForm,
    nullable: z.boolean().optional().describe('A response example shows null for this value'),
    also: z
      .array(WireForm)
      .optional()
      .describe('Other forms the response examples show for the same value (one example sends "43", another 43), sorted; `sends` is the most frequent'),
    how: z.enum(['read', 'inferred']).describe('"read": a response example shows this value; "inferred": decided from other values (see evidence)'),
    evidence: z
      .string()
      .describe(
        '"response-example" (read); "list-response-example:<list method>" (read from the items of the list whose entity this type is); "method-response-example" (the same method\'s example shows its other values of this kind so); "namespace-majority:<api>:<namespace>" or "api-majority:<api>" (the measured majority of the response examples of that family); "api-default:<api>" (no example in the family)',
      ),
  })
  .strict();
export type Wire = z.infer<typeof Wire>;

export const EnumValue = z
  .object({
    value: z.union([z.string(), z.number(), z.boolean()]),
    description: z.string().optional(),
  })
  .strict();
export type EnumValue = z.infer<typeof EnumValue>;

/** A reference to a type: scalars, arrays, objects with fields, enums, named types, unions. */
export type TypeRef =
  | { kind: 'scalar'; name: ScalarName; format?: ScalarFormat | undefined; docType?: string | undefined; wire?: Wire | undefined }
  | { kind: 'array'; items: TypeRef }
  | { kind: 'object'; fields: Field[]; additional?: TypeRef | undefined; additionalKeys?: string[] | undefined }
  | { kind: 'map'; values: TypeRef; keys?: 'string' | 'integer' | undefined; keysOf?: string | undefined }
  | { kind: 'enum'; base: 'string' | 'integer'; values: EnumValue[]; open: boolean; source?: Provenance | undefined; wire?: Wire | undefined }
  | { kind: 'ref'; name: string; shared?: boolean | undefined }
  | { kind: 'union'; anyOf: TypeRef[] };

/** A named field of an object type (response fields, nested param structures, entity fields). */
export type Field = {
  id: string;
  name: string;
  aliases?: string[] | undefined;
  type: TypeRef;
  required: boolean | 'unknown';
  readOnly?: boolean | undefined;
  description?: string | undefined;
  default?: unknown;
  deprecated?: boolean | undefined;
  fieldsRef?: FieldsRef | undefined;
  nullable?: boolean | undefined;
  presence?: Provenance | undefined;
  emptyArray?: Provenance | undefined;
  source: Provenance;
};

export const TypeRef: z.ZodType<TypeRef> = z.lazy(() =>
  z
    .discriminatedUnion('kind', [
      z
        .object({
          kind: z.literal('scalar'),
          name: ScalarName,
          format: ScalarFormat.optional(),
          docType: z.string().optional().describe('The type name as the docs write it'),
          wire: Wire.optional().describe('Results only: how the portal sends the value (the wire model); absent where no result reaches the scalar'),
        })
        .strict(),
      z.object({ kind: z.literal('array'), items: TypeRef }).strict(),
      z
        .object({
          kind: z.literal('object'),
          fields: z.array(Field),
          additional: TypeRef.optional().describe('Type of keys not listed (e.g. UF_* custom fields)'),
          additionalKeys: z
            .array(z.string().regex(/^[A-Za-z0-9_]+$/))
            .optional()
            .describe('Literal prefixes of the keys `additional` covers (["UF_"]); absent: any key'),
        })
        .strict(),
      z
        .object({
          kind: z.literal('map'),
          values: TypeRef,
          keys: z.enum(['string', 'integer']).optional(),
          keysOf: z
            .string()
            .optional()
            .describe("A named type in this spec's `types` whose field names the keys are (the page links the keys to that field table)"),
        })
        .strict(),
      z
        .object({
          kind: z.literal('enum'),
          base: z.enum(['string', 'integer']),
          values: z.array(EnumValue),
          open: z.boolean().describe('True when the server may send values the docs do not list'),
          source: Provenance.optional().describe('Where the values were read: the list or sentence that names them (evidence "value-list")'),
          wire: Wire.optional().describe('Results only: how the portal sends the value (an integer enum may arrive as "1")'),
        })
        .strict(),
      z
        .object({
          kind: z.literal('ref'),
          name: z.string().describe("A name in this spec's `types`, or in the shared catalogue when `shared`"),
          shared: z.boolean().optional(),
        })
        .strict(),
      z.object({ kind: z.literal('union'), anyOf: z.array(TypeRef).min(2) }).strict(),
    ])
    .meta({ id: 'TypeRef' }),
) as z.ZodType<TypeRef>;

export const Field: z.ZodType<Field> = z.lazy(() =>
  z
    .object({
      id: z.string().describe('Stable identity within the method, e.g. "result.PHONE[].VALUE"'),
      name: z.string(),
      aliases: z.array(z.string()).optional(),
      type: TypeRef,
      required: z.union([z.boolean(), z.literal('unknown')]),
      readOnly: z.boolean().optional(),
      description: z.string().optional(),
      default: z.unknown().optional(),
      deprecated: z.boolean().optional(),
      fieldsRef: FieldsRef.optional().describe(
        "The page (and anchor) that documents this field's structure, when its own page leaves it opaque and links there; the link stage types the field from it",
      ),
      nullable: z
        .boolean()
        .optional()
        .describe(
          'Result fields: the portal may send null here (the docs say so, or a response example shows null); its provenance is facts["<field id>.nullable"]',
        ),
      presence: Provenance.optional().describe(
        'Result fields: where `required: true` came from when not from the row itself: the response example that shows the field (evidence "response-example") or the rule that a single record carries its documented fields (evidence "record-fields")',
      ),
      emptyArray: Provenance.optional().describe(
        'Result fields whose type is an object or map: the portal sends `[]` for it when it has no entries (PHP encodes an empty associative array as `[]`). Evidence "response-example" (read: the method\'s response example shows `[]` here), "response-example:<method>" (inferred: the same documented field shows `[]` in that method\'s example), "php-empty-map" (inferred: a map keyed by ids, a collection PHP sends as `[]` whenever it has no items)',
      ),
      source: Provenance,
    })
    .strict()
    .meta({ id: 'Field' }),
) as z.ZodType<Field>;

/** Where a Vibe (or HTTP-level) parameter travels. */
export const ParamLocation = z.enum(['path', 'query', 'body', 'header']);

/** Another method whose page documents an object's fields (read from a link in the description). */
export const FieldsRef = z
  .object({
    page: z.string().describe('The linked page, corpus-relative'),
    method: z.string().optional().describe('The method the link (or the description, in code) names, as written'),
    param: z.string().optional().describe('The parameter of that method the description names ("the PARAMS parameter of …"); default: the same name'),
    anchor: z.string().optional().describe('The heading anchor the link points to on that page ("category" of `crm-category-add.md#category`)'),
  })
  .strict();
export type FieldsRef = z.infer<typeof FieldsRef>;

/** A method parameter: a field, plus where it goes for HTTP-shaped APIs. */
export const Param = z
  .object({
    id: z.string().describe('Stable identity, e.g. "param:id"'),
    name: z.string(),
    aliases: z.array(z.string()).optional(),
    in: ParamLocation.optional().describe('Vibe only: path, query or body'),
    type: TypeRef,
    required: z.union([z.boolean(), z.literal('unknown')]),
    description: z.string().optional(),
    default: z.unknown().optional(),
    deprecated: z.boolean().optional(),
    fieldsRef: FieldsRef.optional().describe(
      "The page that documents this object's fields, when the param's own page points there instead of listing them; the link stage types the param from it",
    ),
    source: Provenance,
  })
  .strict();
export type Param = z.infer<typeof Param>;

/** A type declared once per spec and referenced by `{kind:'ref', name}`. */
export const NamedType = z
  .object({
    name: z.string(),
    description: z.string().optional(),
    type: TypeRef,
    source: Provenance,
  })
  .strict();
export type NamedType = z.infer<typeof NamedType>;

/** A group of params of which a call must carry at least one ("At least one of `IBLOCK_ID` or `IBLOCK_CODE`"). */
export const Alternative = z
  .object({
    id: z.string().describe('Stable identity: "alt:" + the member paths joined by "|" (alternativeId in spec/ids.ts)'),
    params: z.array(z.string()).min(2).describe('Member param paths as in param ids without "param:" ("IBLOCK_ID", "fields.uuid"), in code-unit order'),
    source: Provenance,
  })
  .strict();
export type Alternative = z.infer<typeof Alternative>;

/** One documented error of a method. */
export const ErrorEntry = z
  .object({
    id: z.string().describe('Stable identity: "error:CODE", or "error:msg:<slug>" when the docs give no code'),
    code: z.string().nullable().describe('null when the docs give no code (placeholders such as 0 or "Empty value")'),
    status: z.number().int().nullable(),
    message: z.string().nullable().describe('The error_description / message text as documented'),
    description: z.string().optional().describe('Human explanation'),
    source: Provenance,
  })
  .strict();
export type ErrorEntry = z.infer<typeof ErrorEntry>;

/** A documented example: a request body, a response, an error response. */
export const Example = z
  .object({
    id: z.string(),
    kind: z.enum(['request', 'response', 'error']),
    title: z.string().optional(),
    language: z.string().optional().describe('curl, js, php, json, … as found'),
    status: z.number().int().optional(),
    json: z.unknown().optional().describe('The parsed JSON body, when the example carries one'),
    raw: z.string().optional().describe('The example text when it could not be parsed as JSON'),
    source: Provenance,
  })
  .strict();
export type Example = z.infer<typeof Example>;

export const Deprecation = z.union([
  z.literal(false),
  z
    .object({
      successor: z.string().nullable().describe('The method to use instead, when the docs name one'),
      note: z.string().optional(),
      source: Provenance,
    })
    .strict(),
]);
export type Deprecation = z.infer<typeof Deprecation>;

/** A filter operator prefix as REST 1 writes it before a field name ("" is equality). */
export const PREFIX_OPERATOR_PATTERN = /^[=!<>@%?]{0,3}$/;
/** A REST 3.0 operator as written inside a `[field, operator, value]` condition: symbols, or one lower-case word (`in`, `between`). */
export const V3_OPERATOR_PATTERN = /^(?:[=!<>]{1,2}|[a-z][A-Za-z]{1,15})$/;

/** Filter operators as the docs write them: REST 1 prefixes, REST 3.0 symbols and words. */
export const FilterOperator = z
  .string()
  .regex(/^(?:[=!<>@%?]{0,3}|[a-z][A-Za-z]{1,15})$/)
  .describe('A REST 1 prefix (^[=!<>@%?]{0,3}$, "" is equality) or a REST 3.0 operator (a symbol run or a lower-case word such as "in", "between")');

/** What a list method pages and filters by. */
export const ListSemantics = z
  .object({
    paging: z.enum(['start', 'offset', 'page', 'none']),
    pageSize: z.number().int().positive().nullable(),
    startParam: z.string().optional(),
    nextField: z.string().optional(),
    totalField: z.string().optional(),
    idCursor: z.boolean().describe('True when the method sorts by ID and accepts start=-1 with a >ID filter (fast paging)'),
    idField: z
      .string()
      .optional()
      .describe("The entity's id field that id-cursor paging filters and sorts by, as the method spells it (`ID`, crm.item.list's `id`); absent: `ID`"),
    filter: z
      .object({
        param: z.string(),
        syntax: z.enum(['prefix', 'v3-array', 'vibe']),
        operators: z
          .array(FilterOperator)
          .describe(
            'Operators the page documents, as written. "" is equality: no prefix (REST 1), or the two-element condition ["field", value] (REST 3.0). Their provenance is facts["list.filter.operators"]',
          ),
        objectOperators: z
          .array(z.string().regex(/^\$[A-Za-z]+$/))
          .optional()
          .describe("Vibe only: operators written inside a field's object, e.g. { amount: { $gte: 100 } }"),
        logic: z.boolean().describe('Whether LOGIC/OR groups are accepted'),
      })
      .strict()
      .nullable(),
    select: z
      .object({ param: z.string(), masks: z.array(z.string()) })
      .strict()
      .nullable(),
    order: z.object({ param: z.string() }).strict().nullable(),
    entity: z
      .object({
        method: z.string().describe("The method whose result documents the entity's fields"),
        type: z.string().describe("The named type in that method's spec that holds the fields"),
        customFields: z
          .string()
          .optional()
          .describe('Patterns of field names the entity lists no row for (custom fields), e.g. "UF_*"; several are joined by " | " ("UF_* | ufCrm*")'),
      })
      .strict()
      .nullable(),
    source: Provenance,
  })
  .strict();
export type ListSemantics = z.infer<typeof ListSemantics>;

export const Warning = z
  .object({
    code: z.string().describe('A stable kind, e.g. "dangling-anchor", "truncated-page", "unknown-type"'),
    message: z.string(),
    file: z.string(),
    line: z.number().int().positive().optional().describe('Left out of spec files under specs/: it is in the provenance sidecar'),
  })
  .strict();
export type Warning = z.infer<typeof Warning>;

export const SourceFile = z
  .object({
    path: z.string(),
    reader: z.enum(['scraped-text', 'yfm-markdown', 'vibe-page', 'vibe-entity-page']),
    sha256: z.string().describe('Of the file as read; spec files under specs/ leave it out: it is in the provenance sidecar'),
    truncated: z.boolean().optional(),
  })
  .strict();
export type SourceFile = z.infer<typeof SourceFile>;

/** One method (REST) or operation (Vibe). */
export const MethodSpec = z
  .object({
    specVersion: z.literal(SPEC_VERSION),
    id: z.string().describe('Stable identity across doc versions: "rest:<lower-cased name>[@v3]" or "vibe:<VERB> <path>"'),
    api: z.enum(['rest', 'vibe']),
    method: z.string().describe('The documented name (REST) or the operation name (Vibe, e.g. "contacts.get")'),
    restVersion: z.enum(['1', '3']).optional(),
    http: z
      .object({ verb: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']), path: z.string().regex(/^\//) })
      .strict()
      .optional(),
    title: z.string(),
    description: z.string(),
    scope: z.array(z.string()),
    access: z.string().nullable().describe('Who can execute the method, as documented'),
    deprecated: Deprecation,
    params: z.array(Param),
    alternatives: z
      .array(Alternative)
      .default([])
      .describe('Groups of params of which a call must carry at least one; each member alone is optional. Sorted by id'),
    paramsDocumented: z
      .enum(['table', 'none', 'missing'])
      .describe('"none": the page says there are no parameters; "missing": the page gives no parameter section'),
    result: z
      .object({
        type: TypeRef,
        description: z.string().optional(),
        fieldsRef: FieldsRef.optional().describe(
          'The page (and anchor) the `result` row links for a structure its own page leaves opaque ("Contains the [category](./crm-category-add.md#category) object")',
        ),
        source: Provenance,
      })
      .strict()
      .nullable(),
    types: z.array(NamedType).describe('Named types, declared once, sorted by name'),
    errors: z.array(ErrorEntry),
    systemErrors: z.enum(['rest', 'vibe']).nullable().describe('Which shared system-error catalogue applies (specs/_shared/*-errors.json)'),
    list: ListSemantics.nullable(),
    examples: z.array(Example),
    seeAlso: z.array(z.string()),
    facts: z.record(z.string(), Provenance).describe('Provenance of top-level facts (title, scope, access, deprecated, result, list, …)'),
    sources: z.array(SourceFile),
    warnings: z.array(Warning),
  })
  .strict();
export type MethodSpec = z.infer<typeof MethodSpec>;

/**
 * A method spec as written to specs/: the sidecar holds `sources[].sha256` and the lines, so the writer
 * leaves them out (a hand-written spec may keep them inline).
 */
export const MethodSpecFile = MethodSpec.extend({ sources: z.array(SourceFile.partial({ sha256: true })) });

/**
 * specs/_provenance/<path of an API file>: what moves when a doc is edited without changing the API, kept
 * out of the API file so that `git diff specs/` after a docs update shows API changes, not line churn.
 * Merged back on read, so the in-memory spec carries its lines and hashes as before.
 */
export const ProvenanceSidecar = z
  .object({
    specVersion: z.literal(SPEC_VERSION),
    sha256: z.record(z.string(), z.string()).describe("sha256 of each source file, by its path (the spec's sources[].path)"),
    lines: z
      .record(z.string().regex(/^(\/[^/]*)+$/), z.number().int().positive())
      .describe('1-based line of each provenance or warning object, keyed by the JSON Pointer of that object in the API file'),
  })
  .strict();
export type ProvenanceSidecar = z.infer<typeof ProvenanceSidecar>;

/** A shared catalogue of errors every method of an API may return. */
export const ErrorCatalogue = z
  .object({
    specVersion: z.literal(SPEC_VERSION),
    id: z.string(),
    api: z.enum(['rest', 'vibe']),
    errors: z.array(ErrorEntry),
  })
  .strict();
export type ErrorCatalogue = z.infer<typeof ErrorCatalogue>;

/** specs/index.json: what is in specs/, for consumers and for the differ. */
export const SpecIndex = z
  .object({
    specVersion: z.literal(SPEC_VERSION),
    methods: z.array(
      z
        .object({
          id: z.string(),
          api: z.enum(['rest', 'vibe']),
          method: z.string(),
          file: z.string(),
          deprecated: z.boolean(),
        })
        .strict(),
    ),
    shared: z.array(z.string()),
  })
  .strict();
export type SpecIndex = z.infer<typeof SpecIndex>;

/** A shared catalogue of named types (section data-types pages), referenced with `{kind:'ref', shared:true}`. */
export const TypeCatalogue = z
  .object({
    specVersion: z.literal(SPEC_VERSION),
    id: z.string(),
    types: z.array(NamedType),
  })
  .strict();
export type TypeCatalogue = z.infer<typeof TypeCatalogue>;

/** What one input page yielded: the basis of the coverage report (specs/pages.json). */
export const PageRecord = z
  .object({
    path: z.string(),
    reader: z.enum(['scraped-text', 'yfm-markdown', 'vibe-page', 'vibe-entity-page']).nullable(),
    methods: z.array(z.string()).describe('Ids of the specs the page yielded'),
    skipped: z.string().optional().describe('Why the page yielded no method (event page, guide, …)'),
    truncated: z.boolean().optional(),
    warnings: z.array(Warning).describe('Warnings not attached to a spec (page-level problems)'),
  })
  .strict();
export type PageRecord = z.infer<typeof PageRecord>;

export const PageReport = z.object({ specVersion: z.literal(SPEC_VERSION), pages: z.array(PageRecord) }).strict();
export type PageReport = z.infer<typeof PageReport>;

// Hand-written Methods/VibeOperations maps shaped like the generator's output (see CONTRACT.md),
// used to type the runtime tests.

export type SystemErrorCode = 'QUERY_LIMIT_EXCEEDED' | 'expired_token' | 'INVALID_CREDENTIALS' | 'ERROR_METHOD_NOT_FOUND';

export interface Contact {
  ID: string;
  NAME: string;
  DATE_CREATE?: string;
}

export interface TestMethods {
  'crm.contact.get': {
    params: { id: number | string };
    result: Contact;
    errorCode: 'NOT_FOUND' | 'ACCESS_DENIED' | SystemErrorCode;
    list: never;
  };
  'crm.contact.list': {
    params: { filter?: Record<string, unknown>; select?: string[]; order?: Record<string, 'ASC' | 'DESC'>; start?: number };
    result: Contact[];
    errorCode: SystemErrorCode;
    list: { item: Contact; idCursor: true };
  };
  'crm.contact.add': {
    params: { fields: { NAME: string } };
    result: number;
    errorCode: 'ERROR_ARGUMENT' | SystemErrorCode;
    list: never;
  };
  'crm.lead.get': {
    params: { id: number | string };
    result: { ID: string; TITLE: string };
    errorCode: 'NOT_FOUND' | SystemErrorCode;
    list: never;
  };
  'crm.item.list': {
    params: { entityTypeId: number; filter?: Record<string, unknown>; select?: string[]; start?: number };
    result: { items: Array<{ id: number; title: string }> };
    errorCode: SystemErrorCode;
    list: { item: { id: number; title: string }; idCursor: false };
  };
  'server.time': {
    params: {};
    result: string;
    errorCode: SystemErrorCode;
    list: never;
  };
  'app.slow.get': {
    params: {};
    result: string;
    errorCode: SystemErrorCode;
    list: never;
  };
}

export interface VibeContact {
  id: number;
  name: string;
}

export type VibeSystemErrorCode = 'RATE_LIMITED' | 'MISSING_API_KEY' | 'INVALID_API_KEY';

export interface TestVibeOps {
  'GET /v1/contacts/{id}': {
    path: { id: number | string };
    query: { include?: Array<'company' | 'requisite'> };
    body: never;
    result: VibeContact;
    errorCode: 'ENTITY_NOT_FOUND' | 'ACCESS_DENIED' | VibeSystemErrorCode;
    list: never;
  };
  'GET /v1/contacts': {
    path: {};
    query: { limit?: number; offset?: number; filter?: Record<string, unknown>; select?: string[] };
    body: never;
    result: VibeContact[];
    errorCode: VibeSystemErrorCode;
    list: { item: VibeContact };
  };
  'POST /v1/contacts': {
    path: {};
    query: {};
    body: { name: string };
    result: VibeContact;
    errorCode: VibeSystemErrorCode;
    list: never;
  };
  'POST /v1/contacts/search': {
    path: {};
    query: {};
    body: { filter?: Record<string, unknown>; limit?: number; offset?: number };
    result: VibeContact[];
    errorCode: VibeSystemErrorCode;
    list: { item: VibeContact };
  };
}

// REST 3.0: shaped like the generated `MethodsV3` (tasks.task.* -rest-v3 pages), with the filter helpers
// of the generated src/filter.ts.

/** A REST 3.0 filter condition `[field, operator, value]` taking one value of the field. */
export type V3Condition<V, Op extends string> = { [K in keyof V & string]: readonly [K, Op, V[K]] }[keyof V & string];
/** `[field, "in", [values]]`. */
export type V3ListCondition<V, Op extends string> = { [K in keyof V & string]: readonly [K, Op, readonly V[K][]] }[keyof V & string];
/** `[field, "between", [from, to]]`. */
export type V3RangeCondition<V, Op extends string> = { [K in keyof V & string]: readonly [K, Op, readonly [V[K], V[K]]] }[keyof V & string];
/** `[field, value]` (equality; a list value: in). */
export type V3EqualsCondition<V> = { [K in keyof V & string]: readonly [K, V[K] | readonly V[K][]] }[keyof V & string];
/** Conditions and `{ logic, conditions }` groups. */
export type V3Filter<C> = ReadonlyArray<C | { logic: 'and' | 'or'; conditions: V3Filter<C> }>;

export interface TaskV3 {
  id: number;
  title: string;
  responsibleId: number;
  status: string;
  deadline: string | null;
}
export interface TaskFilterValues {
  id: number;
  title: string;
  responsibleId: number;
  status: string;
  deadline: string;
}
export type TaskField = keyof TaskV3;
export type TaskFilter = V3Filter<
  | V3EqualsCondition<TaskFilterValues>
  | V3Condition<TaskFilterValues, '!=' | '<' | '<=' | '=' | '>' | '>='>
  | V3ListCondition<TaskFilterValues, 'in'>
  | V3RangeCondition<TaskFilterValues, 'between'>
>;

export interface TestMethodsV3 {
  'tasks.task.get': {
    params: { id: number; select?: TaskField[] };
    result: { item: Partial<TaskV3> };
    errorCode: 'BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION' | 'BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION' | SystemErrorCode;
    list: never;
  };
  'tasks.task.add': {
    params: { fields: { title: string; responsibleId?: number; creatorId?: number } };
    result: { item: TaskV3 };
    errorCode: 'BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION' | SystemErrorCode;
    list: never;
  };
  'tasks.task.list': {
    params: {
      select?: TaskField[];
      filter?: TaskFilter;
      order?: { [F in TaskField]?: 'ASC' | 'DESC' };
      pagination?: { page?: number; limit?: number; offset?: number };
    };
    result: { items: TaskV3[] };
    errorCode: 'BITRIX_REST_V3_EXCEPTION_INVALIDPAGINATIONEXCEPTION' | SystemErrorCode;
    // tasks-task-list-rest-v3.md:34: without a select, only `id`.
    list: { item: TaskV3; idCursor: false; select: { param: 'select'; names: TaskField; default: 'id' } };
  };
  'note.collection.list': {
    params: { pagination?: { limit?: number; afterCursor?: { position: number; id: number } } };
    result: { items: Array<{ id: number; title: string }>; nextCursor: { position: number; id: number } | null };
    errorCode: SystemErrorCode;
    list: { item: { id: number; title: string }; idCursor: false; select: never };
  };
  // tasks-task-field-list.md: a list with no paging (the map marks it `paging: false`).
  'tasks.task.field.list': {
    params: { select?: string[] };
    result: { items: Array<{ name: string; type: string }> };
    errorCode: SystemErrorCode;
    list: { item: { name: string; type: string }; idCursor: false; select: never; paging: false };
  };
  'call.followup.list': {
    params: { pagination?: { limit?: number; afterCursor?: { startDate: string; id: number } } };
    result: { items: Array<{ id: number; title: string }>; hasMore: boolean; afterCursor: { startDate: string; id: number } | null };
    errorCode: SystemErrorCode;
    list: { item: { id: number; title: string }; idCursor: false; select: never };
  };
}

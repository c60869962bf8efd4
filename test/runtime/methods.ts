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

// The REST 3.0 side of the fake portal (`/rest/api/…`), answering as api-reference/rest-v3.md and the
// v3 method pages document: `{ result, time }` on success, `{ error: { code, message, validation? } }`
// with a 4xx status on failure (rest-v3.md#response), the array filter with its operators and OR groups
// (#filter), `pagination` page/limit/offset (tasks-task-list-rest-v3.md:57-61), cursor paging
// (note-collection-list.md nextCursor, call-followup-list.md hasMore/afterCursor), the Idempotency-Key
// header and its two errors (#idempotency), and batch as a JSON array (#batch).

import type http from 'node:http';

export interface Task {
  id: number;
  title: string;
  responsibleId: number;
  status: string;
  deadline: string | null;
}

/** State of the REST 3.0 side: tasks, stored idempotent responses, and every request seen. */
export interface V3State {
  tasks: Task[];
  nextTaskId: number;
  /** `method key` → the request body and the stored response. */
  stored: Map<string, { body: string; status: number; response: unknown }>;
  requests: Array<{ method: string; path: string; headers: http.IncomingHttpHeaders; body: unknown; raw: string }>;
}

const TIME = {
  start: 1787219542,
  finish: 1787219542.888997,
  duration: 0.8889970779418945,
  processing: 0,
  date_start: '2026-08-20T11:52:22+02:00',
  date_finish: '2026-08-20T11:52:22+02:00',
  operating_reset_at: 1787220142,
  operating: 0.1199338436126709,
};

/** `n` tasks with ids 3835… (the ids of tasks-task-list-rest-v3.md's example). */
export function makeTasks(n: number): Task[] {
  const statuses = ['pending', 'in_progress', 'completed'];
  return Array.from({ length: n }, (_, i) => ({
    id: 3835 + i,
    title: `Task ${i + 1}`,
    responsibleId: [93, 29, 171][i % 3]!,
    status: statuses[i % 3]!,
    deadline: i % 2 ? null : '2026-12-25T23:00:00+03:00',
  }));
}

export function newV3State(taskCount = 120): V3State {
  return { tasks: makeTasks(taskCount), nextTaskId: 3835 + taskCount, stored: new Map(), requests: [] };
}

type Answer = [status: number, body: unknown];

const v3Error = (status: number, code: string, message: string, validation?: Array<{ field: string; message: string }>): Answer => [
  status,
  { error: { code: `BITRIX_REST_V3_EXCEPTION_${code}`, message, ...(validation ? { validation } : {}) } },
];

/** rest-v3.md#operators: `= != > >= < <= in between`, and `[field, value]` (a list value: `in`). */
function matches(task: Task, cond: unknown): boolean | Answer {
  if (cond !== null && typeof cond === 'object' && !Array.isArray(cond)) {
    const g = cond as { logic?: string; conditions?: unknown[] };
    const results = (g.conditions ?? []).map((c) => matches(task, c));
    const bad = results.find((x) => Array.isArray(x));
    if (bad) return bad;
    return String(g.logic).toLowerCase() === 'or' ? results.some(Boolean) : results.every(Boolean);
  }
  if (!Array.isArray(cond)) return v3Error(400, 'INVALIDFILTEREXCEPTION', 'Unable to recognize the filter');
  const [field, a, b] = cond as [string, unknown, unknown];
  const [op, value] = cond.length === 2 ? [Array.isArray(a) ? 'in' : '=', a] : [a as string, b];
  if (!(field in task)) return v3Error(400, 'UNKNOWNDTOPROPERTYEXCEPTION', `Unknown field \`${field}\` for entity \`TaskDto\``);
  const v = task[field as keyof Task];
  switch (op) {
    case '=':
      return v === value;
    case '!=':
      return v !== value;
    case '>':
      return (v as number) > (value as number);
    case '>=':
      return (v as number) >= (value as number);
    case '<':
      return (v as number) < (value as number);
    case '<=':
      return (v as number) <= (value as number);
    case 'in':
      return (value as unknown[]).includes(v);
    case 'between': {
      const [from, to] = value as [number, number];
      return (v as number) >= from && (v as number) <= to;
    }
    default:
      return v3Error(400, 'UNKNOWNFILTEROPERATOREXCEPTION', `Unknown filter operator \`${String(op)}\``);
  }
}

const project = (t: Task, select: unknown): Record<string, unknown> =>
  // tasks-task-list-rest-v3.md:34: "If `select` is not specified, the method returns only the `id`".
  Array.isArray(select) ? Object.fromEntries(Object.entries(t).filter(([k]) => select.includes(k))) : { id: t.id };

/** Runs one REST 3.0 method (also a batch entry's). */
export function dispatchV3(state: V3State, method: string, p: Record<string, unknown>): Answer {
  switch (method) {
    case 'tasks.task.get': {
      // tasks-task-get-rest-v3.md: id required and an int; an unknown id is ENTITYNOTFOUND (HTTP 400).
      if (p.id === undefined)
        return v3Error(400, 'VALIDATION_REQUESTVALIDATIONEXCEPTION', 'Error validating request object', [
          { message: 'Required field `id` is not specified', field: 'id' },
        ]);
      if (typeof p.id !== 'number')
        return v3Error(400, 'VALIDATION_REQUESTVALIDATIONEXCEPTION', 'Error validating request object', [
          { message: 'Field `id` requires data type `int` for this request', field: 'id' },
        ]);
      const t = state.tasks.find((x) => x.id === p.id);
      if (!t) return v3Error(400, 'ENTITYNOTFOUNDEXCEPTION', `Record with ID = \`${p.id}\` not found`);
      return [200, { result: { item: Array.isArray(p.select) ? project(t, p.select) : t }, time: TIME }];
    }
    case 'tasks.task.add': {
      const f = (p.fields ?? {}) as Record<string, unknown>;
      if (typeof f.title !== 'string' || f.title === '')
        return v3Error(400, 'VALIDATION_REQUESTVALIDATIONEXCEPTION', 'Error validating request object', [
          { message: 'Required field `title` is missing', field: 'title' },
        ]);
      const t: Task = { id: state.nextTaskId++, title: f.title, responsibleId: Number(f.responsibleId ?? 1), status: 'pending', deadline: null };
      state.tasks.push(t);
      return [200, { result: { item: t }, time: TIME }];
    }
    case 'tasks.task.list': {
      let rows = [...state.tasks];
      for (const cond of (p.filter ?? []) as unknown[]) {
        const probe = rows.length > 0 ? matches(rows[0]!, cond) : true;
        if (Array.isArray(probe)) return probe;
        rows = rows.filter((t) => matches(t, cond) === true);
      }
      const order = (p.order ?? { id: 'ASC' }) as Record<string, string>;
      if (String(order.id).toUpperCase() === 'DESC') rows.reverse();
      const pg = (p.pagination ?? {}) as Record<string, unknown>;
      const limit = pg.limit === undefined ? 50 : Number(pg.limit);
      if (!Number.isInteger(limit) || limit <= 0)
        return v3Error(400, 'INVALIDPAGINATIONEXCEPTION', `Unable to recognize the pagination parameter \`${JSON.stringify(pg)}\``);
      // "If `page` and `limit` are provided, the offset is calculated automatically".
      const offset = pg.page !== undefined ? (Number(pg.page) - 1) * limit : Number(pg.offset ?? 0);
      return [200, { result: { items: rows.slice(offset, offset + limit).map((t) => project(t, p.select)) }, time: TIME }];
    }
    case 'note.collection.list':
    case 'call.followup.list': {
      // Cursor paging: note-collection-list.md answers `nextCursor` (null at the end); call-followup-list.md
      // answers `hasMore` and `afterCursor`, to be copied into `pagination.afterCursor`.
      const pg = (p.pagination ?? {}) as Record<string, unknown>;
      const limit = Number(pg.limit ?? 50);
      const after = (pg.afterCursor ?? null) as { id: number } | null;
      const rows = state.tasks.filter((t) => after === null || t.id > after.id).slice(0, limit);
      const last = rows[rows.length - 1];
      const more = last !== undefined && state.tasks.some((t) => t.id > last.id);
      const items = rows.map((t) => ({ id: t.id, title: t.title }));
      if (method === 'note.collection.list') return [200, { result: { items, nextCursor: more ? { position: 100, id: last!.id } : null }, time: TIME }];
      return [
        200,
        { result: { items, hasMore: more, afterCursor: more ? { startDate: '2026-01-12T14:30:00.000000+00:00', id: last!.id } : null }, time: TIME },
      ];
    }
    default:
      // rest-v3.md#call: "For methods available only in REST 3.0, the error `ERROR_METHOD_NOT_FOUND` with status 404".
      return [404, { error: { code: 'ERROR_METHOD_NOT_FOUND', message: 'Method not found!' } }];
  }
}

/** Handles one `/rest/api/…` request after auth; writes the response. */
export function handleV3(state: V3State, method: string, raw: string, headers: http.IncomingHttpHeaders, res: http.ServerResponse): void {
  const reply = ([status, body]: Answer, extra: Record<string, string> = {}): void => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...extra });
    res.end(text);
  };
  let body: unknown;
  try {
    body = raw === '' ? {} : JSON.parse(raw);
  } catch {
    // rest-v3.md#call: a body that is not JSON returns BITRIX_REST_V3_EXCEPTION_INVALIDJSONEXCEPTION.
    return reply(v3Error(400, 'INVALIDJSONEXCEPTION', 'The request body is not valid JSON'));
  }
  const key = headers['idempotency-key'];
  const echo: Record<string, string> = typeof key === 'string' ? { 'idempotency-key': key } : {};
  if (typeof key === 'string') {
    // rest-v3.md#idempotency: 1 to 255 printable ASCII characters; a key reused with another body is 422; the same body gets the stored response.
    if (!/^[\x20-\x7e]{1,255}$/.test(key)) return reply(v3Error(400, 'INVALIDIDEMPOTENCYKEYEXCEPTION', 'Invalid idempotency key'), echo);
    const seen = state.stored.get(`${method} ${key}`);
    if (seen && seen.body !== stripAuth(raw)) return reply(v3Error(422, 'IDEMPOTENCYKEYREUSEDEXCEPTION', 'The key was used with a different request'), echo);
    if (seen) return reply([seen.status, seen.response], { ...echo, 'idempotent-replayed': 'true' });
  }
  let answer: Answer;
  if (method === 'batch') {
    // rest-v3.md#batch: the old `cmd` format returns BITRIX_REST_V3_EXCEPTION_INVALIDSELECTEXCEPTION.
    if (!Array.isArray(body)) answer = v3Error(400, 'INVALIDSELECTEXCEPTION', 'Unable to recognize the select parameter');
    else {
      const results = (body as Array<{ method: string; query?: Record<string, unknown> }>).map((c) => {
        const [status, out] = dispatchV3(state, c.method, c.query ?? {});
        return status === 200 ? (out as { result: unknown }).result : out;
      });
      answer = [200, { result: results, time: TIME }];
    }
  } else answer = dispatchV3(state, method, (body ?? {}) as Record<string, unknown>);
  // "The response is stored only when the call succeeds."
  if (typeof key === 'string' && answer[0] === 200) state.stored.set(`${method} ${key}`, { body: stripAuth(raw), status: answer[0], response: answer[1] });
  reply(answer, echo);
}

/** The body without the OAuth token, which a refresh may change between two sends of the same call. */
function stripAuth(raw: string): string {
  try {
    const v = JSON.parse(raw) as unknown;
    if (v && typeof v === 'object' && !Array.isArray(v)) delete (v as Record<string, unknown>).auth;
    return JSON.stringify(v);
  } catch {
    return raw;
  }
}

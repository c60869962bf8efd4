// `createRestClient`: binds the engine, paging, batch and optional validation into the typed client.

import { runBatch, type RawCommand } from './batch.js';
import type { B24Error } from './errors.js';
import { listById, listByOffset } from './list.js';
import { ownValue } from './own.js';
import { createRestCore, type Envelope, type SendOptions } from './rest-core.js';
import type { RestClient, RestClientOptions, RestMethodMap } from './types.js';
import { createV3Client } from './v3.js';
import { checkResult, type ValidatorMap } from './validate.js';

/** Creates a Bitrix24 REST client typed by a generated `Methods` map (and `MethodsV3` for `client.v3`). */
export function createRestClient<M extends RestMethodMap<M>, V extends RestMethodMap<V> = {}>(options: RestClientOptions): RestClient<M, V> {
  const core = createRestCore(options);
  // REST 1 and REST 3.0 share method names (tasks.task.get) with different results: each has its own map.
  const checker =
    (schemas: ValidatorMap | undefined) =>
    (method: string, result: unknown): B24Error | undefined => {
      const validator = options.validate ? ownValue(schemas, method) : undefined;
      if (!validator) return undefined;
      const bad = checkResult(validator, result);
      if (!bad) return undefined;
      return core.error({ code: 'VALIDATION_FAILED', method, message: `${method}: ${bad.path}: ${bad.message}` });
    };
  const validationError = checker(options.schemas);

  const invoke = async (method: string, params: unknown, opts: SendOptions | undefined): Promise<Envelope> => {
    const env = await core.send(method, params as Record<string, unknown> | undefined, opts);
    const bad = validationError(method, env.result);
    if (bad) throw bad;
    return env;
  };

  // Method bodies are untyped; the RestClient<M> interface carries the types for callers.
  const client = {
    v3: createV3Client(core, { newKey: options.newIdempotencyKey ?? newUuid, validate: checker(options.schemasV3) }),
    async call(method: string, params?: unknown, opts?: SendOptions) {
      return (await invoke(method, params, opts)).result;
    },
    callWithMeta(method: string, params?: unknown, opts?: SendOptions) {
      return invoke(method, params, opts);
    },
    callUntyped(method: string, params?: Record<string, unknown>, opts?: SendOptions) {
      return invoke(method, params, opts);
    },
    list(method: string, params?: unknown, opts?: SendOptions & { mode?: 'offset' | 'id'; idField?: string }) {
      const deps = {
        method,
        fetchPage: (p: Record<string, unknown>) => invoke(method, p, opts),
        error: core.error,
      };
      const p = (params ?? {}) as Record<string, unknown>;
      if (opts?.mode !== 'id') return listByOffset(deps, p);
      return listById(deps, p, opts.idField ?? ownValue(options.listIdFields, method.toLowerCase()) ?? 'ID');
    },
    batch(commands: Record<string, RawCommand>, opts?: SendOptions & { halt?: boolean }) {
      return runBatch(commands, opts ?? {}, { core, validate: validationError });
    },
  };
  return client as unknown as RestClient<M, V>;
}

/** A random UUID: `crypto.randomUUID` where it exists (Node, secure browser contexts), else built from `crypto.getRandomValues` (RFC 4122 v4). */
function newUuid(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

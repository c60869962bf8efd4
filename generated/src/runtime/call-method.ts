// The body of every generated per-method function (`crmDealGet(client, params)`), written once.

import type { CallOptions, RestCaller } from './types.js';

/** Calls `method` through any client's untyped path (Y/N flags, validation, retries apply) and returns its `result` as the method's type. */
export async function callMethod<R>(client: RestCaller, method: string, params: object | undefined, options: CallOptions | undefined): Promise<R> {
  return (await client.callUntyped(method, params as Record<string, unknown> | undefined, options)).result as R;
}

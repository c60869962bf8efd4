/**
 * Fault injection: make some calls fail or answer slowly, from the function API (`portal.inject`), the
 * CLI (`--fault`) or a request header (`X-Mock-Fault`, that request only). One text form for all:
 *
 *   [<method>=]<what>[+<what>…][*<times>]     what: an error code, an HTTP status, or a delay "<n>ms"
 *
 * `QUERY_LIMIT_EXCEEDED` (every call: 503, the system error), `crm.deal.list=500*2` (the next two calls of
 * crm.deal.list: a bare 500), `*=300ms` (every call, 300 ms late), `crm.*=expired_token*1`.
 */
import { selected } from './catalog.ts';

export interface Fault {
  /** Which calls: a method name, a namespace (`crm.*`, `crm`), `*` (the default: all). Vibe operations by name (`contacts.list`). */
  method?: string;
  /** Answer with this error code: a system error (`QUERY_LIMIT_EXCEEDED` 503, `expired_token` 401, `INTERNAL_SERVER_ERROR` 500, …) or any code (then give `status`). */
  error?: string;
  /** The HTTP status; without `error`, a bare 5xx with an HTML body, as a proxy in front of a portal sends. */
  status?: number;
  /** Answer this many milliseconds late (alone: a slow but correct answer). */
  delayMs?: number;
  /** Only the next N matching calls (default: every matching call until `clearFaults`). */
  times?: number;
}

/** Parse the text form of a fault (see the module comment); throws a readable error on a bad one. */
export function parseFault(text: string): Fault {
  const m = /^(?:([^=]+)=)?([^*]+)(?:\*(\d+))?$/.exec(text.trim());
  if (!m) throw new Error(`bad fault "${text}": expected [<method>=]<code|status|<n>ms>[+…][*<times>]`);
  const fault: Fault = {};
  if (m[1] && m[1] !== '*') fault.method = m[1].trim();
  if (m[3]) fault.times = Number(m[3]);
  for (const part of m[2]!.split('+').map((s) => s.trim())) {
    if (/^\d+ms$/.test(part)) fault.delayMs = Number(part.slice(0, -2));
    else if (/^[1-5]\d\d$/.test(part)) fault.status = Number(part);
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) fault.error = part;
    else throw new Error(`bad fault "${text}": "${part}" is not an error code, an HTTP status or a delay like 300ms`);
  }
  if (!fault.error && fault.status === undefined && fault.delayMs === undefined) throw new Error(`bad fault "${text}": nothing to inject`);
  return fault;
}

/** The faults in force, each with how many calls it still affects. */
export class FaultList {
  private readonly active: Array<{ fault: Fault; left: number }> = [];

  /** Add a fault (the newest is consulted first). */
  add(fault: Fault): void {
    this.active.unshift({ fault, left: fault.times ?? Infinity });
  }

  /** Remove every fault. */
  clear(): void {
    this.active.length = 0;
  }

  /** The fault for a call of `method`, counting it against the fault's `times`; undefined when none applies. */
  take(method: string): Fault | undefined {
    const i = this.active.findIndex((a) => a.left > 0 && (!a.fault.method || a.fault.method === '*' || selected(method, [a.fault.method])));
    if (i === -1) return undefined;
    const a = this.active[i]!;
    a.left--;
    if (a.left === 0) this.active.splice(i, 1);
    return a.fault;
  }
}

// Optional logging hook. Every line passes through the redactor, and a throwing logger never breaks a call.

import type { Redactor } from './redact.js';

/** Receives runtime diagnostics; all text and data are already redacted. */
export interface Logger {
  debug?(message: string, data?: Record<string, unknown>): void;
  warn?(message: string, data?: Record<string, unknown>): void;
}

/** A logging function bound to a logger and a redactor. */
export type LogFn = (level: 'debug' | 'warn', message: string, data?: Record<string, unknown>) => void;

/** Binds a (possibly absent) logger to the redactor. */
export function makeLog(logger: Logger | undefined, redactor: Redactor): LogFn {
  return (level, message, data) => {
    const fn = logger?.[level];
    if (!fn) return;
    try {
      fn.call(logger, redactor.redact(message), data && (redactor.redactValue(data) as Record<string, unknown>));
    } catch {
      // A broken logger must not turn a successful API call into a failure.
    }
  };
}

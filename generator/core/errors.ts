/** An error caused by the user's input or arguments: printed as one clear line, exit code 1. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** "file:line: message", the form every input problem is reported in. */
export function located(file: string, line: number | undefined, message: string): string {
  return `${file}${line ? `:${line}` : ''}: ${message}`;
}

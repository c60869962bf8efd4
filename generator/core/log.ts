/** Terminal output for the CLI: messages on stderr, colours only on a TTY, progress that never floods a log. */
import pc from 'picocolors';

export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
  progress(label: string, done: number, total: number): void;
}

/** A logger writing to a stream; `quiet` keeps only errors. */
export function createLogger(stream: NodeJS.WriteStream = process.stderr, quiet = false): Logger {
  const tty = Boolean(stream.isTTY);
  let lastPct = -1;
  let lastLabel = '';
  return {
    info: (m) => {
      if (!quiet) stream.write(`${m}\n`);
    },
    warn: (m) => {
      if (!quiet) stream.write(`${pc.yellow('warning')} ${m}\n`);
    },
    error: (m) => stream.write(`${pc.red('error')} ${m}\n`),
    progress: (label, done, total) => {
      if (quiet || total === 0) return;
      const pct = Math.floor((done / total) * 100);
      if (label !== lastLabel) {
        lastLabel = label;
        lastPct = -1;
      }
      if (tty) {
        stream.write(`\r${label} ${done}/${total} (${pct}%)${done === total ? '\n' : ''}`);
      } else if (pct >= lastPct + 25 || done === total) {
        // Off a TTY, a line every quarter: enough to show life in CI logs without noise.
        lastPct = pct;
        stream.write(`${label} ${done}/${total} (${pct}%)\n`);
      }
    },
  };
}

/** A logger that says nothing (library use, tests). */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {}, progress: () => {} };

#!/usr/bin/env node
// The toolkit runs from its TypeScript sources, with no build step of its own: a command's TypeScript is
// loaded only when it runs (compiled.mjs: a bundle built on first use, or tsx), so `b24gen --help` answers
// without loading it.
import { plainBuild, upToDate } from './up-to-date.mjs';
import { dieWithParent, isChild, runInChild, wantsChild } from './young-generation.mjs';

// A reader that stops early (`b24gen report --json | head`) closes the pipe: the rest of the output is
// dropped and the command still ends with its own exit code, instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (err) => {
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
  });

const argv = process.argv.slice(2);
// A plain `build` with nothing to do answers before the command line itself loads (the parent asked already).
const plain = isChild() ? null : plainBuild(argv);
if (plain && (await upToDate(plain.opts, plain.quiet))) process.exit(0);

// Heavy commands run in a child Node with a larger young generation (young-generation.mjs).
if (wantsChild(argv)) process.exit(await runInChild(process.argv[1] ?? '', argv));
dieWithParent();

const { main } = await import('./main.mjs');
process.exitCode = await main(argv, { loadRunCommand: async () => (await import('./compiled.mjs')).loadRunCommand() });

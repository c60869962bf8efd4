// Prettier worker for generator/format/index.ts (plain ESM so it runs under node, tsx and vitest alike).
// Receives { options, jobs: [path, text][] }, answers [path, formatted][] or { error }.
import { parentPort, workerData } from 'node:worker_threads';
import * as prettier from 'prettier';

const { options, jobs } = workerData;
try {
  const out = [];
  for (const [path, text] of jobs) out.push([path, await prettier.format(text, options)]);
  parentPort.postMessage({ out });
} catch (error) {
  parentPort.postMessage({ error: String(error && error.stack ? error.stack : error) });
}

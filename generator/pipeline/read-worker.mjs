// Reader worker for generator/pipeline/read-parallel.ts: loads the TypeScript readers through tsx (plain ESM
// here, so it starts the same way under node, tsx and vitest) and answers { readings } or { error }.
import { parentPort, workerData } from 'node:worker_threads';

try {
  (await import('tsx/esm/api')).register();
  const { readInWorker } = await import('./read-parallel.ts');
  parentPort?.postMessage({ readings: readInWorker(workerData) });
} catch (error) {
  parentPort?.postMessage({ error: String(error && error.stack ? error.stack : error) });
}

// `npm run bench`: the pipeline timings, then the runtime bundle sizes. Measurements, never pass/fail.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
for (const cmd of [
  [process.execPath, ['--import', 'tsx', 'bench/pipeline.ts', ...args]],
  [process.execPath, ['bench/bundle-size.mjs']],
]) {
  const r = spawnSync(cmd[0], cmd[1], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

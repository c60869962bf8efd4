// `npm run bench`: the pipeline timings, the differ's, the runtime bundle sizes, then the package's type-check cost. Measurements, never pass/fail.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
for (const cmd of [
  [process.execPath, ['--import', 'tsx', 'bench/pipeline.ts', ...args]],
  [process.execPath, ['--import', 'tsx', 'bench/diff.ts', ...args]],
  [process.execPath, ['bench/bundle-size.mjs']],
  [process.execPath, ['bench/typecheck.mjs']],
]) {
  const r = spawnSync(cmd[0], cmd[1], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

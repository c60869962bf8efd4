// `npm run bench` part: what the generated package costs its users' type-checker, measured side by side in one run.
// Builds the committed generated/ package (time, peak memory), then type-checks three one-file apps against
// its .d.ts — an empty project, a one-method app through the main entry (`createClient` + `b24.call`), and the
// same app through a namespace entry (`createCrmClient` + `crmDealGet`) — interleaved, median of N runs each,
// and reports the ratios to the empty project plus `tsc --extendedDiagnostics` counts. Measurements only.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs a command; wall seconds, peak RSS in MiB (when /usr/bin/time is there), exit status and output. */
function timed(cmd, args, cwd) {
  const started = process.hrtime.bigint();
  const r = TIME
    ? spawnSync(TIME, ['-f', '__rss %M', cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 })
    : spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = /__rss (\d+)/.exec(r.stderr ?? '')?.[1];
  return { seconds, rssMiB: rss ? Number(rss) / 1024 : undefined, status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n) => (n === undefined ? 'n/a' : n.toFixed(2));

const APPS = {
  empty: 'export {};\n',
  main: `import { createClient } from '@b24gen/bitrix24';
const b24 = createClient({ webhookUrl: 'https://example.bitrix24.com/rest/1/secret/' });
const deal = await b24.call('crm.deal.get', { id: 1 });
console.log(deal.TITLE);
`,
  namespace: `import { createCrmClient, crmDealGet } from '@b24gen/bitrix24/crm';
const crm = createCrmClient({ webhookUrl: 'https://example.bitrix24.com/rest/1/secret/' });
const deal = await crmDealGet(crm, { id: 1 });
console.log(deal.TITLE);
`,
};

async function main() {
  const work = await mkdtemp(join(tmpdir(), 'b24gen-bench-tc-'));
  try {
    const pkg = join(work, 'pkg');
    await cp(join(ROOT, 'generated'), pkg, { recursive: true });
    await symlink(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
    const build = timed(process.execPath, [TSC, '-p', 'tsconfig.build.json'], pkg);
    console.log(`package build (tsc -p tsconfig.build.json): ${fmt(build.seconds)} s, peak RSS ${fmt(build.rssMiB)} MiB, exit ${build.status}`);
    if (!existsSync(join(pkg, 'dist/index.d.ts'))) throw new Error(`the package build wrote no dist/index.d.ts:\n${build.out.slice(0, 2000)}`);

    for (const [name, code] of Object.entries(APPS)) {
      const app = join(work, name);
      await mkdir(join(app, 'node_modules/@b24gen'), { recursive: true });
      await mkdir(join(app, 'node_modules/@types'), { recursive: true });
      await symlink(pkg, join(app, 'node_modules/@b24gen/bitrix24'), 'dir');
      await symlink(join(ROOT, 'node_modules/zod'), join(app, 'node_modules/zod'), 'dir');
      await symlink(join(ROOT, 'node_modules/@types/node'), join(app, 'node_modules/@types/node'), 'dir');
      await writeFile(join(app, 'package.json'), '{ "type": "module" }\n');
      await writeFile(join(app, 'app.ts'), code);
      const compilerOptions = { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, types: ['node'] };
      await writeFile(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['app.ts'] }));
    }
    const seconds = Object.fromEntries(Object.keys(APPS).map((k) => [k, []]));
    const rss = Object.fromEntries(Object.keys(APPS).map((k) => [k, []]));
    // Interleaved, so a noisy moment hits every app alike.
    for (let i = 0; i < RUNS; i++) {
      for (const name of Object.keys(APPS)) {
        const r = timed(process.execPath, [TSC, '-p', 'tsconfig.json'], join(work, name));
        if (r.status !== 0) throw new Error(`${name} app does not type-check:\n${r.out.slice(0, 2000)}`);
        seconds[name].push(r.seconds);
        if (r.rssMiB !== undefined) rss[name].push(r.rssMiB);
      }
    }
    console.log(`\none-method app type-check (tsc, median of ${RUNS}, interleaved):`);
    const base = median(seconds.empty);
    for (const name of Object.keys(APPS)) {
      const s = median(seconds[name]);
      console.log(`  ${name.padEnd(10)} ${fmt(s)} s  ×${fmt(s / base)} of empty   peak RSS ${fmt(rss[name].length ? median(rss[name]) : undefined)} MiB`);
    }
    console.log('\ntsc --extendedDiagnostics:');
    for (const name of Object.keys(APPS)) {
      const r = timed(process.execPath, [TSC, '-p', 'tsconfig.json', '--extendedDiagnostics'], join(work, name));
      const pick = (label) => new RegExp(`^${label}:\\s+(\\S+)`, 'm').exec(r.out)?.[1] ?? 'n/a';
      console.log(
        `  ${name.padEnd(10)} files ${pick('Files')}  types ${pick('Types')}  instantiations ${pick('Instantiations')}  memory ${pick('Memory used')}  check ${pick('Check time')}`,
      );
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();

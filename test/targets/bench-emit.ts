/**
 * Timing of the emitters on a synthetic corpus: `npx tsx test/targets/bench-emit.ts [methods] [vibe]`.
 * Prints the time of each phase and the output size. Not a test (the machine is noisy): a measurement.
 */
import { emitUnformatted } from './emit.ts';
import { formatFiles } from '../../generator/format/index.ts';
import { MethodSpec } from '../../generator/spec/schema.ts';
import { stubRuntime } from './helpers.ts';
import { syntheticInput } from './synthetic.ts';

const count = Number(process.argv[2] ?? 1500);
const vibe = Number(process.argv[3] ?? 0);
const input = { ...syntheticInput(count, vibe), runtime: stubRuntime(), packageVersion: '0.0.0' };
for (const s of input.specs) MethodSpec.parse(s); // the corpus must be valid specs
const c0 = process.cpuUsage();
const t0 = performance.now();
const raw = emitUnformatted(input);
const t1 = performance.now();
const c1 = process.cpuUsage();
const threads = process.env.THREADS ? Number(process.env.THREADS) : undefined;
const formatted = await formatFiles(raw, undefined, { threads });
const t2 = performance.now();
const c2 = process.cpuUsage();
const cpu = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) => +((b.user + b.system - a.user - a.system) / 1e6).toFixed(2);
const bytes = (m: Map<string, string>) => [...m.values()].reduce((a, t) => a + Buffer.byteLength(t), 0);
const tsFiles = [...formatted.keys()].filter((k) => k.endsWith('.ts')).length;
console.log(
  JSON.stringify({
    methods: input.specs.length,
    files: formatted.size,
    tsFiles,
    unformattedMB: +(bytes(raw) / 1e6).toFixed(2),
    formattedMB: +(bytes(formatted) / 1e6).toFixed(2),
    printSeconds: +((t1 - t0) / 1000).toFixed(2),
    prettierSeconds: +((t2 - t1) / 1000).toFixed(2),
    totalSeconds: +((t2 - t0) / 1000).toFixed(2),
    printCpuSeconds: cpu(c0, c1),
    prettierCpuSeconds: cpu(c1, c2),
    threads: threads ?? 'auto',
    loadAverage: (await import('node:os')).loadavg()[0]!.toFixed(1),
    rssMB: Math.round(process.memoryUsage().rss / 1e6),
  }),
);

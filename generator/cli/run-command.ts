/** The TypeScript side of the CLI: fills in defaults, builds the logger, and runs one command (loaded on demand). */
import { createLogger } from '../core/log.ts';
import { defaultPaths } from '../pipeline/paths.mjs';

type Args = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Run command `name` with the parsed arguments; resolves to the exit code. */
export async function runCommand(name: string, args: Args, quiet: boolean): Promise<number> {
  const log = createLogger(process.stderr, quiet);
  const d = defaultPaths(str(args['shared']));
  const specs = str(args['specs']) ?? d.specs;
  switch (name) {
    case 'parse':
      return (await import('./commands/parse.ts')).runParse({ inputs: args['inputs'] as string[], out: str(args['out'])!, log });
    case 'generate':
      return (await import('./commands/generate.ts')).runGenerate({ specs, out: str(args['out']) ?? d.generated, log });
    case 'openapi':
      return (await import('./commands/openapi.ts')).runOpenApi({
        specs,
        out: str(args['out']) ?? `${d.generated}/openapi`,
        api: str(args['api']) ?? 'all',
        log,
      });
    case 'build':
      return (await import('./commands/build.ts')).runBuild({
        shared: d.shared,
        specs,
        out: str(args['out']) ?? d.generated,
        check: Boolean(args['check']),
        cache: args['cache'] !== false,
        log,
      });
    case 'report': {
      const format = args['json'] ? 'json' : args['markdown'] ? 'markdown' : 'table';
      return (await import('./commands/report.ts')).runReport({ specs, format, listWarnings: Boolean(args['warnings']), log });
    }
    case 'conformance': {
      const format = args['json'] ? 'json' : args['markdown'] ? 'markdown' : 'text';
      return (await import('./commands/conformance.ts')).runConformanceCommand({
        specs,
        generated: str(args['generated']) ?? d.generated,
        format,
        caseSensitive: Boolean(args['caseSensitive']),
        side: args['responses'] ? 'response' : args['errors'] ? 'error' : 'request',
        methods: Array.isArray(args['method']) ? (args['method'] as string[]) : undefined,
        log,
      });
    }
    case 'diff':
      return (await import('./commands/diff.ts')).runDiff({
        old: str(args['old']),
        new: str(args['new']),
        repo: str(args['repo']),
        format: (str(args['format']) ?? 'text') as 'text',
        failOn: str(args['failOn']) as 'breaking' | undefined,
        includeDocs: Boolean(args['includeDocs']),
        config: str(args['config']),
        output: str(args['output']),
        schema: Boolean(args['schema']),
        rules: Boolean(args['rules']),
        surface: Boolean(args['surface']),
        log,
      });
    case 'mock':
      return (await import('./commands/mock.ts')).runMock({
        specs,
        port: Number(args['port'] ?? 0),
        host: str(args['host']) ?? '127.0.0.1',
        records: Number(args['records'] ?? 120),
        seed: Number(args['seed'] ?? 1),
        only: Array.isArray(args['only']) ? (args['only'] as string[]) : undefined,
        faults: Array.isArray(args['fault']) ? (args['fault'] as string[]) : [],
        webhook: { user: str(args['webhookUser']) ?? '1', token: str(args['webhookToken']) ?? 'mocktoken' },
        vibeApiKey: str(args['vibeApiKey']),
        strict: args['strict'] !== false,
        log,
      });
    case 'schema':
      process.stdout.write((await import('../spec/json-schema.ts')).specJsonSchemaText());
      return 0;
    default:
      throw new Error(`unknown command ${name}`);
  }
}

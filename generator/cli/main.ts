/** The b24gen command line: parse docs into specs, generate the client, build both, report coverage. */
import { Command, CommanderError, Option } from 'commander';
import { createLogger } from './log.ts';
import { runParse } from './commands/parse.ts';
import { runGenerate } from './commands/generate.ts';
import { runBuild } from './commands/build.ts';
import { runReport } from './commands/report.ts';
import { runConformanceCommand } from './commands/conformance.ts';
import { defaultPaths } from './paths.ts';
import { specJsonSchemaText } from '../spec/json-schema.ts';
import { UserError } from './errors.ts';

/** Run the CLI with the given arguments; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const defaults = defaultPaths();
  const program = new Command();
  program
    .name('b24gen')
    .description(
      'Turn Bitrix24 REST documentation (scraped pages, YFM markdown, Vibe API pages) into JSON specs,\n' +
        'and the specs into a typed TypeScript client package.\n\n' +
        'Typical use: `b24gen build` regenerates specs/ and generated/ from ../shared.',
    )
    .option('-q, --quiet', 'print errors only')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
    .showHelpAfterError('(run with --help for usage)');

  let code = 0;
  const log = () => createLogger(process.stderr, Boolean(program.opts().quiet));

  program
    .command('parse')
    .description(
      'Read doc pages (files or folders) into one JSON spec per method.\n' +
        'The reader is chosen from each file\'s content: scraped apidocs text, Vibe pages, or YFM markdown.\n' +
        'A folder holding api-reference/ or _includes/ is read as a whole YFM corpus (includes resolved).',
    )
    .argument('<inputs...>', 'files or folders to read')
    .requiredOption('-o, --out <dir>', 'folder to write the specs to (replaced as a whole, atomically)')
    .action(async (inputs: string[], opts: { out: string }) => {
      code = await runParse({ inputs, out: opts.out, log: log() });
    });

  program
    .command('generate')
    .description('Generate the TypeScript client package from a specs folder.')
    .addOption(new Option('-s, --specs <dir>', 'specs folder').default(defaults.specs, 'specs/'))
    .addOption(new Option('-o, --out <dir>', 'package folder (replaced as a whole, atomically)').default(defaults.generated, 'generated/'))
    .action(async (opts: { specs: string; out: string }) => {
      code = await runGenerate({ specs: opts.specs, out: opts.out, log: log() });
    });

  program
    .command('build')
    .description(
      'parse + generate with the committed defaults: the seeds, the YFM corpus and the Vibe pages\n' +
        'under ../shared → specs/ → generated/. Both folders change together or not at all.',
    )
    .addOption(new Option('--shared <dir>', 'the shared input folder').default(defaults.shared, '../shared'))
    .addOption(new Option('--specs <dir>', 'specs output').default(defaults.specs, 'specs/'))
    .addOption(new Option('--out <dir>', 'package output').default(defaults.generated, 'generated/'))
    .action(async (opts: { shared: string; specs: string; out: string }) => {
      code = await runBuild({ shared: opts.shared, specs: opts.specs, out: opts.out, log: log() });
    });

  program
    .command('report')
    .description('Coverage report of a specs folder: per section pages, methods, typed params/results, errors, warnings.')
    .addOption(new Option('-s, --specs <dir>', 'specs folder').default(defaults.specs, 'specs/'))
    .addOption(new Option('--json', 'machine-readable JSON').conflicts('markdown'))
    .addOption(new Option('--markdown', 'a markdown document'))
    .option('--warnings', 'list every warning with file:line')
    .action(async (opts: { specs: string; json?: boolean; markdown?: boolean; warnings?: boolean }) => {
      const format = opts.json ? 'json' : opts.markdown ? 'markdown' : 'table';
      code = await runReport({ specs: opts.specs, format, listWarnings: Boolean(opts.warnings), log: log() });
    });

  program
    .command('conformance')
    .description(
      'Type-check every request example of the docs against its method\'s generated params type and list\n' +
        'the mismatches (doc bugs or parser bugs). A report: exits 0 even when examples do not conform.',
    )
    .addOption(new Option('-s, --specs <dir>', 'specs folder').default(defaults.specs, 'specs/'))
    .addOption(new Option('-g, --generated <dir>', 'generated package folder').default(defaults.generated, 'generated/'))
    .addOption(new Option('--json', 'machine-readable JSON').conflicts('markdown'))
    .addOption(new Option('--markdown', 'a markdown document'))
    .option('--case-sensitive', 'do not normalise top-level REST param names to the documented case')
    .action(async (opts: { specs: string; generated: string; json?: boolean; markdown?: boolean; caseSensitive?: boolean }) => {
      const format = opts.json ? 'json' : opts.markdown ? 'markdown' : 'text';
      code = await runConformanceCommand({
        specs: opts.specs,
        generated: opts.generated,
        format,
        caseSensitive: Boolean(opts.caseSensitive),
        log: log(),
      });
    });

  program
    .command('schema')
    .description('Print the JSON Schema of the spec (derived from the zod definitions).')
    .action(() => {
      process.stdout.write(specJsonSchemaText());
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof UserError) {
      createLogger().error(err.message);
      return 1;
    }
    createLogger().error(`internal error: ${(err as Error).stack ?? String(err)}`);
    return 70;
  }
}

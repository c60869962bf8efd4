// @ts-check
/**
 * The b24gen command line, as plain JavaScript so that `--help` and argument errors answer without
 * loading the TypeScript loader, the readers, ts-morph or prettier. A command's TypeScript module is
 * loaded only when that command runs (`run-command.ts`, through `loadRunCommand`).
 */
import { Command, CommanderError, Option } from 'commander';
import pc from 'picocolors';
import { readFileSync } from 'node:fs';
import { upToDate } from './up-to-date.mjs';

/**
 * Run the CLI with the given arguments; resolves to the process exit code.
 * @param {string[]} argv
 * @param {{ loadRunCommand?: () => Promise<typeof import('./run-command.ts')> }} [hooks] how to load the TypeScript side
 *   (bin.mjs: its bundle, or tsx; by default a plain import, for runtimes that load .ts themselves)
 * @returns {Promise<number>}
 */
export async function main(argv, hooks = {}) {
  const program = new Command();
  program
    .name('b24gen')
    .description(
      'Turn Bitrix24 REST documentation (scraped pages, YFM markdown, Vibe API pages) into JSON specs,\n' +
        'and the specs into a typed TypeScript client package.\n\n' +
        'Typical use: `b24gen build` regenerates specs/ and generated/ from ../shared.',
    )
    .version(toolkitVersion(), '-V, --version', "print b24gen's version")
    .option('-q, --quiet', 'print errors only')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
    .showHelpAfterError('(run with --help for usage)');

  let code = 0;
  /** @param {string} name @param {Record<string, unknown>} args */
  const run = async (name, args) => {
    const { runCommand } = await (hooks.loadRunCommand ?? (() => import('./run-command.ts')))();
    code = await runCommand(name, args, Boolean(program.opts().quiet));
  };

  program
    .command('parse')
    .description(
      'Read doc pages (files or folders) into one JSON spec per method.\n' +
        "The reader is chosen from each file's content: scraped apidocs text, Vibe pages, or YFM markdown.\n" +
        'A folder holding api-reference/ or _includes/ is read as a whole YFM corpus (includes resolved);\n' +
        'a single page of a corpus is read with its includes, the system errors and the data-types pages.',
    )
    .argument('<inputs...>', 'files or folders to read')
    .requiredOption('-o, --out <dir>', 'folder to write the specs to (replaced as a whole, atomically)')
    .action((inputs, opts) => run('parse', { inputs, ...opts }));

  program
    .command('generate')
    .description('Generate the TypeScript client package from a specs folder (with its OpenAPI documents, openapi/*.json).')
    .addOption(new Option('-s, --specs <dir>', 'specs folder (default: specs/)'))
    .addOption(new Option('-o, --out <dir>', 'package folder, replaced as a whole, atomically (default: generated/)'))
    .action((opts) => run('generate', opts));

  program
    .command('openapi')
    .description(
      [
        'Write an OpenAPI 3.1 document per API from a specs folder:',
        '  rest.json   REST 1: one POST /{method} per method',
        '  rest3.json  REST 3.0: POST /rest/api/{method}',
        '  vibe.json   Vibe: its own verbs and paths',
        'Derived from the spec (never edited by hand); the same specs give',
        'byte-identical files. `b24gen build` and `generate` also write them,',
        'under generated/openapi/.',
        '',
        'Each document has: request bodies and parameters from the params',
        '(required, enums, alternatives as anyOf of required); the response',
        'envelope around the result as the portal sends it (ids as numeric',
        'strings, Y/N flags); the documented and system error codes per HTTP',
        'status; deprecations; the docs examples; webhook and OAuth servers and',
        'security; x-b24-source (file, line, read|inferred) on operations,',
        'parameters and schemas. What JSON Schema cannot say is in x-b24-*',
        'extensions (README, "OpenAPI export").',
        '',
        'Examples:',
        '  b24gen openapi',
        '  b24gen openapi --api rest3 --out /tmp/openapi',
        '  npx @redocly/cli build-docs generated/openapi/vibe.json',
        '      (view in a browser; npx downloads the CLI)',
      ].join('\n'),
    )
    .addOption(new Option('-s, --specs <dir>', 'specs folder (default: specs/)'))
    .addOption(new Option('-o, --out <dir>', "output folder, replaced atomically; the other APIs' documents in it are kept (default: generated/openapi/)"))
    .addOption(new Option('--api <api>', 'which document').choices(['rest', 'rest3', 'vibe', 'all']).default('all'))
    .action((opts) => run('openapi', opts));

  program
    .command('build')
    .description(
      'parse + generate with the committed defaults: the seeds, the YFM corpus and the Vibe pages under ' +
        '../shared → specs/ → generated/. Both folders change together or not at all.\n\n' +
        'Incremental: the cache (node_modules/.cache/b24gen, or B24GEN_CACHE_DIR; safe to delete) ' +
        "keeps each page's reading by the content of the page and its includes, the spec files " +
        'linked from each set of readings, each chunk of generated code printed and formatted by its ' +
        "content, and the package generated from each set of specs, all keyed by the generator's own " +
        'version. A run where no generator, input or output file changed returns at once; otherwise ' +
        "only changed pages are read again, a run whose readings move no fact (only the pages' hashes " +
        'change) skips link, a run whose specs come out as before skips generation, only the code ' +
        'chunks holding a changed declaration are printed and formatted again, and only files whose ' +
        'bytes change are rewritten.',
    )
    .addOption(new Option('--shared <dir>', 'the shared input folder (default: ../shared)'))
    .addOption(new Option('--specs <dir>', 'specs output (default: specs/)'))
    .addOption(new Option('--out <dir>', 'package output (default: generated/)'))
    .option('--check', 'write nothing: exit 1 naming the files of specs/ and generated/ that differ from what the inputs give (for CI)')
    .option('--no-cache', 'read every page and format every file again, and leave the cache alone')
    .action(async (opts) => {
      if (opts.cache !== false && (await upToDate(opts, Boolean(program.opts().quiet)))) return;
      await run('build', opts);
    });

  program
    .command('report')
    .description('Coverage report of a specs folder: per section pages, methods, typed params/results, errors, warnings.')
    .addOption(new Option('-s, --specs <dir>', 'specs folder (default: specs/)'))
    .addOption(new Option('--json', 'machine-readable JSON').conflicts('markdown'))
    .addOption(new Option('--markdown', 'a markdown document'))
    .option('--warnings', 'list every warning with file:line')
    .action((opts) => run('report', opts));

  program
    .command('conformance')
    .description(
      "Type-check every request example of the docs against its method's generated params type and list\n" +
        'the mismatches (doc bugs or parser bugs). With --responses, check every success-response example\n' +
        "instead: its envelope ({ result, time, total?, next? }) against the method's generated result type,\n" +
        'with a fourth verdict, wire (a form the portal sends that the type does not model: "43" for an\n' +
        'integer, "Y" for a boolean, null). With --errors, check the error examples\' codes against the\n' +
        "method's typed error codes. A report: exits 0 even when examples do not conform.",
    )
    .addOption(new Option('-s, --specs <dir>', 'specs folder (default: specs/)'))
    .addOption(new Option('-g, --generated <dir>', 'generated package folder (default: generated/)'))
    .addOption(new Option('--json', 'machine-readable JSON').conflicts('markdown'))
    .addOption(new Option('--markdown', 'a markdown document'))
    .option('--case-sensitive', 'do not normalise top-level REST param names to the documented case')
    .addOption(new Option('--responses', 'check the response examples against the result types instead of the request examples').conflicts('errors'))
    .option('--errors', "check the error examples' codes against the typed error codes instead of the request examples")
    .option('--method <name...>', 'only these methods (e.g. --method crm.deal.get user.current)')
    .action((opts) => run('conformance', opts));

  program
    .command('diff')
    .description(
      [
        'What changed in the API between two versions of the docs, and whether it',
        'breaks code written against the old generated client. A side is a specs/',
        'folder, a docs folder (parsed with the same readers as `parse`), or, with',
        '--repo, a revision of a docs git repository or bundle (read with git; no',
        'checkout). Rules and default severities: `b24gen diff --rules`.',
        '',
        'Config (b24gen.config.json, .mjs or .js in the working folder):',
        '  { "diff": { "severity": { "<rule>": "warning" | "off" },',
        '              "ignore": ["<change id from the json output>"] } }',
        '',
        'Exit codes: 0 no change at or above --fail-on (or no --fail-on given);',
        '1 there is one; 2 the diff could not be made (bad path, unreadable spec,',
        'unknown revision, bad config, bad arguments).',
        '',
        'Examples:',
        '  b24gen diff old-specs/ specs/ --format markdown',
        '  b24gen diff --repo ../b24restdocs 5988ed13~10 HEAD --fail-on breaking',
        '  b24gen diff --surface old-generated/ generated/',
      ].join('\n'),
    )
    .argument('[old]', 'old side: specs folder, docs folder, or revision (with --repo)')
    .argument('[new]', 'new side: the same kinds')
    .option('--repo <path>', 'read <old> and <new> as revisions of this git repository or bundle')
    .option('--surface', 'compare two generated packages (their api.md): the exported names and types users see')
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'markdown', 'json', 'githubactions', 'junit']).default('text'))
    .addOption(new Option('--fail-on <level>', 'exit 1 when a change at or above this severity exists').choices(['breaking', 'warning', 'info']))
    .option('--include-docs', 'also report reworded descriptions (at info)')
    .option('--config <file>', 'config file (default: b24gen.config.json, .mjs or .js in the working folder)')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--schema', 'print the JSON Schema of the json format and exit')
    .option('--rules', 'list the rules with their default severities and exit')
    .action((oldSide, newSide, opts) => run('diff', { old: oldSide, new: newSide, ...opts }));

  program
    .command('mock')
    .description(
      [
        'A mock Bitrix24 portal for tests, driven by the specs. Every documented method',
        'answers with its documented response example (or one built from its result type):',
        '  /rest/<user>/<token>/<method>   webhook (REST 1; .json allowed)',
        '  /rest/<method> + auth           OAuth (refresh at /oauth/token/)',
        '  /rest/api/…                     REST 3.0',
        '  /v1/… + X-Api-Key               Vibe',
        'Requests are validated against the params (missing, unknown, wrong type, enum:',
        "ERROR_ARGUMENT or the method's own documented error); lists page over generated",
        'records (start/next/total, start=-1 with >ID); batch runs. Prints the URLs and',
        'runs until Ctrl-C.',
        '',
        'Faults (--fault, repeatable; also per request as the X-Mock-Fault header):',
        '  [<method>=]<what>[+<what>][*<times>]',
        '  what: an error code, an HTTP status, or a delay <n>ms',
        '  QUERY_LIMIT_EXCEEDED            every call answers 503 QUERY_LIMIT_EXCEEDED',
        '  crm.deal.list=500*2             the next 2 crm.deal.list calls: a bare 500',
        '  crm.*=expired_token*1           the next crm call answers 401 expired_token',
        '  *=300ms                         every answer 300 ms late',
      ].join('\n'),
    )
    .addOption(new Option('-s, --specs <dir>', 'specs folder (default: specs/)'))
    .addOption(new Option('-p, --port <port>', 'port to listen on; 0 picks a free one').default('0'))
    .addOption(new Option('--host <host>', 'address to listen on').default('127.0.0.1'))
    .addOption(new Option('--records <n>', 'records each list method pages over').default('120'))
    .addOption(new Option('--seed <n>', 'seed of the generated records (the same seed, the same records)').default('1'))
    .option('--only <methods...>', 'serve only these methods or namespaces (crm, crm.deal.*)')
    .option('--fault <fault...>', 'inject a fault (see above); repeatable')
    .addOption(new Option('--webhook-user <id>', 'the webhook user id in the path').default('1'))
    .addOption(new Option('--webhook-token <token>', 'the webhook token in the path').default('mocktoken'))
    .option('--vibe-api-key <key>', 'the X-Api-Key the Vibe paths accept (default: vibe_api_mock)')
    .option('--no-strict', 'accept params the method does not document')
    .action((opts) => run('mock', opts));

  program
    .command('schema')
    .description('Print the JSON Schema of the spec (derived from the zod definitions).')
    .action(() => run('schema', {}));

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    // diff is a CI gate whose 1 means "changes found": its argument errors exit 2, like its other tool errors.
    if (err instanceof CommanderError) return argv[0] === 'diff' && err.exitCode === 1 ? 2 : err.exitCode;
    const e = /** @type {Error} */ (err);
    // A UserError (bad input or arguments) is one clear line; anything else is a bug, with its stack.
    if (e?.name === 'UserError') {
      process.stderr.write(`${pc.red('error')} ${e.message}\n`);
      return 1;
    }
    process.stderr.write(`${pc.red('error')} internal error: ${e?.stack ?? String(err)}\n`);
    return 70;
  }
}

/** The toolkit's version, from its package.json. @returns {string} */
function toolkitVersion() {
  return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
}

/** The package scaffolding: package.json, tsconfig.json and tsconfig.build.json (plain text, no formatting pass needed). */

/** The generated package's npm name. */
export const PACKAGE_NAME = '@b24gen/bitrix24';

/** The MCP SDK the server is written against (registerTool with zod 4 schemas, Streamable HTTP). */
export const MCP_SDK_RANGE = '^1.32.2';

/** The runtime guide (generator/runtime/README.md), shipped at the package root. */
export const RUNTIME_GUIDE_FILE = 'RUNTIME.md';

/**
 * package.json of the generated package; `namespaces`: the subpaths of the namespace entries (`crm` → `@b24gen/bitrix24/crm`).
 *
 * Each entry resolves to built files only: `types` first (TypeScript takes the first condition it matches),
 * `import`, and `default` for every other resolver (`require()` of ESM on Node ≥ 20.19, bundlers that match
 * neither). No `source`/`development` conditions pointing at `src/*.ts`: tools match them outside TypeScript
 * (webpack 5 adds `development` in development mode, `node --conditions=development`) and then have to run
 * TypeScript the sources use beyond type stripping (parameter properties, `.ts` specifiers), so they broke.
 * `files` ships dist/ (with declaration and source maps), src/ (what those maps point at: go-to-definition
 * lands in the source), the README and the runtime guide; api.md is the review artefact of a regeneration, not
 * read by users, and stays out of the tarball.
 */
export function packageJson(version: string, namespaces: readonly string[] = [], opts: { mcp?: boolean } = {}): string {
  const entry = (dist: string) => ({
    types: `./dist/${dist}.d.ts`,
    import: `./dist/${dist}.js`,
    default: `./dist/${dist}.js`,
  });
  const pkg = {
    name: PACKAGE_NAME,
    version,
    description: 'Typed Bitrix24 REST and Vibe API client, generated from the Bitrix24 REST documentation by b24gen.',
    license: 'MIT',
    type: 'module',
    sideEffects: false,
    main: './dist/index.js',
    types: './dist/index.d.ts',
    exports: {
      '.': entry('index'),
      './zod': entry('zod/index'),
      './zod/*': entry('zod/*'),
      ...Object.fromEntries(namespaces.map((n) => [`./${n}`, entry(`api/${n}`)])),
      ...(opts.mcp ? { './mcp': entry('mcp/index') } : {}),
      './package.json': './package.json',
    },
    // The MCP server's command (src/mcp/bin.ts, built with its shebang).
    ...(opts.mcp ? { bin: { 'b24-mcp': './dist/mcp/bin.js' } } : {}),
    files: ['dist', 'src', 'README.md', RUNTIME_GUIDE_FILE],
    scripts: {
      build: 'tsc -p tsconfig.build.json',
      // npm pack and npm publish build first: a tarball never ships a stale or missing dist/.
      prepack: 'npm run build',
      typecheck: 'tsc -p tsconfig.json',
    },
    // 4.1: z.codec, which the wire schemas (src/zod/_lenient.ts) are built from.
    // Sorted by name, as npm writes them.
    dependencies: { ...(opts.mcp ? { '@modelcontextprotocol/sdk': MCP_SDK_RANGE } : {}), zod: '^4.1.0' },
    // @types/node: the MCP server's bin and HTTP transport are Node code.
    devDependencies: { ...(opts.mcp ? { '@types/node': '^20.19.0' } : {}), typescript: '~6.0.3' },
    engines: { node: '>=20.6' },
    publishConfig: { access: 'public' },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** tsconfig.json: strict checking of the sources, no output. */
export function tsconfigJson(): string {
  const config = {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2022', 'DOM'],
      types: [],
      strict: true,
      noUncheckedIndexedAccess: true,
      noImplicitOverride: true,
      skipLibCheck: true,
      // The runtime is copied verbatim; these two let it use either `.js` or `.ts` import specifiers.
      allowImportingTsExtensions: true,
      rewriteRelativeImportExtensions: true,
      noEmit: true,
    },
    include: ['src'],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** tsconfig.build.json: declarations and JavaScript into dist/. */
export function tsconfigBuildJson(): string {
  const config = {
    extends: './tsconfig.json',
    compilerOptions: {
      noEmit: false,
      declaration: true,
      declarationMap: true,
      sourceMap: true,
      rootDir: 'src',
      outDir: 'dist',
    },
    include: ['src'],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

// Bundle-size benchmark for the hand-written runtime: bundles a one-method REST app and a one-operation
// Vibe app with esbuild (minified, ESM, browser platform), prints raw and gzip sizes and the median of 5
// build times, and checks that each app leaves the other client out (tree-shaking).
//
//   node bench/bundle-size.mjs [--json]

import { build } from 'esbuild';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median, ROOT as root, time } from './measure.mjs';

const entry = resolve(root, 'generator/runtime/index.ts');
const generatedEntry = resolve(root, 'generated/src/index.ts');

const apps = {
  rest: `import { createRestClient } from ${JSON.stringify(entry)};
const c = createRestClient({ webhookUrl: 'https://example.bitrix24.com/rest/1/secret/' });
console.log(await c.call('crm.contact.get', { id: 1 }));`,
  vibe: `import { createVibeRestClient } from ${JSON.stringify(entry)};
const v = createVibeRestClient({ apiKey: 'key' });
console.log(await v.request('GET /v1/contacts/{id}', { path: { id: 71 } }));`,
  // The same one-method app against the whole generated package (1,700 methods): tree-shaking must keep it runtime-sized.
  'generated-rest': `import { createClient } from ${JSON.stringify(generatedEntry)};
const c = createClient({ webhookUrl: 'https://example.bitrix24.com/rest/1/secret/' });
console.log(await c.call('crm.contact.get', { id: 23 }));`,
};
// Markers of code that belongs to only one client: a bundle containing the other's marker was not tree-shaken.
const foreign = {
  rest: ['vibecode.bitrix24.tech', 'invalid operation key'],
  vibe: ['oauth.bitrix.info', 'result_error'],
  'generated-rest': ['vibecode.bitrix24.tech', 'ERROR_BATCH_METHOD_NOT_ALLOWED', 'ENTITY_NOT_FOUND', 'ZodError'],
};

/** Bundles one app: its minified code and the milliseconds esbuild took. */
async function bundle(contents) {
  const [out, s] = await time(() =>
    build({
      stdin: { contents, resolveDir: root, sourcefile: 'app.ts', loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    }),
  );
  return { code: out.outputFiles[0].contents, ms: s * 1000 };
}

const results = {};
for (const [name, contents] of Object.entries(apps)) {
  const times = [];
  let code;
  for (let i = 0; i < 5; i++) {
    const r = await bundle(contents);
    times.push(r.ms);
    code = r.code;
  }
  const text = Buffer.from(code).toString('utf8');
  results[name] = {
    rawBytes: code.byteLength,
    gzipBytes: gzipSync(code, { level: 9 }).byteLength,
    medianBuildMs: Number(median(times).toFixed(1)),
    leaked: foreign[name].filter((m) => text.includes(m)),
  };
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(results, null, 2));
} else {
  for (const [name, r] of Object.entries(results)) {
    console.log(
      `${name.padEnd(14)} raw ${String(r.rawBytes).padStart(6)} B  gzip ${String(r.gzipBytes).padStart(5)} B  build median(5) ${r.medianBuildMs} ms` +
        (r.leaked.length ? `  WARNING: contains ${r.leaked.join(', ')}` : ''),
    );
  }
}
if (Object.values(results).some((r) => r.leaked.length)) process.exitCode = 1;

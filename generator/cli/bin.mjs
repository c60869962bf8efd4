#!/usr/bin/env node
// The toolkit runs from its TypeScript sources, with no build step: tsx is registered only when a
// command needs it, so `b24gen --help` answers without loading it.
import { main } from './main.mjs';

let registered = false;
process.exitCode = await main(process.argv.slice(2), {
  loadTypeScript: async () => {
    if (registered) return;
    registered = true;
    (await import('tsx/esm/api')).register();
  },
});

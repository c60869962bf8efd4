/** `b24gen mock`: run the mock portal (generator/mock/) until SIGINT or SIGTERM. */
import { UserError } from '../../core/errors.ts';
import type { Logger } from '../../core/log.ts';
import { createMockPortal, parseFault, type Fault } from '../../mock/index.ts';

export interface MockCommandOptions {
  specs: string;
  port: number;
  host: string;
  records: number;
  seed: number;
  only: string[] | undefined;
  faults: string[];
  webhook: { user: string; token: string };
  vibeApiKey: string | undefined;
  strict: boolean;
  log: Logger;
}

/** Start the mock, print its URLs to stdout, and resolve with exit code 0 once a signal stops it. */
export async function runMock(o: MockCommandOptions): Promise<number> {
  for (const [name, v] of [
    ['--port', o.port],
    ['--records', o.records],
    ['--seed', o.seed],
  ] as const) {
    if (!Number.isInteger(v) || v < 0) throw new UserError(`${name}: expected a whole number, got ${String(v)}`);
  }
  let faults: Fault[];
  try {
    faults = o.faults.map(parseFault);
  } catch (err) {
    throw new UserError(`--fault: ${(err as Error).message}`);
  }
  const started = performance.now();
  const portal = await createMockPortal({
    specs: o.specs,
    port: o.port,
    host: o.host,
    records: o.records,
    seed: o.seed,
    only: o.only,
    faults,
    webhook: o.webhook,
    vibeApiKey: o.vibeApiKey,
    strict: o.strict,
  });
  const ms = Math.round(performance.now() - started);
  const c = portal.coverage.apis;
  const count = (k: string) => c[k]?.methods ?? 0;
  process.stdout.write(
    [
      `b24gen mock: ${count('rest')} REST, ${count('rest3')} REST 3.0 and ${count('vibe')} Vibe methods, ready in ${ms} ms`,
      `  webhook     ${portal.webhookUrl}`,
      `  REST 3.0    ${portal.url}/rest/api/${o.webhook.user}/${o.webhook.token}/`,
      `  OAuth       portal ${portal.url}, oauthServer ${portal.url}, access token ${portal.oauth.accessToken}, refresh token ${portal.oauth.refreshToken}, client ${portal.oauth.clientId} / ${portal.oauth.clientSecret}`,
      `  Vibe        baseUrl ${portal.url}, X-Api-Key ${portal.vibeApiKey}`,
      ...(faults.length ? [`  faults      ${o.faults.join(', ')}`] : []),
      'Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await portal.close();
  o.log.info('mock portal stopped');
  return 0;
}

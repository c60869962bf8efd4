/** The HTTP edge of the mock portal: node:http on loopback, each request answered by a pure handler. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IncomingRequest, Reply } from './portal.ts';

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

/** Listen on `host:port` (0: any free port) and answer each request with `handle`, after its reply's delay. */
export async function startServer(handle: (req: IncomingRequest) => Reply, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  const timers = new Set<NodeJS.Timeout>();
  let origin = '';
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let reply: Reply;
      try {
        reply = handle({ verb: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), origin });
      } catch (err) {
        reply = { status: 500, body: { error: 'INTERNAL_SERVER_ERROR', error_description: `mock portal bug: ${(err as Error).message}` } };
      }
      const send = () => {
        if (res.destroyed) return;
        const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
        res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...reply.headers });
        res.end(text);
      };
      if (!reply.delayMs) return send();
      const t = setTimeout(() => {
        timers.delete(t);
        send();
      }, reply.delayMs);
      timers.add(t);
      res.on('close', () => {
        clearTimeout(t);
        timers.delete(t);
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const addr = server.address() as AddressInfo;
  origin = `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}`;
  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

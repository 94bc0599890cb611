// One simulated HTTP origin: a node:http server on 127.0.0.1 routing by path, with the scenario's status,
// latency and Location per route. Unknown paths answer 404.
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { LabOrigin } from './types.js';
import { createTracker } from './tracker.js';

export interface HttpOriginServer {
  origin: LabOrigin;
  port: number;
  close(): Promise<void>;
}

/** Starts the HTTP server of one lab origin on 127.0.0.1 (ephemeral port). */
export async function startHttpOrigin(origin: LabOrigin): Promise<HttpOriginServer> {
  const tracker = createTracker();
  const { timers } = tracker;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://lab.invalid');
    const route = origin.routes.get(`${url.pathname}${url.search}`) ?? origin.routes.get(url.pathname);
    const answer = (): void => {
      if (res.destroyed) return;
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
        return;
      }
      const headers: Record<string, string> = { 'content-type': 'text/plain' };
      if (route.location) headers.location = route.location;
      res.writeHead(route.status, headers).end(`${route.endpoint} ${route.status}\n`);
    };
    req.resume();
    const delay = route?.latencyMs ?? 0;
    if (delay <= 0) return answer();
    const timer = setTimeout(() => {
      timers.delete(timer);
      answer();
    }, delay);
    timers.add(timer);
    res.on('close', () => {
      clearTimeout(timer);
      timers.delete(timer);
    });
  });
  server.keepAliveTimeout = 5_000;
  server.on('connection', (socket: Socket) => tracker.track(socket));
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    origin,
    port: (server.address() as AddressInfo).port,
    close: () => tracker.close(server),
  };
}

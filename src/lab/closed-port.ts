// Ports on 127.0.0.1 that refuse connections, race-free: each is the local end of a connection the lab
// keeps open to its own holder server. The port stays bound (no listen(0) elsewhere can take it) but
// nothing listens on it, so a connection attempt gets a TCP reset at once: ECONNREFUSED.
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface ClosedPorts {
  /** a new port that refuses connections until `close()` */
  take(): Promise<number>;
  close(): Promise<void>;
}

export function createClosedPorts(): ClosedPorts {
  let holder: Promise<Server> | undefined;
  const sockets = new Set<Socket>();
  const listening = (): Promise<Server> => {
    holder ??= new Promise((resolve, reject) => {
      const server = createServer((peer) => {
        sockets.add(peer);
        peer.on('error', () => undefined);
      });
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve(server));
    });
    return holder;
  };
  return {
    async take() {
      const server = await listening();
      const { port } = server.address() as AddressInfo;
      const socket = connect(port, '127.0.0.1');
      sockets.add(socket);
      socket.on('error', () => undefined);
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('error', reject);
      });
      return socket.localPort as number;
    },
    async close() {
      for (const s of sockets) s.destroy();
      sockets.clear();
      if (!holder) return;
      const server = await holder;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

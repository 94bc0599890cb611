// What a lab server must undo on close: its pending delayed answers and its open sockets, so
// close() returns at once even while a client is mid-request (e.g. waiting out a slow endpoint).
import type { Server, Socket } from 'node:net';

export interface Tracker {
  /** delayed answers (latency, command delay); removed when they fire */
  timers: Set<NodeJS.Timeout>;
  /** registers a socket until it closes */
  track(socket: Socket): void;
  /** clears every timer, destroys every socket, then closes the server */
  close(server: Server): Promise<void>;
}

export function createTracker(): Tracker {
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  return {
    timers,
    track(socket) {
      sockets.add(socket);
      socket.setNoDelay(true);
      socket.on('close', () => sockets.delete(socket));
    },
    close: (server) =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

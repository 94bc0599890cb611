import { connect, createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type ClosedPorts, createClosedPorts } from '../../src/lab/closed-port.js';

function dial(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

function listenOn(port: number): Promise<string> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve('listening')));
  });
}

describe('closed ports', () => {
  let closed: ClosedPorts | undefined;
  afterEach(async () => {
    await closed?.close();
    closed = undefined;
  });

  it('refuse connections and stay reserved while the lab runs (no free-then-reuse race)', async () => {
    closed = createClosedPorts();
    const ports = await Promise.all([closed.take(), closed.take(), closed.take()]);
    expect(new Set(ports).size).toBe(3);
    for (const port of ports) {
      expect(await dial(port)).toBe('ECONNREFUSED');
      expect(await listenOn(port)).toBe('EADDRINUSE');
    }
  });

  it('closes without having handed out a port', async () => {
    closed = createClosedPorts();
    await expect(closed.close()).resolves.toBeUndefined();
  });
});

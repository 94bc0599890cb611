// One simulated SSH host: an ssh2 Server on 127.0.0.1 with its own host key, publickey auth for the lab's
// client key only, answering the fixed remote command templates from the lab world.
import { timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import ssh2 from 'ssh2';
import type { Connection, ParsedKey } from 'ssh2';
import { runRemoteCommand } from './remote-output.js';
import type { LabHost } from './types.js';
import { createTracker } from './tracker.js';

const { Server, utils } = ssh2;

export interface SshHostServer {
  host: LabHost;
  port: number;
  close(): Promise<void>;
}

export interface SshHostOptions {
  host: LabHost;
  /** private key (OpenSSH format) the server presents */
  hostKey: string;
  /** the only public key accepted for authentication */
  clientKey: ParsedKey;
}

function sameKey(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Parses an OpenSSH public or private key; throws on a malformed key (a lab bug, not user input). */
export function parseKeyOrThrow(text: string): ParsedKey {
  const parsed = utils.parseKey(text);
  if (parsed instanceof Error) throw parsed;
  return Array.isArray(parsed) ? (parsed[0] as ParsedKey) : parsed;
}

function handleClient(client: Connection, opts: SshHostOptions, timers: Set<NodeJS.Timeout>): void {
  const { host, clientKey } = opts;
  client.on('error', () => undefined); // a client that drops mid-handshake is not the lab's problem
  client.on('authentication', (ctx) => {
    if (host.authDenied || ctx.method !== 'publickey') return ctx.reject(['publickey']);
    const allowed =
      ctx.key.algo === clientKey.type &&
      sameKey(ctx.key.data, clientKey.getPublicSSH()) &&
      (!ctx.signature || clientKey.verify(ctx.blob as Buffer, ctx.signature, ctx.hashAlgo) === true);
    if (allowed) ctx.accept();
    else ctx.reject(['publickey']);
  });
  client.on('ready', () => {
    client.on('session', (acceptSession) => {
      const session = acceptSession();
      session.on('pty', (_accept, reject) => reject?.());
      session.on('shell', (_accept, reject) => reject?.());
      session.on('subsystem', (_accept, reject) => reject?.());
      session.once('exec', (accept, _reject, info) => {
        const stream = accept();
        const result = runRemoteCommand(host, info.command);
        const answer = (): void => {
          if (stream.destroyed) return;
          if (result.stdout) stream.write(result.stdout);
          if (result.stderr) stream.stderr.write(result.stderr);
          stream.exit(result.code);
          stream.end();
        };
        if (host.commandDelayMs <= 0) return answer();
        const timer = setTimeout(() => {
          timers.delete(timer);
          answer();
        }, host.commandDelayMs);
        timers.add(timer);
      });
    });
  });
}

/** Starts the SSH server of one lab host on 127.0.0.1 (ephemeral port). */
export async function startSshHost(opts: SshHostOptions): Promise<SshHostServer> {
  const tracker = createTracker();
  const ssh = new Server({ hostKeys: [opts.hostKey], ident: 'driftgate-lab_1.0' }, (client) => handleClient(client, opts, tracker.timers));
  ssh.on('error', () => undefined);
  // our own listener, so the lab can track and destroy every socket on close
  const server = createServer((socket) => {
    tracker.track(socket);
    socket.on('error', () => undefined);
    ssh.injectSocket(socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    host: opts.host,
    port,
    close: () => tracker.close(server),
  };
}

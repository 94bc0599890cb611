// One simulated SSH host: an ssh2 Server on 127.0.0.1 with its own host key, publickey auth for the
// lab's client key only, answering the fixed remote command template from the lab world, and
// forwarding channels (`ssh -J`, `ssh -L`) into the lab's network: its own 127.0.0.1-bound services
// and the other lab hosts by their declared addresses. Everything it receives is recorded.
import { timingSafeEqual } from 'node:crypto';
import { connect, createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import ssh2 from 'ssh2';
import type { Connection, ParsedKey, ServerConfig } from 'ssh2';
import { runRemoteCommand } from './remote-output.js';
import type { LabHost } from './types.js';
import { createTracker, type Tracker } from './tracker.js';

const { Server, utils } = ssh2;

export interface SshHostServer {
  host: LabHost;
  port: number;
  close(): Promise<void>;
}

/** Where a channel opened through a lab host lands (undefined: nothing listens there, refused). */
export type LabRoute = (from: LabHost, address: string, port: number) => { host: string; port: number } | undefined;

export interface SshHostOptions {
  host: LabHost;
  /** private key (OpenSSH format) the server presents */
  hostKey: string;
  /** the only public key accepted for authentication */
  clientKey: ParsedKey;
  /** the lab's network, for forwarded channels */
  route?: LabRoute;
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

function handleClient(client: Connection, opts: SshHostOptions, tracker: Tracker): void {
  const { host, clientKey } = opts;
  const { timers } = tracker;
  client.on('error', () => undefined); // a client that drops mid-handshake is not the lab's problem
  client.on('authentication', (ctx) => {
    host.received.auth += 1;
    if (host.authDenied || ctx.method !== 'publickey') return ctx.reject(['publickey']);
    const allowed =
      ctx.key.algo === clientKey.type &&
      sameKey(ctx.key.data, clientKey.getPublicSSH()) &&
      (!ctx.signature || clientKey.verify(ctx.blob as Buffer, ctx.signature, ctx.hashAlgo) === true);
    if (allowed) ctx.accept();
    else ctx.reject(['publickey']);
  });
  client.on('ready', () => {
    client.on('tcpip', (accept, reject, info) => {
      host.received.channels.push(`${info.destIP}:${info.destPort}`);
      const to = opts.route?.(host, info.destIP, info.destPort);
      if (!to) return reject();
      const socket = connect(to.port, to.host);
      tracker.track(socket);
      socket.once('error', () => reject());
      socket.once('connect', () => {
        const stream = accept();
        socket.removeAllListeners('error');
        socket.on('error', () => stream.destroy());
        stream.on('error', () => socket.destroy());
        stream.pipe(socket).pipe(stream);
      });
    });
    client.on('session', (acceptSession) => {
      const session = acceptSession();
      session.on('pty', (_accept, reject) => reject?.());
      session.on('shell', (_accept, reject) => reject?.());
      session.on('subsystem', (_accept, reject) => reject?.());
      session.once('exec', (accept, _reject, info) => {
        const stream = accept();
        host.received.execs.push(info.command);
        const result = runRemoteCommand(host, info.command);
        const answer = (): void => {
          if (stream.destroyed) return;
          if (result.stdout) stream.write(result.stdout);
          if (result.stderr) stream.stderr.write(result.stderr);
          stream.exit(result.code);
          stream.end();
        };
        // every heavy remote command (docker, find, qm/pct) costs the host's command delay
        const delay = host.commandDelayMs * result.tools;
        if (delay <= 0) return answer();
        const timer = setTimeout(() => {
          timers.delete(timer);
          answer();
        }, delay);
        timers.add(timer);
      });
    });
  });
}

/** Starts the SSH server of one lab host on 127.0.0.1 (ephemeral port). */
export async function startSshHost(opts: SshHostOptions): Promise<SshHostServer> {
  const tracker = createTracker();
  const config: ServerConfig = { hostKeys: [opts.hostKey], ident: opts.host.legacyRsa ? 'dropbear_2019.78' : 'driftgate-lab_1.0' };
  // an old device: an RSA key signed with SHA-1 only (what `HostKeyAlgorithms=+ssh-rsa` is declared for)
  if (opts.host.legacyRsa) config.algorithms = { serverHostKey: ['ssh-rsa'] };
  const ssh = new Server(config, (client) => handleClient(client, opts, tracker));
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

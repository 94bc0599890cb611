// One ssh2 connection per ssh target, host keys verified against known_hosts for the DECLARED host,
// stacks as concurrent exec channels (at most `channelsPerHost`, ≤ 8), per-command deadlines and a
// whole-run AbortSignal. Remote failures are returned as data, never thrown.
import ssh2, { type Client, type ConnectConfig } from 'ssh2';
import type { ProbeSettings } from '../config/types.js';
import { classifyError, failure, failureFrom, isTransientConnectError } from './classify.js';
import type { ConnectMap } from './connect-map.js';
import { blobAlgorithm, fingerprint, type HostKeyVerdict, type KnownHosts } from './known-hosts.js';
import { createLimiter, type Limiter, sleep } from './limiter.js';
import { type ExecResult, execOnChannel } from './ssh-exec.js';
import type { HostObservation, ProbeFailure } from './types.js';

const { Client: SshClient } = ssh2;

export type { ExecResult };

/** The declared SSH endpoint of a target (from ssh.targets.yaml). */
export interface SshEndpoint {
  id: string;
  host: string;
  port: number;
  user: string;
  /** the target's own connect timeout (connect_timeout_sec), else the run's */
  connectTimeoutMs?: number;
}

export type SshEvent =
  | { type: 'connected'; target: string; address: string; trust: HostObservation['trust']; hostKey?: HostObservation['hostKey'] }
  | { type: 'failed'; target: string; address: string; failure: ProbeFailure };

export interface SshPoolOptions {
  knownHosts: KnownHosts;
  /** private key text (never logged) */
  identity?: string;
  /** ssh-agent socket path (SSH_AUTH_SOCK): authenticates when there is no identity */
  agent?: string;
  connectMap?: ConnectMap;
  settings: Pick<ProbeSettings, 'channelsPerHost' | 'sshConnectTimeoutMs' | 'retries' | 'retryBackoffMs'>;
  trustOnFirstUse?: boolean;
  /** whole-run deadline: aborting closes every connection and fails pending commands */
  signal?: AbortSignal;
  now?: () => Date;
  onEvent?: (event: SshEvent) => void;
  /** sees every host key a target presents, before it is judged (`driftgate hosts pin` records them) */
  onHostKey?: (target: string, key: Buffer) => void;
  /** injection point for tests */
  clientFactory?: () => Client;
}

const HOST_KEY_ALGOS: Record<string, string[]> = {
  'ssh-rsa': ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'],
  'ssh-ed25519': ['ssh-ed25519'],
  'ecdsa-sha2-nistp256': ['ecdsa-sha2-nistp256'],
  'ecdsa-sha2-nistp384': ['ecdsa-sha2-nistp384'],
  'ecdsa-sha2-nistp521': ['ecdsa-sha2-nistp521'],
};

interface Connection {
  observation: HostObservation;
  client?: Client;
  limiter: Limiter;
}

export class SshPool {
  private readonly connections = new Map<string, Promise<Connection>>();
  private readonly clients = new Set<Client>();

  private constructor(private readonly opts: SshPoolOptions) {
    opts.signal?.addEventListener('abort', () => this.close(), { once: true });
  }

  static create(opts: SshPoolOptions): SshPool {
    return new SshPool(opts);
  }

  /** The host observation of a target, connecting once (later calls share the connection). */
  async connect(target: SshEndpoint): Promise<HostObservation> {
    return (await this.connection(target)).observation;
  }

  /** Runs a fixed-template command on the target; never throws. */
  async exec(target: SshEndpoint, command: string, deadlineMs: number): Promise<ExecResult> {
    const started = Date.now();
    const conn = await this.connection(target);
    if (!conn.client || !conn.observation.ok) {
      const f = conn.observation.failure ?? failure('error', 'no connection');
      return { code: null, stdout: '', stderr: '', timedOut: f.reason === 'timeout', durationMs: Date.now() - started, failure: f };
    }
    const client = conn.client;
    return conn.limiter.run(() => execOnChannel(client, command, deadlineMs, started, this.opts.signal));
  }

  /** Every host observation made so far. */
  async hosts(): Promise<HostObservation[]> {
    return (await Promise.all(this.connections.values())).map((c) => c.observation);
  }

  close(): void {
    for (const client of this.clients) client.end();
    this.clients.clear();
  }

  private connection(target: SshEndpoint): Promise<Connection> {
    let pending = this.connections.get(target.id);
    if (!pending) {
      pending = this.connectWithRetry(target);
      this.connections.set(target.id, pending);
    }
    return pending;
  }

  private async connectWithRetry(target: SshEndpoint): Promise<Connection> {
    const { retries, retryBackoffMs } = this.opts.settings;
    let attempt = 0;
    for (;;) {
      const result = await this.connectOnce(target);
      attempt += 1;
      if (result.conn.observation.ok || !result.transient || attempt > retries || this.opts.signal?.aborted) {
        return result.conn;
      }
      await sleep(retryBackoffMs * 2 ** (attempt - 1), this.opts.signal);
      // the run deadline passed during the backoff: keep the real failure, not a made-up timeout
      if (this.opts.signal?.aborted) return result.conn;
    }
  }

  private connectOnce(target: SshEndpoint): Promise<{ conn: Connection; transient: boolean }> {
    const { knownHosts, connectMap, settings, trustOnFirstUse, identity } = this.opts;
    const dial = connectMap?.ssh[target.id] ?? { host: target.host, port: target.port };
    const address = `${dial.host}:${dial.port}`;
    const startedAt = (this.opts.now ?? (() => new Date()))().toISOString();
    const t0 = Date.now();
    const limiter = createLimiter(Math.min(8, Math.max(1, settings.channelsPerHost)));
    let presented: { algorithm: string; fingerprint: string } | undefined;
    let verdict: HostKeyVerdict | undefined;
    let trust: HostObservation['trust'];

    return new Promise((resolve) => {
      const client = (this.opts.clientFactory ?? (() => new SshClient()))();
      let settled = false;
      const finish = (ok: boolean, f?: ProbeFailure, transient = false): void => {
        if (settled) return;
        settled = true;
        this.opts.signal?.removeEventListener('abort', onAbort);
        const observation: HostObservation = { target: target.id, address, ok, startedAt, durationMs: Date.now() - t0 };
        if (f) observation.failure = f;
        if (presented) observation.hostKey = presented;
        if (trust) observation.trust = trust;
        if (trust === 'mismatch') observation.pinnedFingerprints = knownHosts.lookup(target.host, target.port).map((k) => k.fingerprint);
        if (ok) {
          this.clients.add(client);
          this.opts.onEvent?.({ type: 'connected', target: target.id, address, trust, ...(presented ? { hostKey: presented } : {}) });
        } else {
          client.end();
          this.opts.onEvent?.({ type: 'failed', target: target.id, address, failure: f ?? failure('error', 'connection failed') });
        }
        resolve({ conn: { observation, client: ok ? client : undefined, limiter }, transient });
      };
      const onAbort = (): void => finish(false, failure('timeout', 'run deadline passed before the SSH connection was ready'));
      if (this.opts.signal?.aborted) return onAbort();
      this.opts.signal?.addEventListener('abort', onAbort, { once: true });

      const algos = knownHosts.pinnedAlgorithms(target.host, target.port).flatMap((a) => HOST_KEY_ALGOS[a] ?? []);
      const hostVerifier = (key: Buffer): boolean => {
        presented = { algorithm: blobAlgorithm(key), fingerprint: fingerprint(key) };
        this.opts.onHostKey?.(target.id, key);
        verdict = knownHosts.verify(target.host, target.port, key);
        if (verdict === 'pinned') trust = 'pinned';
        else if (verdict === 'unknown' && trustOnFirstUse) trust = 'tofu';
        else trust = verdict === 'unknown' ? 'unknown' : 'mismatch';
        return trust === 'pinned' || trust === 'tofu';
      };
      client.on('ready', () => {
        client.setNoDelay(true);
        finish(true);
      });
      client.on('error', (error: Error & { level?: string }) => {
        if (settled) return;
        if (verdict && trust === 'mismatch') {
          const what = verdict === 'revoked' ? 'is revoked in known_hosts' : `does not match the key pinned for ${target.host}:${target.port}`;
          finish(false, failure('host-key-mismatch', `host key ${presented?.fingerprint ?? '?'} presented by ${address} ${what}; nothing was sent`));
        } else if (verdict && trust === 'unknown') {
          finish(false, failure('host-key-unknown', `no known_hosts entry for ${target.host}:${target.port} (presented ${presented?.fingerprint ?? '?'}); not connecting without --trust-on-first-use`));
        } else if (algos.length > 0 && /no matching host key format/i.test(error.message)) {
          trust = 'mismatch';
          const pins = knownHosts.pinnedAlgorithms(target.host, target.port).join(', ');
          finish(false, failure('host-key-mismatch', `${address} offers none of the host key types pinned for ${target.host}:${target.port} (${pins}); nothing was sent`));
        } else {
          const reason = classifyError(error);
          const text = error.message.includes(address) ? error.message : `${address}: ${error.message}`;
          finish(false, failure(reason, text), isTransientConnectError(error) || reason === 'timeout');
        }
      });
      client.on('close', () => finish(false, failure('reset', `${address}: connection closed during the handshake`), true));

      const config: ConnectConfig = {
        host: dial.host,
        port: dial.port,
        username: target.user,
        readyTimeout: target.connectTimeoutMs ?? settings.sshConnectTimeoutMs,
        keepaliveInterval: 5_000,
        keepaliveCountMax: 3,
        hostVerifier,
        tryKeyboard: false,
      };
      if (identity) config.privateKey = identity;
      else if (this.opts.agent) config.agent = this.opts.agent;
      if (algos.length > 0) config.algorithms = { serverHostKey: algos as NonNullable<ConnectConfig['algorithms']>['serverHostKey'] };
      try {
        client.connect(config);
      } catch (error) {
        finish(false, failureFrom(error));
      }
    });
  }
}

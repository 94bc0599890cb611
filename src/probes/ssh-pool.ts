// One ssh2 connection per ssh target, opened by one entry point (`connect`) whether the target is
// dialled directly, on its LAN or Tailscale address (lan_first falls back), or through a jump host's
// connection (probe_via). Host keys are verified against the target's declared identity; commands
// run as exec channels (at most `channelsPerHost`, ≤ 8) with per-command deadlines and a whole-run
// AbortSignal. Remote failures are returned as data, never thrown.
import type { Client } from 'ssh2';
import type { ProbeSettings } from '../config/types.js';
import { failure } from './classify.js';
import type { ConnectMap } from './connect-map.js';
import type { KnownHosts } from './known-hosts.js';
import { createLimiter, type Limiter, sleep } from './limiter.js';
import { type ExecResult, execOnChannel } from './ssh-exec.js';
import type { DialCandidate } from './transport/address-plan.js';
import { type ForwardResult, forwardOut } from './transport/forward.js';
import { type HandshakeResult, handshake } from './transport/ssh-handshake.js';
import type { SshEndpoint } from './transport/ssh-endpoint.js';
import type { FailureReason, HostObservation, ProbeFailure } from './types.js';

export type { ExecResult, SshEndpoint };

export type SshEvent =
  | { type: 'connected'; target: string; address: string; trust: HostObservation['trust']; hostKey?: HostObservation['hostKey']; path?: string }
  | { type: 'failed'; target: string; address: string; failure: ProbeFailure }
  | { type: 'exec'; target: string };

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

interface Connection {
  observation: HostObservation;
  client?: Client;
  limiter: Limiter;
}

/** Failures of the network path (another address may work); identity and auth failures are not. */
const PATH_FAILURES: ReadonlySet<FailureReason> = new Set(['timeout', 'refused', 'reset', 'dns', 'unreachable']);

/** Where a candidate is dialled: the connect map (per plane `<id>@lan`, else per target) or the declared address. */
export function dialAddress(target: SshEndpoint, c: DialCandidate, connectMap?: ConnectMap): { host: string; port: number } {
  const map = connectMap?.ssh;
  return map?.[`${target.id}@${c.plane}`] ?? map?.[target.id] ?? { host: c.host, port: target.port };
}

export class SshPool {
  private readonly connections = new Map<string, Promise<Connection>>();
  private readonly clients: Client[] = [];

  private constructor(private readonly opts: SshPoolOptions) {
    opts.signal?.addEventListener('abort', () => this.close(), { once: true });
  }

  static create(opts: SshPoolOptions): SshPool {
    return new SshPool(opts);
  }

  /**
   * Connects to an ssh target (direct, on its address planes, or via its jump host) once; later calls
   * share the connection. The host observation says how it went: path, key, trust, failure.
   */
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
    return conn.limiter.run(() => {
      this.opts.onEvent?.({ type: 'exec', target: target.id });
      return execOnChannel(client, command, deadlineMs, started, this.opts.signal);
    });
  }

  /** A TCP channel from the target to `host:port` (e.g. 127.0.0.1:8080 on the host itself); never throws. */
  async forward(target: SshEndpoint, host: string, port: number, timeoutMs: number): Promise<ForwardResult> {
    const conn = await this.connection(target);
    if (!conn.client || !conn.observation.ok) {
      const f = conn.observation.failure ?? failure('error', 'no connection');
      return { ok: false, failure: { reason: f.reason, error: `ssh target "${target.id}" not connected: ${f.error}` } };
    }
    return forwardOut(conn.client, host, port, timeoutMs, `ssh target "${target.id}"`);
  }

  /** Every host observation made so far. */
  async hosts(): Promise<HostObservation[]> {
    return (await Promise.all(this.connections.values())).map((c) => c.observation);
  }

  close(): void {
    // inner connections ride on their jump host's: end them first
    for (const client of this.clients.splice(0).reverse()) client.end();
  }

  private connection(target: SshEndpoint): Promise<Connection> {
    let pending = this.connections.get(target.id);
    if (!pending) {
      pending = this.establish(target);
      this.connections.set(target.id, pending);
    }
    return pending;
  }

  private async establish(target: SshEndpoint): Promise<Connection> {
    const startedAt = (this.opts.now ?? (() => new Date()))().toISOString();
    const t0 = Date.now();
    const limiter = createLimiter(Math.min(8, Math.max(1, this.opts.settings.channelsPerHost)));
    const done = (r: HandshakeResult, address: string, path: string | undefined, failed: HostObservation['pathFailures'], attempted = true): Connection => {
      const observation: HostObservation = { target: target.id, address, ok: r.ok, startedAt, durationMs: Date.now() - t0 };
      if (r.failure) observation.failure = r.failure;
      if (r.hostKey) observation.hostKey = r.hostKey;
      if (r.trust) observation.trust = r.trust;
      if (r.pinnedFingerprints) observation.pinnedFingerprints = r.pinnedFingerprints;
      if (path) observation.pathUsed = path;
      if (failed && failed.length > 0) observation.pathFailures = failed;
      if (r.ok && r.client) {
        this.clients.push(r.client);
        this.opts.onEvent?.({ type: 'connected', target: target.id, address, trust: r.trust, ...(r.hostKey ? { hostKey: r.hostKey } : {}), ...(path ? { path } : {}) });
      } else if (!attempted) {
        this.opts.onEvent?.({ type: 'failed', target: target.id, address, failure: r.failure ?? failure('error', 'connection failed') });
      }
      return { observation, limiter, ...(r.ok && r.client ? { client: r.client } : {}) };
    };
    const declared = `${target.host}:${target.port}`;
    if (target.invalid) return done({ ok: false, failure: target.invalid, transient: false }, declared, undefined, undefined, false);
    let via: Connection | undefined;
    if (target.via) {
      via = await this.connection(target.via);
      if (!via.client || !via.observation.ok) {
        const f = via.observation.failure;
        const reason = f?.reason === 'timeout' ? 'timeout' : 'unreachable';
        const why = `jump host "${target.via.id}" could not be used (${f?.reason ?? 'error'}${f?.error ? `: ${f.error}` : ''}); nothing was sent to "${target.id}"`;
        return done({ ok: false, failure: failure(reason, why), transient: false }, `${declared} via ${target.via.id}`, `via ${target.via.id}`, undefined, false);
      }
    }
    const candidates: DialCandidate[] = target.plan?.candidates ?? [{ plane: 'direct', host: target.host }];
    const failed: NonNullable<HostObservation['pathFailures']> = [];
    for (const [i, candidate] of candidates.entries()) {
      const last = i === candidates.length - 1;
      const dial = dialAddress(target, candidate, this.opts.connectMap);
      const path = target.via ? `via ${target.via.id}` : candidate.plane;
      const address = `${dial.host}:${dial.port}${target.via ? ` via ${target.via.id}` : ''}`;
      const r = await this.attempt(target, dial, address, via?.client, last ? this.opts.settings.retries : 0);
      if (r.ok || last || !r.failure || !PATH_FAILURES.has(r.failure.reason) || this.opts.signal?.aborted) return done(r, address, path, failed);
      failed.push({ path, ...r.failure });
    }
    return done({ ok: false, failure: failure('error', `ssh target "${target.id}" declares no address for its access_policy`), transient: false }, declared, undefined, failed, false);
  }

  private async attempt(target: SshEndpoint, dial: { host: string; port: number }, address: string, via: Client | undefined, retries: number): Promise<HandshakeResult> {
    const { settings, signal } = this.opts;
    const timeoutMs = target.connectTimeoutMs ?? settings.sshConnectTimeoutMs;
    for (let attempt = 1; ; attempt++) {
      let result: HandshakeResult;
      if (via) {
        const channel = await forwardOut(via, dial.host, dial.port, timeoutMs, `jump host "${target.via?.id ?? '?'}"`);
        result = channel.ok
          ? await this.shake(target, { sock: channel.stream }, address, timeoutMs)
          : { ok: false, failure: channel.failure, transient: channel.failure.reason === 'refused' || channel.failure.reason === 'timeout' };
      } else {
        result = await this.shake(target, dial, address, timeoutMs);
      }
      if (!result.ok) this.opts.onEvent?.({ type: 'failed', target: target.id, address, failure: result.failure ?? failure('error', 'connection failed') });
      if (result.ok || !result.transient || attempt > retries || signal?.aborted) return result;
      await sleep(settings.retryBackoffMs * 2 ** (attempt - 1), signal);
      // the run deadline passed during the backoff: keep the real failure, not a made-up timeout
      if (signal?.aborted) return result;
    }
  }

  private shake(target: SshEndpoint, dial: Parameters<typeof handshake>[0]['dial'], address: string, timeoutMs: number): Promise<HandshakeResult> {
    const o = this.opts;
    return handshake({
      target,
      dial,
      address,
      knownHosts: o.knownHosts,
      readyTimeoutMs: timeoutMs,
      ...(o.trustOnFirstUse !== undefined ? { trustOnFirstUse: o.trustOnFirstUse } : {}),
      ...(o.identity !== undefined ? { identity: o.identity } : {}),
      ...(o.agent !== undefined ? { agent: o.agent } : {}),
      ...(o.onHostKey ? { onHostKey: (key: Buffer) => o.onHostKey?.(target.id, key) } : {}),
      ...(o.signal ? { signal: o.signal } : {}),
      ...(o.clientFactory ? { clientFactory: o.clientFactory } : {}),
    });
  }
}

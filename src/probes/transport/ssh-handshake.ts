// One SSH handshake to one target, over TCP or over a channel of a jump host's connection: the host
// key verified against the target's DECLARED identity (known_hosts entries of any of its names,
// whatever address was dialled); a mismatch aborts before authentication, so nothing is sent.
import ssh2, { type Client, type ConnectConfig } from 'ssh2';
import type { Duplex } from 'node:stream';
import { classifyError, failure, failureFrom, isTransientConnectError } from '../classify.js';
import { blobAlgorithm, fingerprint, type HostKeyVerdict, type KnownHosts } from '../known-hosts.js';
import type { HostObservation, ProbeFailure } from '../types.js';
import { sshAlgorithms } from './legacy-algorithms.js';
import type { SshEndpoint } from './ssh-endpoint.js';

const { Client: SshClient } = ssh2;

export interface HandshakeOptions {
  target: SshEndpoint;
  /** where to dial (TCP), or the channel to speak SSH over (jump host) */
  dial: { host: string; port: number } | { sock: Duplex };
  /** the address as reported: `host:port`, `host:port via jump` */
  address: string;
  knownHosts: KnownHosts;
  trustOnFirstUse?: boolean;
  identity?: string;
  /** ssh-agent socket path: authenticates when there is no identity */
  agent?: string;
  /** sees the host key the target presents, before it is judged */
  onHostKey?: (key: Buffer) => void;
  readyTimeoutMs: number;
  signal?: AbortSignal;
  clientFactory?: () => Client;
}

export interface HandshakeResult {
  ok: boolean;
  client?: Client;
  failure?: ProbeFailure;
  hostKey?: HostObservation['hostKey'];
  trust?: HostObservation['trust'];
  pinnedFingerprints?: string[];
  /** a failure an in-run retry may cure (refused, reset, timeout) */
  transient: boolean;
}

/** The names the target's host key may be pinned under. */
export function identityNames(target: SshEndpoint): string[] {
  return target.plan?.identityNames ?? [target.host];
}

export function handshake(o: HandshakeOptions): Promise<HandshakeResult> {
  const { target, knownHosts, address } = o;
  const names = identityNames(target);
  const pinnedTypes = knownHosts.pinnedAlgorithms(names, target.port);
  const legacy = target.legacy ?? { serverHostKey: [], kex: [], cipher: [], hmac: [] };
  const algorithms = sshAlgorithms(pinnedTypes, legacy);
  const who = `${names[0]}:${target.port}`;
  let presented: HostObservation['hostKey'];
  let verdict: HostKeyVerdict | undefined;
  let trust: HostObservation['trust'];

  return new Promise((resolve) => {
    const client = (o.clientFactory ?? (() => new SshClient()))();
    let settled = false;
    const finish = (ok: boolean, f?: ProbeFailure, transient = false): void => {
      if (settled) return;
      settled = true;
      o.signal?.removeEventListener('abort', onAbort);
      const result: HandshakeResult = { ok, transient };
      if (f) result.failure = f;
      if (presented) result.hostKey = presented;
      if (trust) result.trust = trust;
      if (trust === 'mismatch') result.pinnedFingerprints = knownHosts.lookup(names, target.port).map((k) => k.fingerprint);
      if (ok) result.client = client;
      else client.end();
      resolve(result);
    };
    const onAbort = (): void => finish(false, failure('timeout', 'run deadline passed before the SSH connection was ready'));
    if (o.signal?.aborted) return onAbort();
    o.signal?.addEventListener('abort', onAbort, { once: true });
    if (Array.isArray(algorithms.serverHostKey) && algorithms.serverHostKey.length === 0) {
      trust = 'mismatch';
      return finish(false, failure('host-key-mismatch', `known_hosts pins only ${pinnedTypes.join(', ')} keys for ${who}, a legacy algorithm the target does not declare in ssh_extra_opts; nothing was sent`));
    }

    const hostVerifier = (key: Buffer): boolean => {
      presented = { algorithm: blobAlgorithm(key), fingerprint: fingerprint(key) };
      o.onHostKey?.(key);
      verdict = knownHosts.verify(names, target.port, key);
      if (verdict === 'pinned') trust = 'pinned';
      else if (verdict === 'unknown' && o.trustOnFirstUse) trust = 'tofu';
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
        const what = verdict === 'revoked' ? 'is revoked in known_hosts' : `does not match the key pinned for ${who}`;
        finish(false, failure('host-key-mismatch', `host key ${presented?.fingerprint ?? '?'} presented by ${address} ${what}; nothing was sent`));
      } else if (verdict && trust === 'unknown') {
        finish(false, failure('host-key-unknown', `no known_hosts entry for ${who} (presented ${presented?.fingerprint ?? '?'}); not connecting without --trust-on-first-use`));
      } else if (/no matching host key format/i.test(error.message)) {
        if (pinnedTypes.length > 0) {
          trust = 'mismatch';
          const sha1 = pinnedTypes.includes('ssh-rsa') && !legacy.serverHostKey.includes('ssh-rsa')
            ? '; an old device that signs only with SHA-1 ssh-rsa needs -o HostKeyAlgorithms=+ssh-rsa in its ssh_extra_opts'
            : '';
          finish(false, failure('host-key-mismatch', `${address} offers none of the host key types pinned for ${who} (${pinnedTypes.join(', ')}); nothing was sent${sha1}`));
        } else {
          finish(false, failure('error', `${address} offers only legacy host key algorithms; if the device cannot do better, declare them in ssh_extra_opts (-o HostKeyAlgorithms=+ssh-rsa)`));
        }
      } else if (/no matching (key exchange|cipher|mac)/i.test(error.message)) {
        finish(false, failure('error', `${address}: ${error.message}; declare the legacy algorithm in ssh_extra_opts if the device cannot do better`));
      } else {
        const reason = classifyError(error);
        const text = error.message.includes(address) ? error.message : `${address}: ${error.message}`;
        finish(false, failure(reason, text), isTransientConnectError(error) || reason === 'timeout');
      }
    });
    client.on('close', () => finish(false, failure('reset', `${address}: connection closed during the handshake`), true));

    const config: ConnectConfig = {
      username: target.user,
      readyTimeout: o.readyTimeoutMs,
      keepaliveInterval: 5_000,
      keepaliveCountMax: 3,
      hostVerifier,
      tryKeyboard: false,
      algorithms,
    };
    if ('sock' in o.dial) config.sock = o.dial.sock as NonNullable<ConnectConfig['sock']>;
    else {
      config.host = o.dial.host;
      config.port = o.dial.port;
    }
    if (o.identity) config.privateKey = o.identity;
    else if (o.agent) config.agent = o.agent;
    try {
      client.connect(config);
    } catch (error) {
      finish(false, failureFrom(error));
    }
  });
}

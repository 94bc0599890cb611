// Collects the host key every declared ssh target presents, through the project's SSH pool
// (`SshPool.connect`, the one "connect to this target" entry point: connect map, per-target user,
// ssh-agent, retries and timeouts as in a live run). The pool verifies against the pins it is given,
// so a key it does not already trust is recorded and refused: nothing is authenticated or sent to it.
import { setMaxListeners } from 'node:events';
import type { SshTarget } from '../bindings/types.js';
import type { ProbeSettings } from '../config/types.js';
import type { ConnectMap } from '../probes/connect-map.js';
import { blobAlgorithm, fingerprint, type KnownHosts } from '../probes/known-hosts.js';
import { createLimiter } from '../probes/limiter.js';
import { sshEndpointOf } from '../probes/ssh-endpoint.js';
import { type SshEndpoint, SshPool } from '../probes/ssh-pool.js';
import type { HostObservation } from '../probes/types.js';

export interface PresentedKey {
  algorithm: string;
  /** base64 of the key blob */
  key: string;
  fingerprint: string;
}

export interface ScannedHost {
  target: SshTarget;
  endpoint: SshEndpoint;
  /** the key the host presented (undefined when it was not reached) */
  presented?: PresentedKey;
  observation?: HostObservation;
  /** why the target was not contacted */
  skipped?: string;
}

export interface ScanOptions {
  /** the pins the pool verifies against (a presented key outside them is recorded, then refused) */
  knownHosts: KnownHosts;
  identity?: string;
  agent?: string;
  connectMap?: ConnectMap;
  settings: ProbeSettings;
  /** why a target cannot be dialled directly (probe_via without a connect-map entry), else undefined */
  unreachable: (target: SshTarget) => string | undefined;
}

export async function scanHostKeys(targets: readonly SshTarget[], opts: ScanOptions): Promise<ScannedHost[]> {
  const keys = new Map<string, Buffer>();
  const run = new AbortController();
  // every pending connection listens on the run signal (bounded by hostConcurrency, not a leak)
  setMaxListeners(0, run.signal);
  const timer = setTimeout(() => run.abort(), opts.settings.runTimeoutMs);
  const pool = SshPool.create({
    knownHosts: opts.knownHosts,
    identity: opts.identity,
    agent: opts.agent,
    connectMap: opts.connectMap,
    settings: opts.settings,
    trustOnFirstUse: false,
    signal: run.signal,
    onHostKey: (id, key) => void keys.set(id, key),
  });
  const limiter = createLimiter(opts.settings.hostConcurrency);
  try {
    return await Promise.all(
      targets.map(async (target): Promise<ScannedHost> => {
        const endpoint = sshEndpointOf(target, opts.settings);
        const skipped = opts.unreachable(target);
        if (skipped) return { target, endpoint, skipped };
        const observation = await limiter.run(() => pool.connect(endpoint));
        const blob = keys.get(target.id);
        const scanned: ScannedHost = { target, endpoint, observation };
        if (blob) scanned.presented = { algorithm: blobAlgorithm(blob), key: blob.toString('base64'), fingerprint: fingerprint(blob) };
        return scanned;
      }),
    );
  } finally {
    clearTimeout(timer);
    pool.close();
  }
}

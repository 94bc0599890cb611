// Collects the host key every declared ssh target presents, through the project's SSH pool
// (`SshPool.connect`, the one "connect to this target" entry point) with the endpoints a live run
// uses (`sshEndpoints`: address planes, jump hosts, `probe.users`; connect map, ssh-agent, retries
// and timeouts as in a run). The pool verifies against the pins it is given, so a key it does not
// already trust is recorded and refused: nothing is authenticated or sent to it, and nothing is
// tunnelled through a jump host it does not trust (the target behind it waits for the next run).
import { setMaxListeners } from 'node:events';
import type { SshTarget } from '../bindings/types.js';
import type { ProbeSettings } from '../config/types.js';
import type { ConnectMap } from '../probes/connect-map.js';
import { blobAlgorithm, fingerprint, type KnownHosts } from '../probes/known-hosts.js';
import { createLimiter } from '../probes/limiter.js';
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
  /** why the target was not contacted (a probe_via naming an undeclared target, or a loop) */
  skipped?: string;
}

export interface ScanOptions {
  /** the pins the pool verifies against (a presented key outside them is recorded, then refused) */
  knownHosts: KnownHosts;
  identity?: string;
  agent?: string;
  connectMap?: ConnectMap;
  settings: ProbeSettings;
}

/** Scans each declared target through its endpoint (from `sshEndpoints`). */
export async function scanHostKeys(hosts: ReadonlyArray<{ target: SshTarget; endpoint: SshEndpoint }>, opts: ScanOptions): Promise<ScannedHost[]> {
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
      hosts.map(async ({ target, endpoint }): Promise<ScannedHost> => {
        if (endpoint.invalid) return { target, endpoint, skipped: endpoint.invalid.error };
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

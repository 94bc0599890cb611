// Executes a probe plan: hosts in parallel under `hostConcurrency` (one SSH connection each, its
// stacks/backups/hypervisor as concurrent channels), HTTP under `httpConcurrency`, both at once,
// under a whole-run deadline after which unfinished probes are recorded as timeouts.
import { setMaxListeners } from 'node:events';
import type { Model } from '../bindings/types.js';
import type { ResolvedConfig } from '../config/types.js';
import { probeBackup } from './backup.js';
import { type Exec, probeStack } from './compose.js';
import type { ConnectMap } from './connect-map.js';
import { createHttpProber, type HttpProberOptions } from './http.js';
import { probeHypervisor } from './hypervisor.js';
import { KnownHosts } from './known-hosts.js';
import { createLimiter } from './limiter.js';
import { type HostPlan, planProbes } from './plan.js';
import { sshEndpointOf } from './ssh-endpoint.js';
import { type SshEndpoint, type SshEvent, SshPool } from './ssh-pool.js';
import type { BackupObservation, HostObservation, HypervisorObservation, Observations, ProbeFailure, StackObservation } from './types.js';

export interface ProbeAllOptions {
  connectMap?: ConnectMap;
  knownHosts?: KnownHosts;
  /** private key text (never logged) */
  identity?: string;
  /** ssh-agent socket (SSH_AUTH_SOCK), used when there is no identity */
  agent?: string;
  trustOnFirstUse?: boolean;
  now: () => Date;
  onProgress?: (done: number, total: number, label: string) => void;
  onSshEvent?: (event: SshEvent) => void;
  /** extra undici Agent options (tests) */
  httpDispatcherOptions?: HttpProberOptions['dispatcherOptions'];
}

interface HostResult {
  host?: HostObservation;
  stacks: StackObservation[];
  backups: BackupObservation[];
  hypervisor?: HypervisorObservation;
}

function endpointOf(plan: HostPlan, config: ResolvedConfig): SshEndpoint {
  return sshEndpointOf(plan.target!, config.probe);
}

function skipped(plan: HostPlan, f: ProbeFailure, startedAt: string): HostResult {
  const base = { startedAt, durationMs: 0, ok: false, failure: f };
  const result: HostResult = {
    stacks: plan.stacks.map((s) => ({ ...base, target: s.target, sshTarget: plan.id, stack: s.name, path: s.path, containers: [] })),
    backups: plan.backups.map((b) => ({ ...base, name: b.name, host: b.host, matches: 0 })),
  };
  if (plan.target) result.host = { ...base, target: plan.id, address: `${plan.target.host}:${plan.target.port}` };
  if (plan.hypervisor) result.hypervisor = { ...base, host: plan.id, vms: [] };
  return result;
}

export async function probeAll(model: Model, config: ResolvedConfig, opts: ProbeAllOptions): Promise<Observations> {
  const { now } = opts;
  const startedAt = now().toISOString();
  const t0 = Date.now();
  const settings = config.probe;
  const plan = planProbes(model, config, opts.connectMap);
  const run = new AbortController();
  // every in-flight probe listens on the run signal (and removes its listener when done): the
  // count is bounded by the concurrency limits, not a leak, so lift Node's default warning at 10
  setMaxListeners(0, run.signal);
  const timer = setTimeout(() => run.abort(new DOMException('run deadline passed', 'TimeoutError')), settings.runTimeoutMs);
  let done = 0;
  const tick = (label: string): void => {
    done += 1;
    opts.onProgress?.(done, plan.total, label);
  };
  const pool = SshPool.create({
    knownHosts: opts.knownHosts ?? KnownHosts.empty(),
    identity: opts.identity,
    agent: opts.agent,
    connectMap: opts.connectMap,
    settings,
    trustOnFirstUse: opts.trustOnFirstUse ?? settings.trustOnFirstUse,
    signal: run.signal,
    now,
    onEvent: opts.onSshEvent,
  });
  const prober = createHttpProber({ connectMap: opts.connectMap, dispatcherOptions: opts.httpDispatcherOptions, now });
  const hostLimiter = createLimiter(settings.hostConcurrency);
  const httpLimiter = createLimiter(settings.httpConcurrency);

  const probeHost = async (h: HostPlan): Promise<HostResult> => {
    if (h.skip) {
      const result = skipped(h, h.skip, now().toISOString());
      for (let i = 0; i < h.stacks.length + h.backups.length + (h.hypervisor ? 1 : 0); i++) tick(h.id);
      return result;
    }
    return hostLimiter.run(async () => {
      const endpoint = endpointOf(h, config);
      const host = await pool.connect(endpoint);
      const exec: Exec = (command) => pool.exec(endpoint, command, settings.sshCommandTimeoutMs);
      const [stacks, backups, hypervisor] = await Promise.all([
        Promise.all(h.stacks.map(async (s) => {
          const obs = await probeStack(s, h.id, exec, now);
          tick(`${s.target}/${s.name}`);
          return obs;
        })),
        Promise.all(h.backups.map(async (b) => {
          const obs = await probeBackup(b, exec, now);
          tick(`backup ${b.name}`);
          return obs;
        })),
        h.hypervisor ? probeHypervisor(h.id, exec, now).then((obs) => (tick(`hypervisor ${h.id}`), obs)) : undefined,
      ]);
      const result: HostResult = { host, stacks, backups };
      if (hypervisor) result.hypervisor = hypervisor;
      return result;
    });
  };

  const http = {
    connectTimeoutMs: model.healthDefaults.connectTimeoutSec * 1000,
    maxTimeMs: model.healthDefaults.maxTimeSec * 1000,
    retries: settings.retries,
    backoffMs: settings.retryBackoffMs,
    signal: run.signal,
  };
  try {
    const [hostResults, endpoints] = await Promise.all([
      Promise.all(plan.hosts.map(probeHost)),
      Promise.all(
        plan.endpoints.map((e) =>
          httpLimiter.run(async () => {
            const obs = await prober.probe(e, http);
            tick(e.id);
            return obs;
          }),
        ),
      ),
    ]);
    return {
      version: 1,
      startedAt,
      durationMs: Date.now() - t0,
      hosts: hostResults.flatMap((r) => (r.host ? [r.host] : [])),
      stacks: hostResults.flatMap((r) => r.stacks),
      endpoints,
      backups: hostResults.flatMap((r) => r.backups),
      hypervisors: hostResults.flatMap((r) => (r.hypervisor ? [r.hypervisor] : [])),
    };
  } finally {
    clearTimeout(timer);
    pool.close();
    await prober.close();
  }
}

/** True when any probe of the snapshot failed (the run is inconclusive unless drift was proven). */
export function hasProbeFailures(obs: Observations): boolean {
  return [obs.hosts, obs.stacks, obs.endpoints, obs.backups, obs.hypervisors].some((list) => list.some((o) => !o.ok));
}

// Executes a probe plan: hosts in parallel under `hostConcurrency` (one SSH connection each, every
// probe of the host in one exec, its localhost-bound endpoints over channels of the same
// connection), direct HTTP under `httpConcurrency`, all at once, under a whole-run deadline after
// which unfinished probes are recorded as timeouts.
import { setMaxListeners } from 'node:events';
import type { ConnectionOptions } from 'node:tls';
import type { Agent } from 'undici';
import type { Endpoint, Model } from '../bindings/types.js';
import type { ResolvedConfig } from '../config/types.js';
import { failure } from './classify.js';
import type { ConnectMap } from './connect-map.js';
import { extraLists, extraProbes } from './extra-probes.js';
import { skippedExtras } from './host-extras.js';
import { type HostProbeResult, probeHost } from './host-probe.js';
import { createHttpProber, type HttpProberOptions, type HttpProbeSettings } from './http.js';
import { KnownHosts } from './known-hosts.js';
import { createLimiter } from './limiter.js';
import { type HostPlan, type ProbePlan, batchProbes, planProbes } from './plan.js';
import type { ProbeKind } from './probe-kinds.js';
import { markShadow } from './shadow.js';
import { type Shard, shardPlan } from './shard.js';
import { type SshEvent, SshPool } from './ssh-pool.js';
import { sshHttpDispatcher } from './transport/http-over-ssh.js';
import type { EndpointObservation, HostObservation, Observations, ProbeFailure } from './types.js';

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
  /** probe kinds to run (the selected live gates' needs); default all */
  kinds?: ReadonlySet<ProbeKind>;
  /** probe only this part of the plan (`probe --shard K/N`) */
  shard?: Shard;
}

function skipped(plan: HostPlan, f: ProbeFailure, startedAt: string): HostProbeResult {
  const base = { startedAt, durationMs: 0, ok: false as const, failure: f };
  const result: HostProbeResult = {
    stacks: plan.stacks.map((s) => ({ ...base, target: s.target, sshTarget: plan.id, stack: s.name, path: s.path, containers: [] })),
    backups: plan.backups.map((b) => ({ ...base, name: b.name, host: b.host, matches: 0 })),
  };
  if (plan.hypervisor) result.hypervisor = { ...base, host: plan.id, vms: [] };
  return { ...result, ...skippedExtras(plan.id, plan.extras, f, startedAt) };
}

/** The plan of a run: what the options select, cut to the shard. */
export function planOf(model: Model, config: ResolvedConfig, opts: Pick<ProbeAllOptions, 'kinds' | 'shard'>): ProbePlan {
  const plan = planProbes(model, config, opts.kinds ? { kinds: opts.kinds } : {});
  return opts.shard ? shardPlan(plan, opts.shard) : plan;
}

export async function probeAll(model: Model, config: ResolvedConfig, opts: ProbeAllOptions): Promise<Observations> {
  const { now } = opts;
  const startedAt = now().toISOString();
  const t0 = Date.now();
  const settings = config.probe;
  const plan = planOf(model, config, opts);
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
  const http: HttpProbeSettings = {
    connectTimeoutMs: model.healthDefaults.connectTimeoutSec * 1000,
    maxTimeMs: model.healthDefaults.maxTimeSec * 1000,
    retries: settings.retries,
    backoffMs: settings.retryBackoffMs,
    signal: run.signal,
  };
  const agents: Agent[] = [];

  const probeEndpoint = async (e: Endpoint, viaHost?: HostPlan): Promise<EndpointObservation> => {
    const obs = await httpLimiter.run(async () => {
      if (e.probeVia === 'ssh' && !viaHost?.endpoint) {
        return {
          id: e.id, url: e.url, ok: false, startedAt: now().toISOString(), durationMs: 0, timeoutMs: http.maxTimeMs, attempts: 0,
          failure: failure('error', `endpoint "${e.id}" is probed via ssh, but its host "${e.host ?? ''}" names no ssh target`),
        };
      }
      if (!viaHost?.endpoint) return prober.probe(e, http);
      const target = viaHost.endpoint;
      const agent = sshHttpDispatcher((port) => pool.forward(target, '127.0.0.1', port, http.connectTimeoutMs), (opts.httpDispatcherOptions?.connect ?? {}) as ConnectionOptions);
      agents.push(agent);
      return prober.probe(e, http, { dispatcher: agent, target: target.id });
    });
    tick(e.id);
    return obs;
  };

  const probeHostPlan = async (h: HostPlan): Promise<{ id: string; result: HostProbeResult; http: EndpointObservation[] }> => {
    if (h.skip || !h.endpoint) {
      const result = skipped(h, h.skip ?? failure('error', 'no endpoint'), now().toISOString());
      for (let i = 0; i < Math.max(1, batchProbes(h)); i++) tick(h.id);
      return { id: h.id, result, http: await Promise.all(h.httpVia.map((e) => probeEndpoint(e))) };
    }
    const target = h.endpoint;
    return hostLimiter.run(async () => {
      await pool.connect(target);
      const [result, viaHttp] = await Promise.all([
        probeHost(h, (command) => pool.exec(target, command, settings.sshCommandTimeoutMs), now).then((r) => {
          for (let i = 0; i < Math.max(1, batchProbes(h)); i++) tick(h.id);
          return r;
        }),
        Promise.all(h.httpVia.map((e) => probeEndpoint(e, h))),
      ]);
      return { id: h.id, result, http: viaHttp };
    });
  };

  try {
    const [hostResults, endpoints] = await Promise.all([Promise.all(plan.hosts.map(probeHostPlan)), Promise.all(plan.endpoints.map((e) => probeEndpoint(e)))]);
    // every connection made, jump hosts included, in plan order first
    const seen = await pool.hosts();
    const order = new Map(plan.hosts.map((h, i) => [h.id, i]));
    const hosts: HostObservation[] = [...seen].sort((a, b) => (order.get(a.target) ?? Infinity) - (order.get(b.target) ?? Infinity));
    for (const r of hostResults) {
      const host = hosts.find((x) => x.target === r.id);
      if (host && r.result.otherContainers) host.otherContainers = r.result.otherContainers;
    }
    for (const h of plan.hosts.filter((x) => x.shadowOnly)) {
      const host = hosts.find((x) => x.target === h.id);
      if (host) host.shadow = true;
    }
    const observed: Observations = {
      version: 1,
      startedAt,
      durationMs: Date.now() - t0,
      hosts,
      stacks: hostResults.flatMap((r) => r.result.stacks),
      endpoints: [...hostResults.flatMap((r) => r.http), ...endpoints],
      backups: hostResults.flatMap((r) => r.result.backups),
      hypervisors: hostResults.flatMap((r) => (r.result.hypervisor ? [r.result.hypervisor] : [])),
      ...extraLists(hostResults.map((r) => r.result)),
    };
    markShadow(observed, model);
    return observed;
  } finally {
    clearTimeout(timer);
    // every request has finished: drop the channels, then the SSH connections under them (an HTTP
    // client waits for its socket's close, which a channel emits once its connection is gone)
    const closing = agents.map((a) => a.destroy().catch(() => undefined));
    pool.close();
    await Promise.all([...closing, prober.close()]);
  }
}

/**
 * True when any probe of the snapshot failed (the run is inconclusive unless drift was proven). An
 * `optional` target that could not be reached is no failure unless another probe needed it; a
 * shadow probe (of a disabled entry) that failed is never one.
 */
export function hasProbeFailures(obs: Observations, optionalTargets: ReadonlySet<string> = new Set()): boolean {
  const real = <T extends { shadow?: true }>(list: T[]): T[] => list.filter((o) => !o.shadow);
  const stacks = real(obs.stacks);
  const backups = real(obs.backups);
  const endpoints = real(obs.endpoints);
  const extra = extraProbes(obs);
  const needed = new Set([
    ...stacks.map((s) => s.sshTarget),
    ...backups.map((b) => b.host),
    ...obs.hypervisors.map((h) => h.host),
    ...endpoints.flatMap((e) => (e.via ? [e.via] : [])),
    ...extra.map((o) => o.sshTarget),
  ]);
  const hosts = obs.hosts.filter((h) => needed.has(h.target) || (!optionalTargets.has(h.target) && !h.shadow));
  return [hosts, stacks, endpoints, backups, obs.hypervisors, extra].some((list) => list.some((o) => !o.ok));
}

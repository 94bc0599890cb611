// Live probing as the commands run it: resolve the connect map, pinned host keys and identity from
// flags, config and environment; show progress on a TTY; probe what the selected live gates need
// (all of it by default), or one shard of it, once.
import { resolve } from 'node:path';
import type { Model } from '../bindings/types.js';
import type { ResolvedConfig } from '../config/types.js';
import { type ConnectMap, loadConnectMap, parseConnectMap } from '../probes/connect-map.js';
import { resolveIdentity } from '../probes/identity.js';
import { KnownHosts, resolveKnownHosts } from '../probes/known-hosts.js';
import { probeKindsFor } from '../probes/probe-kinds.js';
import { planOf, probeAll } from '../probes/probe-all.js';
import { parseShard } from '../probes/shard.js';
import type { Observations } from '../probes/types.js';
import type { Io } from './io.js';

export interface LiveFlags {
  connectMap?: string;
  knownHosts?: string;
  identity?: string;
  trustOnFirstUse?: boolean;
  /** ids of the selected live gates: only the probes they read run (undefined = every probe) */
  liveGates?: readonly string[];
  /** `K/N`: probe only this shard of the hosts and endpoints */
  shard?: string;
}

/** Transport set up in-process instead of from files (the demo and tests hand the lab's over). */
export interface LiveOverrides {
  connectMap?: ConnectMap;
  knownHostsText?: string;
  identity?: string;
}

export async function probeLive(
  model: Model,
  config: ResolvedConfig,
  flags: LiveFlags,
  io: Io,
  overrides: LiveOverrides = {},
): Promise<Observations> {
  const connectMap = overrides.connectMap
    ? parseConnectMap(overrides.connectMap, 'lab connect map')
    : flags.connectMap
      ? loadConnectMap(resolve(io.cwd, flags.connectMap))
      : undefined;
  const knownHosts =
    overrides.knownHostsText !== undefined
      ? KnownHosts.parse(overrides.knownHostsText, 'lab known_hosts')
      : resolveKnownHosts(flags.knownHosts, config.probe.knownHosts, io.env, io.cwd);
  const identity = overrides.identity ?? resolveIdentity(flags.identity, io.env, io.cwd);
  const trustOnFirstUse = Boolean(flags.trustOnFirstUse) || config.probe.trustOnFirstUse;

  if (knownHosts.size === 0 && !trustOnFirstUse) {
    io.stderr('driftgate: warning: no known_hosts (--known-hosts or DRIFTGATE_KNOWN_HOSTS): no SSH connection will be made\n');
  }
  if (trustOnFirstUse) io.stderr('driftgate: warning: trust on first use is on: unknown host keys are accepted for this run\n');

  const kinds = probeKindsFor(flags.liveGates);
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
  const plan = planOf(model, config, { kinds, ...(shard ? { shard } : {}) });
  const hostsTotal = plan.hosts.filter((h) => !h.skip).length;
  // a host counts once, however many connection attempts its retries make
  const hostsSeen = new Set<string>();
  const progress = io.isTty
    ? (done: number, total: number, label: string) => {
        io.stderr(`\r\u001b[2Kprobing: ${done}/${total} probes, hosts ${hostsSeen.size}/${hostsTotal} - ${label.slice(0, 40)}`);
        if (done === total) io.stderr('\r\u001b[2K');
      }
    : undefined;
  return probeAll(model, config, {
    kinds,
    ...(shard ? { shard } : {}),
    connectMap,
    knownHosts,
    identity,
    trustOnFirstUse,
    now: io.now,
    onProgress: progress,
    onSshEvent: (event) => {
      if (event.type === 'exec') return;
      hostsSeen.add(event.target);
      if (event.type === 'connected' && event.trust === 'tofu') {
        const key = event.hostKey ? `${event.hostKey.algorithm} ${event.hostKey.fingerprint}` : 'an unrecorded key';
        io.stderr(
          `${io.isTty ? '\r\u001b[2K' : ''}driftgate: warning: trusted on first use: ssh target "${event.target}" (${event.address}) presented ${key}; verify it and pin it in known_hosts\n`,
        );
      }
    },
  });
}

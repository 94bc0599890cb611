// Live probing as the commands run it: resolve the connect map, pinned host keys and identity from
// flags, config and environment; refuse (exit 2, before any probe) inputs that would make every SSH
// probe fail; show progress on a TTY; probe what the selected live gates need (all of it by
// default), or one shard of it, once.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Model } from '../bindings/types.js';
import type { ResolvedConfig } from '../config/types.js';
import { type ConnectMap, loadConnectMap, parseConnectMap } from '../probes/connect-map.js';
import { resolveIdentity } from '../probes/identity.js';
import { KnownHosts, resolveKnownHosts } from '../probes/known-hosts.js';
import { probeKindsFor } from '../probes/probe-kinds.js';
import { planOf, probeAll } from '../probes/probe-all.js';
import { parseShard } from '../probes/shard.js';
import { unknownUserOverrides } from '../probes/transport/ssh-endpoint.js';
import type { Observations } from '../probes/types.js';
import { UserError } from './errors.js';
import { EXIT_ERROR } from './exit-codes.js';
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
  /** no progress line and no warnings on stderr */
  quiet?: boolean;
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
  const agent = identity ? undefined : sshAgent(io.env);
  const trustOnFirstUse = Boolean(flags.trustOnFirstUse) || config.probe.trustOnFirstUse;
  const warn = (text: string): void => {
    if (!flags.quiet) io.stderr(`driftgate: warning: ${text}\n`);
  };

  const kinds = probeKindsFor(flags.liveGates);
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
  const plan = planOf(model, config, { kinds, ...(shard ? { shard } : {}) });
  const hostsTotal = plan.hosts.filter((h) => !h.skip).length;
  if (hostsTotal > 0) {
    if (knownHosts.size === 0 && !trustOnFirstUse) {
      throw new UserError(
        `no pinned SSH host keys (${knownHostsSource(flags, config, io.env)}), so every SSH probe would fail; ` +
          'write them with "driftgate hosts pin --known-hosts FILE", review the file, and pass it with --known-hosts FILE ' +
          '(or probe.known_hosts in the config, or DRIFTGATE_KNOWN_HOSTS)',
        EXIT_ERROR,
      );
    }
    if (!identity && !agent) {
      throw new UserError(
        'no SSH identity, so every SSH login would fail; pass --identity FILE, set DRIFTGATE_SSH_KEY, or start an ssh-agent (SSH_AUTH_SOCK) holding the key',
        EXIT_ERROR,
      );
    }
  }
  for (const line of unknownUserOverrides(model, config.probe.users)) warn(line);
  if (trustOnFirstUse) warn('trust on first use is on: unknown host keys are accepted for this run');
  // a host counts once, however many connection attempts its retries make
  const hostsSeen = new Set<string>();
  const progress = io.isTty && !flags.quiet
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
    agent,
    trustOnFirstUse,
    now: io.now,
    onProgress: progress,
    onSshEvent: (event) => {
      if (event.type === 'exec') return;
      hostsSeen.add(event.target);
      if (event.type === 'connected' && event.trust === 'tofu' && !flags.quiet) {
        const key = event.hostKey ? `${event.hostKey.algorithm} ${event.hostKey.fingerprint}` : 'an unrecorded key';
        io.stderr(
          `${io.isTty ? '\r\u001b[2K' : ''}driftgate: warning: trusted on first use: ssh target "${event.target}" (${event.address}) presented ${key}; verify it and pin it in known_hosts\n`,
        );
      }
    },
  });
}

/** The ssh-agent socket from SSH_AUTH_SOCK; one that does not exist is a UserError (every login would fail). */
export function sshAgent(env: Record<string, string | undefined>): string | undefined {
  const sock = env.SSH_AUTH_SOCK?.trim();
  if (!sock) return undefined;
  if (!existsSync(sock)) throw new UserError(`SSH_AUTH_SOCK names ${sock}, which does not exist: is the ssh-agent running?`, EXIT_ERROR);
  return sock;
}

function knownHostsSource(flags: LiveFlags, config: ResolvedConfig, env: Record<string, string | undefined>): string {
  if (flags.knownHosts) return `--known-hosts ${flags.knownHosts} has no entries`;
  if (config.probe.knownHosts) return `probe.known_hosts ${config.probe.knownHosts} has no entries`;
  if (env.DRIFTGATE_KNOWN_HOSTS?.trim()) return 'DRIFTGATE_KNOWN_HOSTS has no entries';
  return 'none given: --known-hosts, probe.known_hosts and DRIFTGATE_KNOWN_HOSTS are all unset';
}

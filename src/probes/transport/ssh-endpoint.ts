// What it takes to connect to one declared ssh target, for every command that connects (a probe
// run, `hosts pin`, `hosts commands`): its declared identity (the names its host key is pinned
// under), the addresses to dial in order, the jump host it is reached through (`probe_via`,
// resolved to that target's own endpoint), the login user (`probe.users` override, else the
// declared `user`) and the legacy algorithms it declares.
import type { Model, SshTarget } from '../../bindings/types.js';
import type { ProbeSettings } from '../../config/types.js';
import type { ProbeFailure } from '../types.js';
import { type DialPlan, dialPlan } from './address-plan.js';
import { type LegacyAlgorithms, legacyAlgorithms } from './legacy-algorithms.js';

/** The declared SSH endpoint of a target (from ssh.targets.yaml). */
export interface SshEndpoint {
  id: string;
  /** the declared host (what known_hosts names) */
  host: string;
  port: number;
  user: string;
  /** the target's own connect timeout (connect_timeout_sec), else the run's */
  connectTimeoutMs?: number;
  /** addresses in dial order and the names of its identity; default: `host` only */
  plan?: DialPlan;
  /** the jump host (probe_via): this target is dialled through that connection */
  via?: SshEndpoint;
  /** legacy algorithms declared in ssh_extra_opts, allowed for this target only */
  legacy?: LegacyAlgorithms;
  /** why this target cannot be connected at all (a jump host that is not declared, a probe_via loop) */
  invalid?: ProbeFailure;
}

/** Login users per target id (`probe.users`): override the declared `user`, jump hosts included. */
export type UserOverrides = ProbeSettings['users'];

/** The endpoint of one declared target; undefined when `id` is not declared. */
export function sshEndpoint(model: Model, id: string, users: UserOverrides = {}): SshEndpoint | undefined {
  return endpointWithVia(model, id, users, []);
}

function endpointWithVia(model: Model, id: string, users: UserOverrides, seen: string[]): SshEndpoint | undefined {
  const t = model.sshTargets.find((x) => x.id === id);
  if (!t) return undefined;
  const endpoint = endpointOf(t, users);
  if (!t.probeVia) return endpoint;
  if (seen.includes(t.probeVia) || t.probeVia === id) {
    endpoint.invalid = { reason: 'error', error: `probe_via of "${id}" loops (${[...seen, id, t.probeVia].join(' → ')})` };
    return endpoint;
  }
  const via = endpointWithVia(model, t.probeVia, users, [...seen, id]);
  if (!via) {
    endpoint.invalid = { reason: 'error', error: `ssh target "${id}" is reached via "${t.probeVia}" (probe_via), which ${model.paths.ssh} does not declare` };
    return endpoint;
  }
  if (via.invalid) endpoint.invalid = via.invalid;
  endpoint.via = via;
  return endpoint;
}

function endpointOf(t: SshTarget, users: UserOverrides): SshEndpoint {
  const endpoint: SshEndpoint = { id: t.id, host: t.host, port: t.port, user: (Object.hasOwn(users, t.id) ? users[t.id] : undefined) ?? t.user, plan: dialPlan(t) };
  if (t.connectTimeoutSec > 0) endpoint.connectTimeoutMs = t.connectTimeoutSec * 1000;
  const legacy = legacyAlgorithms(t.extraOpts);
  if (legacy.serverHostKey.length + legacy.kex.length + legacy.cipher.length + legacy.hmac.length > 0) endpoint.legacy = legacy;
  return endpoint;
}

/** `user@host:port`, then `via JUMP` when reached through a jump host: how driftgate logs in. */
export function loginOf(e: SshEndpoint): string {
  return `${e.user}@${e.host}:${e.port}${e.via ? ` via ${e.via.id}` : ''}`;
}

/** Every declared target's endpoint, by id (what a `hosts pin` or a probe run connects to). */
export function sshEndpoints(model: Model, users: UserOverrides = {}): Map<string, SshEndpoint> {
  const out = new Map<string, SshEndpoint>();
  for (const t of model.sshTargets) {
    const e = sshEndpoint(model, t.id, users);
    if (e) out.set(t.id, e);
  }
  return out;
}

/**
 * The ssh target an endpoint with `probe_via: ssh` runs over: the target whose id is the endpoint's
 * `host`, else the `ssh` target of the registry host of that id, else the ssh_target of the VM of that hostname.
 */
export function sshTargetOfHost(model: Model, host: string | undefined): string | undefined {
  if (!host) return undefined;
  if (model.sshTargets.some((t) => t.id === host)) return host;
  const reg = model.hosts.find((h) => h.id === host)?.ssh;
  if (reg && model.sshTargets.some((t) => t.id === reg)) return reg;
  const vm = model.vms.find((v) => v.hostname === host)?.sshTarget;
  if (vm && model.sshTargets.some((t) => t.id === vm)) return vm;
  return undefined;
}

/** Warnings for `probe.users` entries that name no declared ssh target (a typo would be ignored silently). */
export function unknownUserOverrides(model: Model, users: UserOverrides): string[] {
  const declared = new Set(model.sshTargets.map((t) => t.id));
  return Object.keys(users)
    .filter((id) => !declared.has(id))
    .map((id) => `probe.users names ssh target "${id}", which ${model.paths.ssh} does not declare; it is ignored`);
}

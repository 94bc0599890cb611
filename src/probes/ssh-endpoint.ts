// The SSH endpoint of a declared target as every command connects to it: the target's address and
// port, the login user (`probe.users` override, else the declared `user`) and its connect timeout.
import type { Model, SshTarget } from '../bindings/types.js';
import type { ProbeSettings } from '../config/types.js';
import type { SshEndpoint } from './ssh-pool.js';

export function sshEndpointOf(target: SshTarget, probe: Pick<ProbeSettings, 'sshConnectTimeoutMs' | 'users'>): SshEndpoint {
  const connectTimeoutMs = target.connectTimeoutSec > 0 ? target.connectTimeoutSec * 1000 : probe.sshConnectTimeoutMs;
  return { id: target.id, host: target.host, port: target.port, user: probe.users[target.id] ?? target.user, connectTimeoutMs };
}

/** Warnings for `probe.users` entries that name no declared ssh target (a typo would be ignored silently). */
export function unknownUserOverrides(model: Model, probe: Pick<ProbeSettings, 'users'>): string[] {
  const declared = new Set(model.sshTargets.map((t) => t.id));
  return Object.keys(probe.users)
    .filter((id) => !declared.has(id))
    .map((id) => `probe.users names ssh target "${id}", which ${model.paths.ssh} does not declare; it is ignored`);
}

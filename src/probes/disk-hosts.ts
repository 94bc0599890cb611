// The hosts whose disks a run checks: every host with enabled stacks (and its docker data root),
// with enabled backup targets, the hypervisors, and the ssh target of every VM in service (unless
// it is optional); not devices such as switches, which have no shell worth asking.
import { hostIndex } from '../bindings/model/host-index.js';
import type { Model } from '../bindings/types.js';
import type { ResolvedConfig } from '../config/types.js';
import { resolveProfile } from '../profile/profile.js';
import { hypervisorTargets } from './plan.js';

/** Ssh targets that get `df`: hosts of enabled stacks and backups, hypervisors, and the ssh targets of VMs in service. */
export function diskHosts(model: Model, config: ResolvedConfig): Map<string, 'plain' | 'docker'> {
  const out = new Map<string, 'plain' | 'docker'>();
  const add = (id: string | undefined, kind: 'plain' | 'docker'): void => {
    if (id && model.sshTargets.some((t) => t.id === id) && out.get(id) !== 'docker') out.set(id, kind);
  };
  for (const t of model.composeTargets) if (t.enabled && t.stacks.length > 0) add(t.sshTarget ?? t.id, 'docker');
  for (const b of model.backups) if (b.enabled) add(b.host, 'plain');
  for (const id of hypervisorTargets(model, config)) add(id, 'plain');
  const index = hostIndex(model, resolveProfile(config).joins);
  for (const vm of model.vms) {
    if (vm.meaning !== 'running') continue;
    const id = index.ofVm(vm)?.sshTargets[0]?.id ?? vm.sshTarget ?? undefined;
    // an optional target may be offline: its disks are asked only where another probe needs it anyway
    if (model.sshTargets.find((t) => t.id === id)?.optional) continue;
    add(id, 'plain');
  }
  return out;
}

// What a live run probes: the ssh targets to connect, the stacks, backups and hypervisors on each,
// and the HTTP endpoints. Pure; `probeAll` executes it.
import type { BackupTarget, Endpoint, Model, SshTarget, Stack } from '../bindings/types.js';
import type { ResolvedConfig } from '../config/types.js';
import type { ConnectMap } from './connect-map.js';
import type { ProbeFailure } from './types.js';

export interface HostPlan {
  /** ssh target id */
  id: string;
  target?: SshTarget;
  /** why the host is not connected (undeclared target, reachable only via a jump host) */
  skip?: ProbeFailure;
  stacks: Stack[];
  backups: BackupTarget[];
  hypervisor: boolean;
}

export interface ProbePlan {
  hosts: HostPlan[];
  endpoints: Endpoint[];
  /** number of probes (stacks + backups + hypervisors + endpoints), for progress */
  total: number;
}

/** Ssh target ids of the Proxmox hosts: configured, else the distinct `proxmox_host` of the VMs. */
export function hypervisorTargets(model: Model, config: ResolvedConfig): string[] {
  if (config.probe.hypervisorTargets.length > 0) return [...new Set(config.probe.hypervisorTargets)];
  return [...new Set(model.vms.map((vm) => vm.proxmoxHost).filter((h): h is string => typeof h === 'string' && h.length > 0))];
}

/** Why a declared target is not connected to (reachable only through a jump host), else undefined. */
export function notDialled(target: SshTarget, connectMap?: ConnectMap): ProbeFailure | undefined {
  if (target.probeVia && !connectMap?.ssh[target.id]) {
    return { reason: 'skipped', error: `ssh target "${target.id}" is reachable only via "${target.probeVia}" (probe_via); jump hosts are not probed` };
  }
  return undefined;
}

export function planProbes(model: Model, config: ResolvedConfig, connectMap?: ConnectMap): ProbePlan {
  const declared = new Map(model.sshTargets.map((t) => [t.id, t]));
  const hosts = new Map<string, HostPlan>();
  const host = (id: string): HostPlan => {
    let plan = hosts.get(id);
    if (!plan) {
      const target = declared.get(id);
      plan = { id, stacks: [], backups: [], hypervisor: false };
      if (target) plan.target = target;
      if (!target) {
        plan.skip = { reason: 'error', error: `ssh target "${id}" is not declared in ${model.paths.ssh}` };
      } else {
        const skip = notDialled(target, connectMap);
        if (skip) plan.skip = skip;
      }
      hosts.set(id, plan);
    }
    return plan;
  };
  for (const ct of model.composeTargets) {
    if (!ct.enabled) continue;
    for (const stack of ct.stacks) host(ct.sshTarget ?? ct.id).stacks.push(stack);
  }
  for (const backup of model.backups) {
    if (backup.enabled) host(backup.host).backups.push(backup);
  }
  for (const id of hypervisorTargets(model, config)) host(id).hypervisor = true;
  const endpoints = model.endpoints.filter((e) => e.enabled);
  const list = [...hosts.values()];
  const total = list.reduce((n, h) => n + h.stacks.length + h.backups.length + (h.hypervisor ? 1 : 0), 0) + endpoints.length;
  return { hosts: list, endpoints, total };
}

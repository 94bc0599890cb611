// What a live run probes: the ssh targets to connect (every declared one for host identity, with
// its jump host and address planes), the stacks, backups and hypervisors on each, the endpoints
// probed from a host over SSH, and the direct HTTP endpoints; disabled ones too, as shadow probes
// (src/probes/shadow.ts). Pure; `probeAll` executes it.
import type { BackupTarget, Endpoint, Model, SshTarget, Stack } from '../bindings/types.js';
import type { ResolvedConfig } from '../config/types.js';
import { extrasCount, type HostExtras } from './host-extras.js';
import { planExtraProbes } from './plan-extras.js';
import { ALL_PROBE_KINDS, type ProbeKind } from './probe-kinds.js';
import { shadowBackups, shadowComposeTargets, shadowEndpoints } from './shadow.js';
import { type SshEndpoint, sshEndpoint, sshTargetOfHost } from './transport/ssh-endpoint.js';
import type { ProbeFailure } from './types.js';

export interface HostPlan {
  /** ssh target id */
  id: string;
  target?: SshTarget;
  /** how to connect (direct, address planes, via a jump host); absent when the target is not declared */
  endpoint?: SshEndpoint;
  /** why the host is not connected (an undeclared target) */
  skip?: ProbeFailure;
  stacks: Stack[];
  /** stacks of disabled compose targets on this host: not probed, their containers not "other" */
  knownStacks: Stack[];
  backups: BackupTarget[];
  hypervisor: boolean;
  /** endpoints probed over this host's connection (`probe_via: ssh`) */
  httpVia: Endpoint[];
  /** connected only for shadow probes (disabled entries): its failure blocks nothing */
  shadowOnly?: true;
  /** compose files, backup sizes, backup jobs and disk usage (host-extras.ts) */
  extras?: HostExtras;
}

export interface ProbePlan {
  hosts: HostPlan[];
  /** endpoints probed directly (and `probe_via: ssh` ones whose host names no ssh target: they fail) */
  endpoints: Endpoint[];
  /** number of probes (stacks + backups + hypervisors + endpoints + connect-only hosts), for progress */
  total: number;
}

export interface PlanOptions {
  /** probe kinds to run (default: all) */
  kinds?: ReadonlySet<ProbeKind>;
}

/** Ssh target ids of the Proxmox hosts: configured, else the distinct `proxmox_host` of the VMs. */
export function hypervisorTargets(model: Model, config: ResolvedConfig): string[] {
  if (config.probe.hypervisorTargets.length > 0) return [...new Set(config.probe.hypervisorTargets)];
  return [...new Set(model.vms.map((vm) => vm.proxmoxHost).filter((h): h is string => typeof h === 'string' && h.length > 0))];
}

/** Probes of a host's one exec (a host with none is connect-only: handshake and key, no command). */
export function batchProbes(h: HostPlan): number {
  return h.stacks.length + h.backups.length + (h.hypervisor ? 1 : 0) + extrasCount(h.extras);
}

/** Progress steps of a host: its exec's probes (or the handshake alone) and its endpoints over SSH. */
export function progressSteps(h: HostPlan): number {
  return Math.max(1, batchProbes(h)) + h.httpVia.length;
}

export function planProbes(model: Model, config: ResolvedConfig, opts: PlanOptions = {}): ProbePlan {
  const kinds = opts.kinds ?? new Set(ALL_PROBE_KINDS);
  const hosts = new Map<string, HostPlan>();
  const host = (id: string, shadow = false): HostPlan => {
    let plan = hosts.get(id);
    if (plan && !shadow) delete plan.shadowOnly;
    if (!plan) {
      plan = { id, stacks: [], knownStacks: [], backups: [], hypervisor: false, httpVia: [], ...(shadow ? { shadowOnly: true as const } : {}) };
      const endpoint = sshEndpoint(model, id, config.probe.users);
      const target = model.sshTargets.find((t) => t.id === id);
      if (target && endpoint) {
        plan.target = target;
        plan.endpoint = endpoint;
      } else {
        plan.skip = { reason: 'error', error: `ssh target "${id}" is not declared in ${model.paths.ssh}` };
      }
      hosts.set(id, plan);
    }
    return plan;
  };
  if (kinds.has('identity')) for (const t of model.sshTargets) host(t.id);
  // disabled entries are shadow probes (src/probes/shadow.ts): probed, never blocking
  const shadowTargets = new Set(kinds.has('containers') ? shadowComposeTargets(model, config) : []);
  const shadowBackupSet = new Set(kinds.has('backups') ? shadowBackups(model, config) : []);
  const shadowEndpointSet = new Set(kinds.has('endpoints') ? shadowEndpoints(model, config) : []);
  if (kinds.has('containers')) {
    for (const ct of model.composeTargets) if (ct.enabled || shadowTargets.has(ct)) host(ct.sshTarget ?? ct.id, !ct.enabled).stacks.push(...ct.stacks);
    for (const ct of model.composeTargets) if (!ct.enabled && !shadowTargets.has(ct)) hosts.get(ct.sshTarget ?? ct.id)?.knownStacks.push(...ct.stacks);
  }
  if (kinds.has('backups')) for (const b of model.backups) if (b.enabled || shadowBackupSet.has(b)) host(b.host, !b.enabled).backups.push(b);
  if (kinds.has('hypervisor')) for (const id of hypervisorTargets(model, config)) host(id).hypervisor = true;
  planExtraProbes(model, config, kinds, host);
  const endpoints: Endpoint[] = [];
  if (kinds.has('endpoints')) {
    for (const e of model.endpoints) {
      if (!e.enabled && !shadowEndpointSet.has(e)) continue;
      const via = e.probeVia === 'ssh' ? sshTargetOfHost(model, e.host) : undefined;
      if (via) host(via, !e.enabled).httpVia.push(e);
      else endpoints.push(e);
    }
  }
  const list = [...hosts.values()];
  const total = list.reduce((n, h) => n + progressSteps(h), 0) + endpoints.length;
  return { hosts: list, endpoints, total };
}

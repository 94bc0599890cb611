// vm-inventory: the hypervisor's VM list vs vm.lifecycle.yaml (state, undeclared VMs, resources),
// judged by what each declared status means (running: must run; inert: must be gone). A VM whose
// status is unknown is declared (never "undeclared") but not judged.
import type { Vm, VmResources } from '../bindings/types.js';
import type { HypervisorObservation, HypervisorVm } from '../probes/types.js';
import type { FindingDraft, GateContext } from './types.js';
import { defineGate } from './types.js';
import { mayBeUnreadable } from './coverage.js';
import { reasonLabel } from './live/format.js';
import { sub } from './gate-helpers.js';


const RESOURCES: Array<{ key: keyof VmResources; yaml: string; unit: string }> = [
  { key: 'cpuCores', yaml: 'cpu_cores', unit: 'cores' },
  { key: 'memoryMb', yaml: 'memory_mb', unit: 'MB' },
  { key: 'bootDiskGb', yaml: 'boot_disk_gb', unit: 'GB' },
];

function label(vm: Vm): string {
  return `VM ${vm.vmid} "${vm.hostname}"`;
}

/** The declared VMs a hypervisor observation is the truth for. */
function governedBy(ctx: GateContext, h: HypervisorObservation, all: HypervisorObservation[]): Vm[] {
  return ctx.model.vms.filter((vm) => (vm.proxmoxHost ? vm.proxmoxHost === h.host : all.length === 1));
}

function resourceFindings(vm: Vm, live: HypervisorVm, hypervisor: string): FindingDraft[] {
  const out: FindingDraft[] = [];
  const declared = vm.resources;
  if (!declared) return out;
  for (const r of RESOURCES) {
    const want = declared[r.key];
    const have = live[r.key];
    if (want === undefined || have === undefined || want === have) continue;
    const ref = sub(vm.ref, 'resources', r.yaml);
    out.push({
      kind: `resources-${r.yaml}`,
      severity: 'warning',
      subject: { kind: 'vm', id: vm.hostname },
      at: [ref],
      message: `${label(vm)} has ${have} ${r.unit} on "${hypervisor}" but vm.lifecycle declares ${r.yaml}: ${want}; update the binding`,
      expected: want,
      observed: have,
      direction: 'declared-stale',
      fix: { file: ref.file, pointer: ref.pointer, value: have },
    });
  }
  return out;
}

function judgeDeclared(vm: Vm, live: HypervisorVm | undefined, hypervisor: string): FindingDraft[] {
  const subject = { kind: 'vm' as const, id: vm.hostname };
  const at = [sub(vm.ref, 'status')];
  if (vm.meaning === 'running') {
    if (!live) {
      return [{
        kind: 'missing',
        subject,
        at,
        message: `${label(vm)} is declared ${vm.status} but hypervisor "${hypervisor}" does not list it`,
        expected: 'running',
        observed: 'absent',
        direction: 'live-broken',
      }];
    }
    const out = live.status === 'running' ? [] : [{
      kind: 'not-running',
      subject,
      at,
      message: `${label(vm)} is declared ${vm.status} but is ${live.status} on hypervisor "${hypervisor}"`,
      expected: 'running',
      observed: live.status,
      direction: 'live-broken' as const,
    }];
    return [...out, ...resourceFindings(vm, live, hypervisor)];
  }
  if (vm.meaning === 'inert' && live) {
    return [{
      kind: 'still-present',
      subject,
      at,
      message: `${label(vm)} is declared ${vm.status} but still exists on hypervisor "${hypervisor}" (${live.status}); destroy it or correct its status`,
      expected: 'absent',
      observed: live.status,
      direction: 'live-broken',
    }];
  }
  return [];
}

function judgeHypervisor(ctx: GateContext, h: HypervisorObservation, all: HypervisorObservation[]): FindingDraft[] {
  const file = ctx.model.paths.vms;
  if (!h.ok) {
    const reason = h.failure?.reason ?? 'error';
    return [{
      kind: `probe-${reason}`,
      subject: { kind: 'host', id: h.host },
      at: [{ file, pointer: '/vms' }],
      message: `hypervisor "${h.host}" could not be listed (${reasonLabel(reason)}${h.failure?.error ? `: ${h.failure.error}` : ''}); VM states not checked, so drift cannot be ruled out`,
      observed: reasonLabel(reason),
      direction: 'unknown',
      severity: 'warning',
      inconclusive: true,
      details: { reason, durationMs: h.durationMs },
    }];
  }
  const declared = governedBy(ctx, h, all);
  const out: FindingDraft[] = [];
  for (const vm of declared) {
    if (vm.meaning === 'unknown') continue; // the schema gate reports the status
    out.push(...judgeDeclared(vm, h.vms.find((v) => v.vmid === vm.vmid), h.host));
  }
  for (const live of h.vms) {
    if (live.template || declared.some((vm) => vm.vmid === live.vmid)) continue;
    // a VM entry that could not be read may declare it: not "undeclared" (that entry is its own line)
    if (mayBeUnreadable(ctx.model, 'vms', live.name) || mayBeUnreadable(ctx.model, 'vms', String(live.vmid))) continue;
    out.push({
      kind: 'undeclared',
      severity: 'warning',
      subject: { kind: 'vm', id: String(live.vmid) },
      at: [{ file, pointer: '/vms' }],
      message: `undeclared VM ${live.vmid} "${live.name}" (${live.status}) on hypervisor "${h.host}": add it to vm.lifecycle or destroy it`,
      expected: 'declared',
      observed: live.status,
      direction: 'declared-stale',
      details: { vmid: live.vmid, name: live.name },
    });
  }
  return out;
}

/**
 * Hypervisors that active VMs name (`proxmox_host`) but the snapshot has no observation of (a shard
 * missing, a host left out of `hypervisor_targets`): their VMs are unchecked, which is never a pass.
 */
function notProbed(ctx: GateContext, all: HypervisorObservation[]): FindingDraft[] {
  const seen = new Set(all.map((h) => h.host));
  const byHost = new Map<string, Vm[]>();
  for (const vm of ctx.model.vms) {
    if (vm.meaning !== 'running' || !vm.proxmoxHost || seen.has(vm.proxmoxHost)) continue;
    byHost.set(vm.proxmoxHost, [...(byHost.get(vm.proxmoxHost) ?? []), vm]);
  }
  return [...byHost].map(([host, vms]) => ({
    kind: 'not-probed',
    subject: { kind: 'host' as const, id: host },
    at: vms.map((vm) => sub(vm.ref, 'proxmox_host')),
    message: `hypervisor "${host}" was not probed (the observation snapshot has no entry for it); the state of ${vms.length} active VM${vms.length === 1 ? '' : 's'} (${vms.map((v) => v.vmid).join(', ')}) not checked, so drift cannot be ruled out`,
    observed: 'not probed',
    direction: 'unknown' as const,
    severity: 'warning' as const,
    inconclusive: true,
    details: { reason: 'not-probed', vmids: vms.map((v) => v.vmid) },
  }));
}

export default defineGate({
  id: 'vm-inventory',
  aliases: [],
  kind: 'live',
  severity: 'error',
  describe:
    'Compares the hypervisor\'s VM list with vm.lifecycle: active VMs must run, decommissioned ones be gone, no undeclared VMs, resources as declared (fixable).',
  reads: ['vms'],
  judges: ['vms'],
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return { findings: [], checked: {} };
    const listed = obs.hypervisors.filter((h) => h.ok);
    const vms = new Set(listed.flatMap((h) => governedBy(ctx, h, obs.hypervisors)).filter((vm) => vm.meaning !== 'unknown'));
    return {
      findings: [...obs.hypervisors.flatMap((h) => judgeHypervisor(ctx, h, obs.hypervisors)), ...notProbed(ctx, obs.hypervisors)],
      checked: { vms: vms.size, hypervisors: listed.length },
    };
  },
});

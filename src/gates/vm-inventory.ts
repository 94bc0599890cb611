// vm-inventory: the hypervisor's guests (VMs and LXC containers) vs vm.lifecycle.yaml: state,
// undeclared guests, resources, guest type, onboot, and the node a guest is found on, judged by
// what each declared status means (running: must run; inert: must be gone). A VM whose status is
// unknown is declared (never "undeclared") but not judged.
import type { Vm, VmResources } from '../bindings/types.js';
import type { HypervisorObservation, HypervisorVm } from '../probes/types.js';
import type { FindingDraft, GateContext } from './types.js';
import { defineGate } from './types.js';
import { mayBeUnreadable } from './coverage.js';
import { reasonLabel } from './live/format.js';
import { vmInService, vmLabel } from './live/vm-status.js';
import { sub } from './gate-helpers.js';

const RESOURCES: Array<{ key: keyof VmResources; yaml: string; unit: string }> = [
  { key: 'cpuCores', yaml: 'cpu_cores', unit: 'cores' },
  { key: 'memoryMb', yaml: 'memory_mb', unit: 'MB' },
  { key: 'bootDiskGb', yaml: 'boot_disk_gb', unit: 'GB' },
];

const label = vmLabel;

/** `hypervisor "pve"`, with its Proxmox node name when that differs. */
function onHypervisor(h: HypervisorObservation): string {
  return h.node && h.node !== h.host ? `hypervisor "${h.host}" (node "${h.node}")` : `hypervisor "${h.host}"`;
}

/** Guest type, onboot flag: compared only where both sides say something. */
function guestFindings(vm: Vm, live: HypervisorVm, where: string): FindingDraft[] {
  const out: FindingDraft[] = [];
  const subject = { kind: 'vm' as const, id: vm.hostname };
  const declaredType = vm.vmType ?? 'qemu';
  if (live.type && live.type !== declaredType) {
    out.push({
      kind: 'guest-type',
      severity: 'warning',
      subject,
      at: [vm.vmType ? sub(vm.ref, 'vm_type') : sub(vm.ref, 'vmid')],
      message: `${label(vm)} is declared vm_type ${declaredType} but ${where} runs it as ${live.type === 'lxc' ? 'an LXC container' : 'a qemu VM'}; set vm_type: ${live.type}`,
      expected: declaredType,
      observed: live.type,
      direction: 'declared-stale',
    });
  }
  if (live.onboot === undefined) return out;
  if (vm.onboot !== undefined && vm.onboot !== live.onboot) {
    const ref = sub(vm.ref, 'onboot');
    out.push({
      kind: 'onboot',
      severity: 'warning',
      subject,
      at: [ref],
      message: `${label(vm)} has onboot ${live.onboot ? 1 : 0} on ${where} but vm.lifecycle declares onboot: ${vm.onboot}; one of the two is stale`,
      expected: vm.onboot,
      observed: live.onboot,
      direction: 'inconsistent',
    });
  } else if (vm.onboot === undefined && !live.onboot && vm.meaning === 'running') {
    out.push({
      kind: 'onboot-off',
      severity: 'notice',
      subject,
      at: [sub(vm.ref, 'status')],
      message: `${label(vm)} is ${vm.status} but does not start with its node on ${where} (onboot 0); declare onboot: false if that is intended`,
      expected: true,
      observed: false,
      direction: 'inconsistent',
    });
  }
  return out;
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
      fix: { kind: 'vm-resources', file: ref.file, pointer: ref.pointer, value: have },
    });
  }
  return out;
}

function judgeDeclared(vm: Vm, live: HypervisorVm | undefined, hypervisor: string, elsewhere?: { h: HypervisorObservation; live: HypervisorVm }): FindingDraft[] {
  const subject = { kind: 'vm' as const, id: vm.hostname };
  const at = [sub(vm.ref, 'status')];
  if (!live && elsewhere && vm.meaning !== 'inert') {
    return [{
      kind: 'moved',
      severity: 'warning',
      subject,
      at: [sub(vm.ref, 'proxmox_host')],
      message: `${label(vm)} is declared on proxmox_host "${hypervisor}" but ${onHypervisor(elsewhere.h)} lists it (${elsewhere.live.status}); update proxmox_host or migrate it back`,
      expected: hypervisor,
      observed: elsewhere.h.host,
      direction: 'declared-stale',
      details: { node: elsewhere.live.node ?? elsewhere.h.node },
    }];
  }
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
  const gone = live ? { live, on: hypervisor } : elsewhere ? { live: elsewhere.live, on: elsewhere.h.host } : undefined;
  if (vm.meaning === 'inert' && gone) {
    return [{
      kind: 'still-present',
      subject,
      at,
      message: `${label(vm)} is declared ${vm.status} but still exists on hypervisor "${gone.on}" (${gone.live.status}); destroy it or correct its status`,
      expected: 'absent',
      observed: gone.live.status,
      direction: 'live-broken',
    }];
  }
  return [];
}

/**
 * A hypervisor's findings and how many declared guests it judged (the listed guests no entry
 * declares are judged too, as the listing of `hypervisors`; counted there, so a run whose every
 * declared status is unknown still says it judged no VM).
 */
function judgeHypervisor(ctx: GateContext, h: HypervisorObservation, all: HypervisorObservation[]): { findings: FindingDraft[]; guests: number } {
  const file = ctx.model.paths.vms;
  if (!h.ok) {
    const reason = h.failure?.reason ?? 'error';
    return {
      findings: [{
        kind: `probe-${reason}`,
        subject: { kind: 'host', id: h.host },
        at: [{ file, pointer: '/vms' }],
        message: `hypervisor "${h.host}" could not be listed (${reasonLabel(reason)}${h.failure?.error ? `: ${h.failure.error}` : ''}); VM states not checked, so drift cannot be ruled out`,
        observed: reasonLabel(reason),
        direction: 'unknown',
        severity: 'warning',
        inconclusive: true,
        details: { reason, durationMs: h.durationMs },
      }],
      guests: 0,
    };
  }
  const declared = governedBy(ctx, h, all);
  const out: FindingDraft[] = [];
  const where = onHypervisor(h);
  let guests = 0;
  for (const vm of declared) {
    if (vm.meaning === 'unknown') continue; // the schema gate reports the status
    guests += 1;
    const live = h.vms.find((v) => v.vmid === vm.vmid);
    // separate Proxmox hosts reuse ids: only the same id under the same name is the same guest
    const same = (v: HypervisorVm): boolean => v.vmid === vm.vmid && v.name === vm.hostname;
    const other = live ? undefined : all.find((o) => o !== h && o.ok && o.vms.some(same));
    const elsewhere = other ? { h: other, live: other.vms.find(same) as HypervisorVm } : undefined;
    out.push(...judgeDeclared(vm, live, h.host, elsewhere));
    if (live) out.push(...vmInService(ctx, vm, live, h.host));
    if (live && vm.meaning !== 'inert') out.push(...guestFindings(vm, live, where));
  }
  for (const live of h.vms) {
    if (live.template || declared.some((vm) => vm.vmid === live.vmid)) continue;
    // declared on another hypervisor: that one's "moved" finding covers it
    if (ctx.model.vms.some((vm) => vm.vmid === live.vmid && vm.hostname === live.name && vm.proxmoxHost && vm.proxmoxHost !== h.host)) continue;
    // a VM entry that could not be read may declare it: not "undeclared" (that entry is its own line)
    if (mayBeUnreadable(ctx.model, 'vms', live.name) || mayBeUnreadable(ctx.model, 'vms', String(live.vmid))) continue;
    out.push({
      kind: 'undeclared',
      severity: 'warning',
      subject: { kind: 'vm', id: String(live.vmid) },
      at: [{ file, pointer: '/vms' }],
      message: `undeclared ${live.type === 'lxc' ? 'LXC' : 'VM'} ${live.vmid} "${live.name}" (${live.status}) on ${where}: add it to vm.lifecycle or destroy it`,
      expected: 'declared',
      observed: live.status,
      direction: 'declared-stale',
      details: { vmid: live.vmid, name: live.name, ...(live.type ? { type: live.type } : {}) },
    });
  }
  return { findings: out, guests };
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
    'Compares the hypervisor\'s guests (qm and pct: VMs and LXC containers) with vm.lifecycle: active ones must run on their declared proxmox_host, decommissioned ones be gone, no undeclared guests, resources (fixable), vm_type and onboot as declared; a VM declared provisioned that runs is proposed active.',
  reads: ['vms'],
  judges: ['vms'],
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return { findings: [], checked: {} };
    const judged = obs.hypervisors.map((h) => judgeHypervisor(ctx, h, obs.hypervisors));
    return {
      findings: [...judged.flatMap((j) => j.findings), ...notProbed(ctx, obs.hypervisors)],
      checked: { vms: judged.reduce((n, j) => n + j.guests, 0), hypervisors: obs.hypervisors.filter((h) => h.ok).length },
    };
  },
});

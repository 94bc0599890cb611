// Gate `vm-governance` (D69): each active VM has an ssh target, a registry host, an existing
// enabled backup target and probes (unless its policy is `none`), lists the registry services of
// its host, and no active entry carries a PENDING_*/TBD placeholder. Dangling names are `references`.
import type { HostGroup } from '../bindings/model/host-index.js';
import { hostInScope, hostsOf } from '../bindings/model/scopes.js';
import type { Model, RegistryHost, Vm } from '../bindings/types.js';
import { resolveProfile, type Profile } from '../profile/profile.js';
import { meaningOf } from '../profile/status-vocabulary.js';
import { mayBeUnreadable } from './coverage.js';
import { at, fileName, findPlaceholders, isPlaceholder, rawAt, sub, where } from './gate-helpers.js';
import { defineGate } from './types.js';
import type { FindingDraft } from './types.js';

function vmName(vm: Vm): string {
  return `VM ${vm.vmid} (${vm.hostname})`;
}

/** The host a VM belongs to (joined by its declared references) and what covers it. */
interface VmHost {
  group?: HostGroup;
  host?: RegistryHost;
  /** the registry covers this VM's host (profile.scopes) */
  inRegistry: boolean;
  inHealth: boolean;
}

function vmHost(m: Model, profile: Profile, vm: Vm): VmHost {
  const group = hostsOf(m, profile).ofVm(vm);
  return { group, host: group?.hosts[0], inRegistry: hostInScope(m, profile, 'registry', group), inHealth: hostInScope(m, profile, 'health', group) };
}

function governed(m: Model, vm: Vm, on: VmHost, profile: Profile, out: FindingDraft[]): void {
  const subject = { kind: 'vm' as const, id: String(vm.vmid) };
  const vms = fileName(m.paths.vms);
  if (!vm.sshTarget) {
    out.push({ message: `active ${vmName(vm)} has no ssh_target in ${vms}; nothing can inspect its containers: name its ssh target`, subject, at: [sub(vm.ref, 'ssh_target')], kind: 'no-ssh-target' });
  }
  const host = on.host;
  if (!host) {
    if (on.inRegistry && !mayBeUnreadable(m, 'hosts', vm.hostname)) out.push({
      message: `active ${vmName(vm)} has no host "${vm.hostname}" in ${fileName(m.paths.registry)}; add it under hosts`,
      subject,
      at: [sub(vm.ref, 'hostname'), at(m.paths.registry, 'hosts')],
      kind: 'no-registry-host',
    });
  } else if (host.vmid !== undefined && host.vmid !== vm.vmid) {
    out.push({
      message: `registry host "${host.id}" says vmid ${host.vmid}, but ${vms} gives it vmid ${vm.vmid} (${where(m, sub(vm.ref, 'vmid'))}); one of the two files is stale`,
      subject,
      at: [sub(host.ref, 'vmid'), sub(vm.ref, 'vmid')],
      kind: 'vmid-mismatch',
      expected: vm.vmid,
      observed: host.vmid,
    });
  }
  if (!vm.backupTarget) {
    out.push({ message: `active ${vmName(vm)} has no backup_target; every active VM needs a backup: name its target in ${fileName(m.paths.backups)}`, subject, at: [sub(vm.ref, 'backup_target')], kind: 'no-backup-target' });
  } else {
    const backup = m.backups.find((b) => b.name === vm.backupTarget);
    if (backup && !backup.enabled) {
      // `enabled` absent means false: the header of backup.inventory.yaml says "enabled=false by default"
      const declared = rawAt(m, sub(backup.ref, 'enabled')) !== undefined;
      const state = declared ? 'disabled' : 'not enabled (no `enabled` key, and the file\'s header makes that false)';
      out.push({
        message: `${vmName(vm)} is backed up by "${backup.name}", which is ${state} in ${fileName(m.paths.backups)} (${where(m, declared ? sub(backup.ref, 'enabled') : backup.ref)}); nobody checks that backup: set enabled: true`,
        subject,
        at: [sub(vm.ref, 'backup_target'), declared ? sub(backup.ref, 'enabled') : backup.ref],
        kind: 'backup-target-disabled',
        expected: true,
        observed: false,
      });
    }
  }
  // an endpoint that could not be read may be this VM's probe
  const unreadEndpoint = m.unreadable.some((u) => u.kind === 'endpoints');
  const hosts = hostsOf(m, profile);
  const probed = m.endpoints.some((e) => e.enabled && (e.host === vm.hostname || (on.group !== undefined && hosts.byName(e.host) === on.group)));
  if (vm.healthProbePolicy !== 'none' && on.inHealth && !unreadEndpoint && !probed) {
    out.push({
      message: `active ${vmName(vm)} has health_probe_policy "${vm.healthProbePolicy ?? 'unset'}" but no enabled probe in ${fileName(m.paths.health)}; add probes or set health_probe_policy: none`,
      subject,
      at: [vm.healthProbePolicy ? sub(vm.ref, 'health_probe_policy') : vm.ref, at(m.paths.health, 'endpoints')],
      kind: 'no-probes',
    });
  }
}

/** ssh user, hypervisor and backup glob of the VM agree with the other files. */
function agrees(m: Model, vm: Vm, on: VmHost, out: FindingDraft[]): void {
  const subject = { kind: 'vm' as const, id: String(vm.vmid) };
  const target = m.sshTargets.find((t) => t.id === vm.sshTarget);
  const host = on.host;
  // a placeholder value is reported once, as a placeholder
  if (target && vm.sshUser && !isPlaceholder(vm.sshUser) && vm.sshUser !== target.user) {
    out.push({
      message: `${vmName(vm)} has ssh_user "${vm.sshUser}", but ssh target "${target.id}" connects as "${target.user}" (${where(m, sub(target.ref, 'user'))}); one of the two files is stale`,
      subject,
      at: [sub(vm.ref, 'ssh_user'), sub(target.ref, 'user')],
      kind: 'ssh-user-mismatch',
      expected: target.user,
      observed: vm.sshUser,
    });
  }
  if (target && host?.sshUser && !isPlaceholder(host.sshUser) && host.sshUser !== target.user) {
    out.push({
      message: `registry host "${host.id}" has ssh_user "${host.sshUser}", but ssh target "${target.id}" connects as "${target.user}" (${where(m, sub(target.ref, 'user'))}); one of the two files is stale`,
      subject,
      at: [sub(host.ref, 'ssh_user'), sub(target.ref, 'user')],
      kind: 'registry-ssh-user-mismatch',
      expected: target.user,
      observed: host.sshUser,
    });
  }
  if (host?.proxmoxHost && vm.proxmoxHost && !isPlaceholder(vm.proxmoxHost) && host.proxmoxHost !== vm.proxmoxHost) {
    out.push({
      message: `registry host "${host.id}" runs on hypervisor "${host.proxmoxHost}", but ${fileName(m.paths.vms)} puts ${vmName(vm)} on "${vm.proxmoxHost}" (${where(m, sub(vm.ref, 'proxmox_host'))}); one of the two files is stale`,
      subject,
      at: [sub(host.ref, 'proxmox_host'), sub(vm.ref, 'proxmox_host')],
      kind: 'proxmox-host-mismatch',
      expected: vm.proxmoxHost,
      observed: host.proxmoxHost,
    });
  }
  const backup = m.backups.find((b) => b.name === vm.backupTarget);
  const globVmid = backup ? /(?:qemu|lxc)-(\d+)-/.exec(backup.glob)?.[1] : undefined;
  if (backup && globVmid !== undefined && Number(globVmid) !== vm.vmid) {
    out.push({
      message: `${vmName(vm)} is backed up by "${backup.name}", but its glob "${backup.glob}" selects the archives of VM ${globVmid} (${where(m, sub(backup.ref, 'glob'))}); name the target that backs up this VM`,
      subject,
      at: [sub(vm.ref, 'backup_target'), sub(backup.ref, 'glob')],
      kind: 'backup-target-other-vm',
      expected: vm.vmid,
      observed: Number(globVmid),
    });
  }
}

/** Registry services of the VM's host that its `services` list leaves out. */
function listsServices(m: Model, vm: Vm, on: VmHost, profile: Profile, out: FindingDraft[]): void {
  if (vm.services.length === 0 || !on.group) return;
  const listed = new Set(vm.services);
  const hosts = hostsOf(m, profile);
  for (const s of m.services) {
    // inert services declare nothing; a container name listed in place of the key is a `references` finding: count it as listed
    if (s.meaning === 'inert' || hosts.byName(s.host) !== on.group || listed.has(s.id) || (s.container && listed.has(s.container))) continue;
    out.push({
      message: `service "${s.id}" runs on host "${vm.hostname}" but is missing from the services of ${vmName(vm)} in ${fileName(m.paths.vms)} (${where(m, sub(vm.ref, 'services'))}); add it to that list`,
      subject: { kind: 'service', id: s.id },
      at: [sub(s.ref, 'host'), sub(vm.ref, 'services')],
      kind: 'service-missing-from-vm',
      severity: 'warning',
    });
  }
}

function placeholders(m: Model, profile: Profile, out: FindingDraft[]): void {
  const entries: Array<{ ref: Vm['ref']; what: string; subject: FindingDraft['subject'] }> = [
    ...m.vms.filter((v) => v.meaning === 'running').map((v) => ({ ref: v.ref, what: `active ${vmName(v)}`, subject: { kind: 'vm' as const, id: String(v.vmid) } })),
    ...m.services.filter((s) => s.meaning === 'running').map((s) => ({ ref: s.ref, what: `active service "${s.id}"`, subject: { kind: 'service' as const, id: s.id } })),
  ];
  for (const e of entries) {
    for (const p of findPlaceholders(rawAt(m, e.ref))) {
      out.push({
        message: `${e.what} has placeholder "${p.value}" at ${p.path.join('.')}; an active entry must be complete`,
        subject: e.subject,
        at: [sub(e.ref, ...p.path)],
        kind: `placeholder:${p.path.join('.')}`,
        observed: p.value,
      });
    }
  }
  // a routed hostname (its routing layer means routed) must name its service; "TBD" on an undeployed apex is fine
  for (const r of m.routes) {
    if (!r.routingLayer || meaningOf(profile.statuses.vocabularies.routes, r.routingLayer) !== 'running') continue;
    for (const p of findPlaceholders({ service: r.service })) {
      out.push({
        message: `hostname "${r.hostname}" is routed (${r.routingLayer}) but its service is "${p.value}"; name the service it reaches`,
        subject: { kind: 'route', id: r.hostname },
        at: [sub(r.ref, 'service')],
        kind: 'placeholder:service',
        observed: p.value,
      });
    }
  }
}

export default defineGate({
  id: 'vm-governance',
  aliases: ['D69'],
  kind: 'static',
  severity: 'error',
  describe:
    'Each active VM has an ssh target, a registry host, an existing enabled backup target of its own and probes unless its policy says none, agrees with the other files on ssh user and hypervisor, lists the services of its host, and no active entry carries a PENDING_*/TBD placeholder: an ungoverned VM is invisible to every other gate.',
  reads: ['vms', 'registry', 'ssh', 'backups', 'health', 'routing'],
  judges: ['vms', 'services', 'routes'],
  run(ctx) {
    const m = ctx.model;
    const profile = resolveProfile(ctx.config);
    const out: FindingDraft[] = [];
    for (const vm of m.vms) {
      if (vm.meaning !== 'running') continue;
      const at = vmHost(m, profile, vm);
      governed(m, vm, at, profile, out);
      agrees(m, vm, at, out);
      listsServices(m, vm, at, profile, out);
    }
    placeholders(m, profile, out);
    const known = <T extends { meaning: string }>(list: T[]): number => list.filter((e) => e.meaning !== 'unknown').length;
    return { findings: out, checked: { vms: known(m.vms), services: known(m.services), routes: m.routes.length } };
  },
});

// The vm.lifecycle part of gate `references`: ssh_target, backup_target, services and stacks
// of every VM resolve (inert and template VMs declare nothing and are skipped; a VM whose status
// is unknown is not judged). A name that may be an unreadable entry is not reported.
import { hostInScope, hostsOf } from '../bindings/model/scopes.js';
import type { Model, Vm } from '../bindings/types.js';
import type { Profile } from '../profile/profile.js';
import { mayBeUnreadable } from './coverage.js';
import { at, didYouMean, fileName, indexIn, sub, where } from './gate-helpers.js';
import type { FindingDraft } from './types.js';

function vmName(vm: Vm): string {
  return `VM ${vm.vmid} (${vm.hostname})`;
}

function backupTarget(m: Model, vm: Vm, out: FindingDraft[]): void {
  const name = vm.backupTarget;
  if (!name || m.backups.some((b) => b.name === name) || mayBeUnreadable(m, 'backups', name)) return;
  // targets whose glob selects this VM's vzdump archives
  const covering = m.backups.filter((b) => new RegExp(`(qemu|lxc)-${vm.vmid}-`).test(b.glob));
  const only = covering.length === 1 ? covering[0] : undefined;
  const hint = only
    ? `; "${only.name}" (${where(m, sub(only.ref, 'name'))}) backs up this VM (glob "${only.glob}"): set backup_target to it`
    : covering.length > 1
      ? `; targets backing up this VM: ${covering.map((b) => `"${b.name}"`).join(', ')}`
      : didYouMean(name, m.backups.map((b) => b.name));
  const field = sub(vm.ref, 'backup_target');
  out.push({
    message: `${vmName(vm)} names backup target "${name}", which ${fileName(m.paths.backups)} does not declare${hint}`,
    subject: { kind: 'vm', id: String(vm.vmid) },
    at: [field, only ? sub(only.ref, 'name') : at(m.paths.backups, 'targets')],
    kind: 'unknown-backup-target',
    ...(only ? { expected: only.name } : {}),
    observed: name,
    ...(only ? { fix: { file: field.file, pointer: field.pointer, value: only.name } } : {}),
  });
}

function services(m: Model, profile: Profile, vm: Vm, out: FindingDraft[]): void {
  const list = sub(vm.ref, 'services');
  const hosts = hostsOf(m, profile);
  const own = hosts.ofVm(vm);
  // a VM the registry does not cover (profile.scopes) names services the registry never holds
  const covered = hostInScope(m, profile, 'registry', own);
  for (const name of vm.services) {
    const field = sub(list, Math.max(0, indexIn(m, list, name)));
    const svc = m.services.find((s) => s.id === name);
    if (svc) {
      const on = hosts.byName(svc.host);
      if (svc.host !== undefined && svc.host !== vm.hostname && (on === undefined || on !== own)) {
        out.push({
          message: `${vmName(vm)} lists service "${name}", but ${fileName(m.paths.registry)} runs it on host "${svc.host}" (${where(m, sub(svc.ref, 'host'))}); remove it from this VM or fix the registry host`,
          subject: { kind: 'service', id: name },
          at: [field, sub(svc.ref, 'host')],
          kind: 'vm-service-host-mismatch',
          expected: vm.hostname,
          observed: svc.host,
        });
      }
      continue;
    }
    if (mayBeUnreadable(m, 'services', name) || !covered) continue;
    const owner = m.services.find((s) => s.container === name && (s.host === undefined || s.host === vm.hostname || hosts.byName(s.host) === own));
    out.push({
      message: owner
        ? `${vmName(vm)} lists service "${name}", which is the container of registry service "${owner.id}" (${where(m, sub(owner.ref, 'container'))}), not a registry key; list "${owner.id}"`
        : `${vmName(vm)} lists service "${name}", which ${fileName(m.paths.registry)} does not declare${didYouMean(name, m.services.filter((s) => s.meaning !== 'inert' && !vm.services.includes(s.id) && (s.host === undefined || hosts.byName(s.host) === own)).map((s) => s.id)) || '; declare it there or remove it from this VM'}`,
      subject: { kind: 'service', id: owner ? owner.id : name },
      at: [field, owner ? sub(owner.ref, 'container') : at(m.paths.registry, 'services')],
      kind: owner ? 'vm-service-is-container' : 'unknown-vm-service',
      ...(owner ? { expected: owner.id } : {}),
      observed: name,
      ...(owner ? { fix: { file: field.file, pointer: field.pointer, value: owner.id } } : {}),
    });
  }
}

function stacks(m: Model, profile: Profile, vm: Vm, out: FindingDraft[]): void {
  if (vm.stacks.length === 0) return;
  // the compose target joined to the VM (its ssh_target), else the one of its hostname
  const target = hostsOf(m, profile).ofVm(vm)?.composeTargets[0] ?? m.composeTargets.find((t) => t.id === vm.hostname);
  const list = sub(vm.ref, 'stacks');
  const compose = fileName(m.paths.compose);
  if (!target && mayBeUnreadable(m, 'composeTargets', vm.hostname)) return;
  for (const name of vm.stacks) {
    if (target?.stacks.some((s) => s.name === name) || mayBeUnreadable(m, 'stacks', `${vm.hostname}/${name}`)) continue;
    const field = sub(list, Math.max(0, indexIn(m, list, name)));
    out.push({
      message: target
        ? `${vmName(vm)} lists stack "${name}", which compose target "${target.id}" in ${compose} does not declare${didYouMean(name, target.stacks.map((s) => s.name)) || '; declare the stack there or remove it from this VM'}`
        : `${vmName(vm)} lists stack "${name}", but ${compose} has no compose target "${vm.hostname}"; add the target with its stacks`,
      subject: { kind: 'stack', id: `${vm.hostname}/${name}` },
      at: [field, target ? sub(target.ref, 'stacks') : at(m.paths.compose, 'targets')],
      kind: target ? 'unknown-vm-stack' : 'vm-host-without-compose-target',
      observed: name,
    });
  }
}

/** Checks the VMs; returns how many it judged (every VM whose status meaning is known). */
export function vmReferences(m: Model, profile: Profile, out: FindingDraft[]): number {
  const ssh = new Set(m.sshTargets.map((t) => t.id));
  let judged = 0;
  for (const vm of m.vms) {
    if (vm.meaning === 'unknown') continue;
    judged++;
    if (vm.meaning === 'inert' || vm.meaning === 'template') continue;
    if (vm.sshTarget && !ssh.has(vm.sshTarget) && !mayBeUnreadable(m, 'sshTargets', vm.sshTarget)) {
      out.push({
        message: `${vmName(vm)} is reached through ssh target "${vm.sshTarget}", which ${fileName(m.paths.ssh)} does not declare${didYouMean(vm.sshTarget, ssh) || '; declare it there or fix the name'}`,
        subject: { kind: 'vm', id: String(vm.vmid) },
        at: [sub(vm.ref, 'ssh_target'), at(m.paths.ssh, 'ssh', 'targets')],
        kind: 'unknown-ssh-target',
        observed: vm.sshTarget,
      });
    }
    backupTarget(m, vm, out);
    services(m, profile, vm, out);
    stacks(m, profile, vm, out);
  }
  return judged;
}

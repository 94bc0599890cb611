// Gate `compose-parity`: a service's compose file lies in a declared stack of its host, no two
// stacks of a host share a path, and every compose stack of a host is listed by its VM
// (the other direction, a VM stack missing from the compose targets, is `references`).
import { posix } from 'node:path';
import { expandHome, targetHome, trimSlash } from '../bindings/remote-path.js';
import type { ComposeTarget, Model, Service } from '../bindings/types.js';
import { hostsOf } from '../bindings/model/scopes.js';
import { resolveProfile, type Profile } from '../profile/profile.js';
import { mayBeUnreadable } from './coverage.js';
import { fileName, sub, where } from './gate-helpers.js';
import { defineGate } from './types.js';
import type { FindingDraft } from './types.js';

function sshUser(m: Model, target: ComposeTarget): string | undefined {
  return m.sshTargets.find((t) => t.id === (target.sshTarget ?? target.id))?.user;
}

/** `~` expanded with the home of the target's ssh user (/root or /home/<user>); undefined without `~`. */
function expandTilde(m: Model, target: ComposeTarget, path: string): string | undefined {
  if (!path.startsWith('~/') && path !== '~') return undefined;
  const home = targetHome(m, target);
  return home === undefined ? undefined : expandHome(path, home);
}

function serviceInStack(m: Model, s: Service, out: FindingDraft[]): void {
  if (s.compose === undefined || s.host === undefined) return;
  const compose = fileName(m.paths.compose);
  const dir = trimSlash(posix.dirname(s.compose));
  const field = sub(s.ref, 'compose');
  const target = m.composeTargets.find((t) => t.id === s.host);
  if (!target && mayBeUnreadable(m, 'composeTargets', s.host)) return;
  if (!target) {
    out.push({
      message: `service "${s.id}" has compose file "${s.compose}" on host "${s.host}", but ${compose} declares no compose target "${s.host}"; add the target with its stacks`,
      subject: { kind: 'service', id: s.id },
      at: [field, { file: m.paths.compose, pointer: '/targets' }],
      kind: 'host-without-compose-target',
      observed: s.host,
    });
    return;
  }
  if (target.stacks.some((st) => trimSlash(st.path) === dir)) return;
  const expanded = expandTilde(m, target, dir);
  const sameAfterExpansion = target.stacks.find(
    (st) => (expanded !== undefined && trimSlash(st.path) === expanded) || expandTilde(m, target, trimSlash(st.path)) === dir,
  );
  if (sameAfterExpansion) {
    out.push({
      message: `service "${s.id}" has compose directory "${dir}" and stack "${sameAfterExpansion.name}" has path "${sameAfterExpansion.path}" (${where(m, sub(sameAfterExpansion.ref, 'path'))}): one directory for ssh user "${sshUser(m, target)}" written two ways, which breaks when the user changes; write it the same way in both files`,
      subject: { kind: 'service', id: s.id },
      at: [field, sub(sameAfterExpansion.ref, 'path')],
      kind: 'compose-path-form',
      // the same directory under the declared ssh user: a consistency nit, not drift
      severity: 'notice',
      expected: `${trimSlash(sameAfterExpansion.path)}/${posix.basename(s.compose)}`,
      observed: s.compose,
    });
    return;
  }
  const elsewhere = m.stacks.find((st) => st.target !== target.id && trimSlash(st.path) === dir);
  // a stack of this host that could not be read may be the one with this path
  if (!elsewhere && m.unreadable.some((u) => u.kind === 'stacks' && u.ref.pointer.startsWith(`${target.ref.pointer}/`))) return;
  // `~` is the home of the ssh user: when its ssh target could not be read, the paths cannot be compared
  const tilde = dir.startsWith('~') || target.stacks.some((st) => st.path.startsWith('~'));
  if (!elsewhere && tilde && targetHome(m, target) === undefined && mayBeUnreadable(m, 'sshTargets', target.sshTarget ?? target.id)) return;
  out.push({
    message: elsewhere
      ? `service "${s.id}" runs on host "${s.host}", but its compose directory "${dir}" is stack "${elsewhere.name}" of host "${elsewhere.target}" (${where(m, sub(elsewhere.ref, 'path'))}); fix the host or the compose path`
      : `service "${s.id}" has compose file "${s.compose}", but no stack of host "${s.host}" in ${compose} has path "${dir}" (stacks: ${target.stacks.map((st) => st.path).join(', ') || 'none'}); declare the stack or fix the compose path`,
    subject: { kind: 'service', id: s.id },
    at: [field, elsewhere ? sub(elsewhere.ref, 'path') : sub(target.ref, 'stacks')],
    kind: elsewhere ? 'compose-on-other-host' : 'compose-outside-stacks',
    expected: target.stacks.map((st) => st.path),
    observed: dir,
  });
}

function sharedPaths(m: Model, out: FindingDraft[]): void {
  for (const target of m.composeTargets) {
    const seen = new Map<string, (typeof target.stacks)[number]>();
    for (const st of target.stacks) {
      const key = trimSlash(st.path);
      const prev = seen.get(key);
      if (!prev) {
        seen.set(key, st);
        continue;
      }
      out.push({
        message: `stacks "${prev.name}" and "${st.name}" of host "${target.id}" share path "${st.path}" (${where(m, sub(prev.ref, 'path'))}); one directory holds one compose project`,
        subject: { kind: 'stack', id: `${target.id}/${st.name}` },
        at: [sub(st.ref, 'path'), sub(prev.ref, 'path')],
        kind: 'shared-stack-path',
        observed: st.path,
      });
    }
  }
}

function vmListsStacks(m: Model, profile: Profile, out: FindingDraft[]): void {
  const hosts = hostsOf(m, profile);
  for (const target of m.composeTargets) {
    if (!target.enabled) continue;
    // the VM joined to the target (by its ssh_target, ...; see profile.joins)
    const vm = hosts.ofComposeTarget(target).vms.find((v) => v.meaning === 'running');
    if (!vm) continue;
    for (const st of target.stacks) {
      if (vm.stacks.includes(st.name)) continue;
      out.push({
        message: `stack "${st.name}" of host "${target.id}" is missing from the stacks of VM ${vm.vmid} in ${fileName(m.paths.vms)} (${where(m, sub(vm.ref, 'stacks'))}); add it to that list`,
        subject: { kind: 'stack', id: `${target.id}/${st.name}` },
        at: [sub(st.ref, 'name'), sub(vm.ref, 'stacks')],
        kind: 'stack-missing-from-vm',
        expected: st.name,
        observed: vm.stacks,
      });
    }
  }
}

export default defineGate({
  id: 'compose-parity',
  aliases: [],
  kind: 'static',
  severity: 'error',
  describe:
    "A service's compose file lies in a declared stack on its host, no two stacks share a path, and vm.lifecycle lists every compose stack of its VM: otherwise the status tools probe the wrong directory or none.",
  reads: ['registry', 'compose', 'vms', 'ssh'],
  judges: ['services', 'composeTargets', 'stacks', 'vms'],
  run(ctx) {
    const m = ctx.model;
    const out: FindingDraft[] = [];
    for (const s of m.services) serviceInStack(m, s, out);
    sharedPaths(m, out);
    vmListsStacks(m, resolveProfile(ctx.config), out);
    const vms = m.vms.filter((v) => v.meaning !== 'unknown').length;
    return { findings: out, checked: { services: m.services.length, composeTargets: m.composeTargets.length, stacks: m.stacks.length, vms } };
  },
});

// naming.policy.yaml against the main files: a host whose surfaces say it must appear in
// ssh.targets.yaml, infra.placement.policy.yaml or docker.compose.targets.yaml appears there under
// its canonical name, its exceptions name canonical hosts, and every VM in service has a name.
import { meaningOf } from '../../profile/status-vocabulary.js';
import { mayBeUnreadable } from '../coverage.js';
import { didYouMean, fileName, sub } from '../gate-helpers.js';
import { listEntries, mapEntries, obj, present, type RegistryCheck, text, unlistedVms } from './common.js';

export const naming: RegistryCheck = (s, out) => {
  if (!present(s.m, 'naming')) return 0;
  const file = fileName(s.m.paths.naming);
  const vocab = s.profile.statuses.vocabularies.naming;
  const hosts = listEntries(s, 'naming', 'hosts');
  const placementHosts = present(s.m, 'placement') ? new Set(mapEntries(s, 'placement', 'hosts').map((e) => e.key as string)) : undefined;
  // `has` is also true when the name may be an entry that could not be read
  const surfaces: Array<{ key: string; file: string; has: (name: string) => boolean } | undefined> = [
    { key: 'ssh_target', file: fileName(s.m.paths.ssh), has: (n) => s.m.sshTargets.some((t) => t.id === n) || mayBeUnreadable(s.m, 'sshTargets', n) },
    placementHosts ? { key: 'placement', file: fileName(s.m.paths.placement), has: (n) => placementHosts.has(n) || s.incomplete.has('placement') } : undefined,
    { key: 'compose_target', file: fileName(s.m.paths.compose), has: (n) => s.m.composeTargets.some((t) => t.id === n) || mayBeUnreadable(s.m, 'composeTargets', n) },
  ];
  let judged = 0;
  const canonical = new Set<string>();
  for (const h of hosts) {
    const name = text(h.data.canonical_name);
    if (!name) continue;
    canonical.add(name);
    const status = text(h.data.status);
    if (status && meaningOf(vocab, status) !== 'running' && meaningOf(vocab, status) !== 'expected-stopped') continue;
    judged++;
    const declared = obj(h.data.surfaces) ?? {};
    for (const surface of surfaces) {
      if (!surface || declared[surface.key] !== true || surface.has(name)) continue;
      out.push({
        kind: `surface-${surface.key}`,
        subject: { kind: 'host', id: name },
        at: [sub(h.ref, 'surfaces', surface.key)],
        message: `${file} says host "${name}" must appear in ${surface.file} (surfaces.${surface.key}: true), but it does not${surface.key === 'ssh_target' ? didYouMean(name, s.m.sshTargets.map((t) => t.id)) : ''}`,
        expected: name,
        observed: 'absent',
      });
    }
  }
  listEntries(s, 'naming', 'allowed_exceptions').forEach((e) => {
    const host = text(e.data.host);
    if (!host) return;
    judged++;
    if (canonical.has(host) || s.incomplete.has('naming')) return;
    out.push({ kind: 'exception-host', subject: { kind: 'host', id: host }, at: [sub(e.ref, 'host')], message: `${file} has an exception for host "${host}", which is no canonical_name of its hosts${didYouMean(host, canonical)}`, observed: host });
  });
  // an entry that could not be read may be the one of any VM
  for (const vm of s.incomplete.has('naming') ? [] : unlistedVms(s, canonical, 'naming')) {
    judged++;
    out.push({ kind: 'unnamed-vm', subject: { kind: 'vm', id: vm.hostname }, at: [sub(vm.ref, 'hostname')], message: `VM ${vm.vmid} (${vm.hostname}) is ${vm.status} but ${file} has no host with canonical_name "${vm.hostname}"; add it with its surfaces`, observed: vm.hostname });
  }
  return judged;
};

// infra.placement.policy.yaml against the main files: its hosts and hypervisors are declared hosts,
// each VM it places runs on a hypervisor of its site within the site's VMID range and as its
// vm_target_requirements say, its services are registry services, and every VM in service is placed.
import type { Vm } from '../../bindings/types.js';
import { at, didYouMean, fileName, sub, where } from '../gate-helpers.js';
import type { FindingDraft } from '../types.js';
import { mayBeUnreadable } from '../coverage.js';
import { type Entry, mapEntries, mayBeUnreadHost, obj, present, type RegistryCheck, type Spine, text, texts, unlistedVms } from './common.js';

/** The VM in service a placement host names (its hostname or one of its joined names). */
function vmOf(s: Spine, name: string): Vm | undefined {
  return s.hosts.byName(name)?.vms[0];
}

function siteOfHypervisor(sites: Entry[], host: string | undefined): Entry | undefined {
  return host === undefined ? undefined : sites.find((e) => texts(e.data.proxmox_hosts).includes(host));
}

export const placement: RegistryCheck = (s, out) => {
  if (!present(s.m, 'placement')) return 0;
  const file = fileName(s.m.paths.placement);
  const sites = mapEntries(s, 'placement', 'sites');
  const hosts = mapEntries(s, 'placement', 'hosts');
  const push = (f: Omit<FindingDraft, 'subject'> & { id: string }): void => {
    const { id, ...rest } = f;
    out.push({ ...rest, subject: { kind: 'host', id } });
  };
  let judged = 0;
  for (const site of sites) {
    texts(site.data.proxmox_hosts).forEach((h, i) => {
      judged++;
      if (s.hosts.byName(h) || mayBeUnreadHost(s, h)) return;
      push({ id: h, kind: 'unknown-hypervisor', at: [sub(site.ref, 'proxmox_hosts', i)], message: `${file} site "${site.key}" names hypervisor "${h}", which no ssh target, registry host or VM declares`, observed: h });
    });
  }
  for (const h of hosts) {
    const kind = text(h.data.kind);
    if (kind !== 'vm' && kind !== 'proxmox') continue;
    judged++;
    const name = h.key as string;
    const group = s.hosts.byName(name);
    if (!group && mayBeUnreadHost(s, name)) continue;
    if (!group) {
      const gone = s.m.vms.find((v) => v.meaning === 'inert' && (v.hostname === name || v.sshTarget === name));
      push({
        id: name,
        kind: 'unknown-host',
        at: [h.ref, ...(gone ? [sub(gone.ref, 'status')] : [])],
        message: `${file} places ${kind} "${name}", which no ssh target, registry host or VM in service declares${gone ? `; VM ${gone.vmid} (${gone.hostname}) is ${gone.status} (${where(s.m, sub(gone.ref, 'status'))}): remove the host` : didYouMean(name, s.hosts.groups.map((g) => g.id))}`,
        observed: name,
      });
      continue;
    }
    const vm = kind === 'vm' ? vmOf(s, name) : undefined;
    if (!vm) continue;
    const site = sites.find((e) => e.key === text(h.data.site));
    const onSite = siteOfHypervisor(sites, vm.proxmoxHost);
    if (site && onSite && site !== onSite) {
      push({ id: name, kind: 'site', at: [sub(h.ref, 'site'), sub(vm.ref, 'proxmox_host')], message: `${file} puts "${name}" at site "${site.key}", but VM ${vm.vmid} runs on "${vm.proxmoxHost}" of site "${onSite.key}" (${where(s.m, sub(vm.ref, 'proxmox_host'))})`, expected: site.key, observed: onSite.key });
    }
    const min = onSite?.data.vmid_min;
    const max = onSite?.data.vmid_max;
    if (typeof min === 'number' && typeof max === 'number' && (vm.vmid < min || vm.vmid > max)) {
      push({ id: name, kind: 'vmid-range', at: [sub(vm.ref, 'vmid'), sub(onSite!.ref, 'vmid_min')], message: `VM ${vm.vmid} (${vm.hostname}) is outside the VMID range ${min}-${max} of its site "${onSite!.key}" in ${file}`, expected: `${min}-${max}`, observed: vm.vmid });
    }
    const req = obj(obj(s.m.files.get(s.m.paths.placement)?.data)?.vm_target_requirements)?.[name];
    const wanted = text(obj(req)?.required_proxmox_host);
    if (wanted && vm.proxmoxHost && wanted !== vm.proxmoxHost) {
      push({ id: name, kind: 'required-hypervisor', at: [at(s.m.paths.placement, 'vm_target_requirements', name, 'required_proxmox_host'), sub(vm.ref, 'proxmox_host')], message: `${file} requires "${name}" on "${wanted}", but VM ${vm.vmid} runs on "${vm.proxmoxHost}" (${where(s.m, sub(vm.ref, 'proxmox_host'))})`, expected: wanted, observed: vm.proxmoxHost });
    }
  }
  for (const e of mapEntries(s, 'placement', 'service_placement')) {
    judged++;
    const id = e.key as string;
    if (s.m.services.some((svc) => svc.id === id) || mayBeUnreadable(s.m, 'services', id)) continue;
    out.push({ kind: 'unknown-service', subject: { kind: 'service', id }, at: [e.ref], message: `${file} places service "${id}", which ${fileName(s.m.paths.registry)} does not declare${didYouMean(id, s.m.services.map((svc) => svc.id))}`, observed: id });
  }
  const placed = new Set(hosts.map((h) => h.key as string));
  // an entry that could not be read may be the one of any VM
  for (const vm of s.incomplete.has('placement') ? [] : unlistedVms(s, placed, 'placement')) {
    judged++;
    out.push({ kind: 'unplaced-vm', subject: { kind: 'vm', id: vm.hostname }, at: [sub(vm.ref, 'hostname')], message: `VM ${vm.vmid} (${vm.hostname}) is ${vm.status} but ${file} does not place it (no hosts entry "${vm.hostname}"); add it with its site`, observed: vm.hostname });
  }
  return judged;
};

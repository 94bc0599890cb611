// Everything the spine declares gone for good (a status whose meaning is `inert`): VMs, registry
// services, STACK_REGISTRY stacks, naming.policy hosts and ssh targets with a status. Each with the
// names and addresses other files would use for it, minus those a thing still in service claims
// (a rebuilt VM that kept its hostname, a reused address or VM id), which prove nothing.
import type { Model, Ref } from '../../bindings/types.js';
import { resolveProfile } from '../../profile/profile.js';
import { meaningOf } from '../../profile/status-vocabulary.js';
import type { ResolvedConfig } from '../../config/types.js';
import { at, rawAt, sub } from '../gate-helpers.js';
import { statusRef } from '../live/refs.js';

export interface InertThing {
  kind: 'vm' | 'service' | 'stack' | 'host';
  id: string;
  /** `VM 201 (media-stack)`, `service "slskd"`, `stack "media-stack"` */
  label: string;
  status: string;
  /** where its status is declared */
  statusAt: Ref;
  /** the machine names other files use for it (hostname, ssh target, canonical name) */
  names: Set<string>;
  addresses: Set<string>;
  vmid?: number;
  /** a VM's own backup_target */
  backupTarget?: string;
  /** a service's container and port */
  container?: string;
  port?: number;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

export interface Inert {
  things: InertThing[];
  /** names, addresses and VM ids of things in service: never matched as references to inert ones */
  claimed: { names: Set<string>; addresses: Set<string>; vmids: Set<number>; stacks: Set<string>; backups: Set<string> };
}

/** Every inert thing of the spine, and what things in service claim. */
export function inertThings(m: Model, config: ResolvedConfig): Inert {
  const vocab = resolveProfile(config).statuses.vocabularies;
  const things: InertThing[] = [];
  const claimed: Inert['claimed'] = { names: new Set(), addresses: new Set(), vmids: new Set(), stacks: new Set(), backups: new Set() };
  const add = (set: Set<string>, ...values: Array<string | null | undefined>): void => values.forEach((v) => v && set.add(v));
  for (const vm of m.vms) {
    if (vm.meaning === 'unknown') continue;
    if (vm.meaning !== 'inert') {
      add(claimed.names, vm.hostname, vm.sshTarget);
      add(claimed.addresses, vm.lanIp, vm.tailscaleIp);
      add(claimed.backups, vm.backupTarget);
      claimed.vmids.add(vm.vmid);
      continue;
    }
    const names = new Set<string>();
    const addresses = new Set<string>();
    add(names, vm.hostname, vm.sshTarget);
    add(addresses, vm.lanIp, vm.tailscaleIp);
    things.push({
      kind: 'vm', id: vm.hostname, label: `${vm.vmType === 'lxc' ? 'LXC' : 'VM'} ${vm.vmid} (${vm.hostname})`, status: vm.status, statusAt: sub(vm.ref, 'status'),
      names, addresses, vmid: vm.vmid, ...(vm.backupTarget ? { backupTarget: vm.backupTarget } : {}),
    });
  }
  for (const s of m.services) {
    if (s.meaning !== 'inert') continue;
    things.push({
      kind: 'service', id: s.id, label: `service "${s.id}"`, status: s.status, statusAt: statusRef(m, s), names: new Set(), addresses: new Set(),
      ...(s.container ? { container: s.container } : {}), ...(typeof s.port === 'number' ? { port: s.port } : {}),
    });
  }
  const stacks = rawAt(m, at(m.paths.stacks, 'stacks'));
  (Array.isArray(stacks) ? stacks : []).forEach((raw, i) => {
    const e = obj(raw);
    const id = text(e?.stack_id);
    const status = text(e?.status);
    if (!id || !status) return;
    const meaning = meaningOf(vocab.stacks, status);
    if (meaning !== 'inert') {
      if (meaning !== 'unknown') claimed.stacks.add(id);
      return;
    }
    things.push({ kind: 'stack', id, label: `stack "${id}"`, status, statusAt: at(m.paths.stacks, 'stacks', i, 'status'), names: new Set(), addresses: new Set() });
  });
  const hosts = rawAt(m, at(m.paths.naming, 'hosts'));
  (Array.isArray(hosts) ? hosts : []).forEach((raw, i) => {
    const e = obj(raw);
    const name = text(e?.canonical_name);
    const status = text(e?.status);
    if (!name) return;
    if (!status || meaningOf(vocab.naming, status) !== 'inert') {
      if (!status || meaningOf(vocab.naming, status) !== 'unknown') claimed.names.add(name);
      return;
    }
    things.push({ kind: 'host', id: name, label: `host "${name}"`, status, statusAt: at(m.paths.naming, 'hosts', i, 'status'), names: new Set([name]), addresses: new Set() });
  });
  for (const t of m.sshTargets) {
    const status = text(rawAt(m, sub(t.ref, 'status')));
    if (!status || meaningOf(vocab.naming, status) !== 'inert') continue;
    things.push({ kind: 'host', id: t.id, label: `ssh target "${t.id}"`, status, statusAt: sub(t.ref, 'status'), names: new Set([t.id]), addresses: new Set([t.host]) });
  }
  for (const t of things) {
    for (const n of [...t.names]) if (claimed.names.has(n)) t.names.delete(n);
    for (const a of [...t.addresses]) if (claimed.addresses.has(a)) t.addresses.delete(a);
    if (t.backupTarget !== undefined && claimed.backups.has(t.backupTarget)) delete t.backupTarget;
  }
  return { things, claimed };
}

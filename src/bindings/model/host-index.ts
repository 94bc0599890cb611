// Which entries describe one machine: a registry host, its ssh target, its VM and its compose target,
// joined by the references the files declare (a VM's `ssh_target`, a registry host's `ssh` and
// `vmid`, a compose target's `ssh_target`), then by equal names where the profile allows it
// (`profile.joins`, default [ssh_target, vmid, hostname]). VMs that are gone (inert), templates and
// VMs whose status is unknown describe no machine in service and join nothing.
import type { JoinKey } from '../../profile/profile.js';
import type { ComposeTarget, Model, RegistryHost, SshTarget, Vm } from '../types.js';

export interface HostGroup {
  /** the registry host id, else the ssh target id, else the compose target id, else the VM hostname */
  id: string;
  hosts: RegistryHost[];
  sshTargets: SshTarget[];
  vms: Vm[];
  composeTargets: ComposeTarget[];
}

export interface HostIndex {
  groups: HostGroup[];
  ofHost(h: RegistryHost): HostGroup;
  ofSshTarget(t: SshTarget): HostGroup;
  /** undefined for a VM that joins nothing (inert, template, unknown status) */
  ofVm(vm: Vm): HostGroup | undefined;
  ofComposeTarget(t: ComposeTarget): HostGroup;
  /** a host name as other files write it (`host:` of a service or endpoint): registry host, ssh target, compose target or VM hostname */
  byName(name: string | undefined): HostGroup | undefined;
  /** whether two host names are one machine (equal, or names of one joined host) */
  same(a: string | undefined, b: string | undefined): boolean;
}

/** VMs that describe a machine in service or on its way (not gone, not a template, status known). */
function joinedVms(m: Pick<Model, 'vms'>): Vm[] {
  return m.vms.filter((v) => v.meaning !== 'inert' && v.meaning !== 'template' && v.meaning !== 'unknown');
}

type Node = RegistryHost | SshTarget | Vm | ComposeTarget;

export function hostIndex(m: Model, joins: readonly JoinKey[]): HostIndex {
  const parent = new Map<Node, Node>();
  const find = (n: Node): Node => {
    let root = n;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(n, root);
    return root;
  };
  const join = (a: Node | undefined, b: Node | undefined): void => {
    if (a && b) parent.set(find(a), find(b));
  };
  const vms = joinedVms(m);
  const nodes: Node[] = [...m.hosts, ...m.sshTargets, ...vms, ...m.composeTargets];
  for (const n of nodes) parent.set(n, n);
  const ssh = (id: string | null | undefined): SshTarget | undefined => (id ? m.sshTargets.find((t) => t.id === id) : undefined);
  const by = new Set(joins);
  if (by.has('ssh_target')) {
    for (const h of m.hosts) join(h, ssh(h.ssh));
    for (const v of vms) join(v, ssh(v.sshTarget));
    for (const t of m.composeTargets) join(t, ssh(t.sshTarget));
  }
  if (by.has('vmid')) for (const h of m.hosts) if (h.vmid !== undefined) join(h, vms.find((v) => v.vmid === h.vmid));
  if (by.has('hostname')) {
    const named = (name: string): Node | undefined =>
      m.hosts.find((h) => h.id === name) ?? m.sshTargets.find((t) => t.id === name) ?? m.composeTargets.find((t) => t.id === name);
    for (const v of vms) join(v, named(v.hostname));
    for (const t of m.composeTargets) join(t, m.hosts.find((h) => h.id === t.id) ?? ssh(t.id));
    for (const h of m.hosts) if (h.ssh === undefined) join(h, ssh(h.id));
  }
  const byRoot = new Map<Node, HostGroup>();
  const groupOf = new Map<Node, HostGroup>();
  for (const n of nodes) {
    const root = find(n);
    let g = byRoot.get(root);
    if (!g) {
      g = { id: '', hosts: [], sshTargets: [], vms: [], composeTargets: [] };
      byRoot.set(root, g);
    }
    if (m.hosts.includes(n as RegistryHost)) g.hosts.push(n as RegistryHost);
    else if (m.sshTargets.includes(n as SshTarget)) g.sshTargets.push(n as SshTarget);
    else if (vms.includes(n as Vm)) g.vms.push(n as Vm);
    else g.composeTargets.push(n as ComposeTarget);
    groupOf.set(n, g);
  }
  const groups = [...byRoot.values()];
  for (const g of groups) g.id = g.hosts[0]?.id ?? g.sshTargets[0]?.id ?? g.composeTargets[0]?.id ?? g.vms[0]?.hostname ?? '';
  const byName = (name: string | undefined): HostGroup | undefined => {
    if (name === undefined) return undefined;
    const n = m.hosts.find((h) => h.id === name) ?? ssh(name) ?? m.composeTargets.find((t) => t.id === name) ?? vms.find((v) => v.hostname === name);
    return n ? groupOf.get(n) : undefined;
  };
  return {
    groups,
    ofHost: (h) => groupOf.get(h)!,
    ofSshTarget: (t) => groupOf.get(t)!,
    ofVm: (vm) => groupOf.get(vm),
    ofComposeTarget: (t) => groupOf.get(t)!,
    byName,
    same: (a, b) => a !== undefined && b !== undefined && (a === b || (byName(a) !== undefined && byName(a) === byName(b))),
  };
}

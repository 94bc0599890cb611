// VM lifecycle, SSH targets, backups, domain routes and deploy dependencies → typed entities.
// An entry that cannot be read is kept as an Unreadable (see collections.ts), never dropped silently;
// a VM status no vocabulary knows is kept as written, with the meaning `unknown`.
import type { Statuses } from '../../profile/statuses.js';
import { meaningOf } from '../../profile/status-vocabulary.js';
import type { AccessPolicy, BackupDefaults, BackupTarget, DeployDependency, Route, SshDefaults, SshTarget, Vm, VmResources } from '../types.js';
import { listAt, notAMap, refIn as ref, unreadable } from './collections.js';
import type { Reader } from './collections.js';
import { bool, firstUnreadable, name, nstr, num, obj, safe, str, strings } from './values.js';

function resources(v: unknown): VmResources | null | undefined {
  if (v === null) return null;
  const r = obj(v);
  if (!r) return undefined;
  return { cpuCores: num(r.cpu_cores), memoryMb: num(r.memory_mb), bootDiskGb: num(r.boot_disk_gb) };
}

export function buildVms(r: Reader, data: unknown, statuses: Statuses): Vm[] {
  const out: Vm[] = [];
  const defaults = obj(obj(data)?.defaults);
  listAt(r, data, { path: ['vms'] }, 'vms').forEach((raw, i) => {
    const v = obj(raw);
    if (!v) return unreadable(r, 'vms', ref(r.file, 'vms', i), notAMap(raw));
    const vmid = num(v.vmid);
    const hostname = name(v.hostname);
    const status = name(v.status);
    const why = firstUnreadable(v, [
      ['vmid', vmid, 'a number'],
      ['hostname', hostname, 'a name'],
      ['status', status, 'a word'],
    ]);
    if (why || vmid === undefined || !hostname || !status) {
      return unreadable(r, 'vms', ref(r.file, 'vms', i), why ?? '', hostname ?? (vmid !== undefined ? String(vmid) : undefined));
    }
    out.push({
      vmid,
      hostname,
      proxmoxHost: str(v.proxmox_host) ?? str(defaults?.proxmox_host),
      status,
      meaning: meaningOf(statuses.vocabularies.vms, status),
      lanIp: nstr(v.lan_ip),
      tailscaleIp: nstr(v.tailscale_ip),
      sshTarget: nstr(v.ssh_target),
      sshUser: nstr(v.ssh_user),
      resources: resources(v.resources),
      stacks: strings(v.stacks),
      services: strings(v.services),
      backupTarget: nstr(v.backup_target),
      healthProbePolicy: str(v.health_probe_policy),
      ...(v.vm_type === 'lxc' || v.vm_type === 'qemu' ? { vmType: v.vm_type } : {}),
      ...(typeof v.onboot === 'boolean' ? { onboot: v.onboot } : {}),
      ref: ref(r.file, 'vms', i),
    });
  });
  return out;
}

export function buildSshDefaults(file: string, data: unknown): SshDefaults {
  const d = obj(obj(obj(data)?.ssh)?.defaults);
  return {
    user: safe(d?.user) ?? 'root',
    port: num(d?.port) ?? 22,
    connectTimeoutSec: num(d?.connect_timeout_sec) ?? 5,
    strictHostKeyChecking: str(d?.strict_host_key_checking),
    userKnownHostsFile: str(d?.user_known_hosts_file),
    ...(d ? { ref: ref(file, 'ssh', 'defaults') } : {}),
  };
}

const POLICIES: readonly AccessPolicy[] = ['lan_first', 'lan_only', 'tailscale_required'];

/** The address planes of an ssh target (`lan_ip`, `tailscale_ip`, `access_policy`); the only reader of these keys. */
export function addressPlanes(t: Record<string, unknown>): Pick<SshTarget, 'addresses' | 'accessPolicy'> {
  const lan = safe(t.lan_ip);
  const tailscale = safe(t.tailscale_ip);
  const policy = POLICIES.find((p) => p === t.access_policy);
  return {
    ...(lan || tailscale ? { addresses: { ...(lan ? { lan } : {}), ...(tailscale ? { tailscale } : {}) } } : {}),
    ...(policy ? { accessPolicy: policy } : {}),
  };
}

export function buildSshTargets(r: Reader, data: unknown, defaults: SshDefaults): SshTarget[] {
  const out: SshTarget[] = [];
  listAt(r, data, { path: ['ssh', 'targets'] }, 'sshTargets').forEach((raw, i) => {
    const t = obj(raw);
    if (!t) return unreadable(r, 'sshTargets', ref(r.file, 'ssh', 'targets', i), notAMap(raw));
    const id = name(t.id);
    const host = safe(t.host);
    const user = t.user === undefined ? defaults.user : safe(t.user);
    const port = t.port === undefined ? defaults.port : num(t.port);
    const optional = t.optional === undefined ? false : bool(t.optional);
    const why = firstUnreadable(t, [
      ['id', id, 'a name'],
      ['host', host, 'an address without shell metacharacters'],
      ['user', user, 'a user name without shell metacharacters'],
      ['port', port, 'a number'],
      ['optional', optional, 'true or false'],
    ]);
    if (why || !id || !host || user === undefined || port === undefined || optional === undefined) {
      return unreadable(r, 'sshTargets', ref(r.file, 'ssh', 'targets', i), why ?? '', str(t.id));
    }
    out.push({
      id,
      host,
      user,
      port,
      connectTimeoutSec: num(t.connect_timeout_sec) ?? defaults.connectTimeoutSec,
      optional,
      accessMethod: str(t.access_method),
      probeVia: str(t.probe_via),
      extraOpts: str(t.ssh_extra_opts),
      ...addressPlanes(t),
      ref: ref(r.file, 'ssh', 'targets', i),
    });
  });
  return out;
}

export function buildBackupDefaults(data: unknown): BackupDefaults {
  const d = obj(obj(data)?.defaults);
  return { sshTimeoutSec: num(d?.ssh_timeout_sec) ?? 6, staleAfterHours: num(d?.stale_after_hours) ?? 26 };
}

/** Backup targets. `enabled` absent = false: the file's header says "enabled=false by default". */
export function buildBackups(r: Reader, data: unknown, defaults: BackupDefaults): BackupTarget[] {
  const out: BackupTarget[] = [];
  listAt(r, data, { path: ['targets'] }, 'backups').forEach((raw, i) => {
    const b = obj(raw);
    if (!b) return unreadable(r, 'backups', ref(r.file, 'targets', i), notAMap(raw));
    const backupName = name(b.name);
    const host = name(b.host);
    const basePath = safe(b.base_path);
    const glob = safe(b.glob);
    const enabled = b.enabled === undefined ? false : bool(b.enabled);
    const stale = b.stale_after_hours === undefined ? defaults.staleAfterHours : num(b.stale_after_hours);
    const why = firstUnreadable(b, [
      ['name', backupName, 'a name'],
      ['host', host, 'a name'],
      ['base_path', basePath, 'a path without shell metacharacters'],
      ['glob', glob, 'a glob without shell metacharacters'],
      ['enabled', enabled, 'true or false'],
      ['stale_after_hours', stale, 'a number'],
    ]);
    if (why || !backupName || !host || !basePath || !glob || enabled === undefined || stale === undefined) {
      return unreadable(r, 'backups', ref(r.file, 'targets', i), why ?? '', str(b.name));
    }
    out.push({
      name: backupName,
      enabled,
      kind: str(b.kind) ?? 'file_glob',
      host,
      basePath,
      glob,
      staleAfterHours: stale,
      classification: str(b.classification),
      ref: ref(r.file, 'targets', i),
    });
  });
  return out;
}

export function buildRoutes(r: Reader, data: unknown): Route[] {
  const out: Route[] = [];
  listAt(r, data, { path: ['zones'] }, 'routes').forEach((rawZone, z) => {
    const zone = obj(rawZone);
    if (!zone) return unreadable(r, 'routes', ref(r.file, 'zones', z), notAMap(rawZone));
    listAt(r, zone, { path: ['hostnames'], within: ['zones', z], required: false }, 'routes').forEach((raw, i) => {
      const h = obj(raw);
      const at = ref(r.file, 'zones', z, 'hostnames', i);
      if (!h) return unreadable(r, 'routes', at, notAMap(raw));
      const hostname = name(h.hostname);
      if (!hostname) return unreadable(r, 'routes', at, firstUnreadable(h, [['hostname', hostname, 'a name']]) ?? '');
      out.push({
        hostname,
        zone: str(zone?.zone),
        service: str(h.service),
        stack: str(h.stack),
        routingLayer: str(h.routing_layer),
        ref: at,
      });
    });
  });
  return out;
}

export function buildDeployDependencies(r: Reader, data: unknown): DeployDependency[] {
  const out: DeployDependency[] = [];
  listAt(r, data, { path: ['chains'] }, 'deployDependencies').forEach((rawChain, c) => {
    const chain = obj(rawChain);
    const chainRef = ref(r.file, 'chains', c);
    if (!chain) return unreadable(r, 'deployDependencies', chainRef, notAMap(rawChain));
    const chainId = name(chain.id);
    if (!chainId) return unreadable(r, 'deployDependencies', chainRef, firstUnreadable(chain, [['id', chainId, 'a name']]) ?? '');
    listAt(r, chain, { path: ['affected'], within: ['chains', c], required: false }, 'deployDependencies').forEach((raw, i) => {
      const a = obj(raw);
      const at = ref(r.file, 'chains', c, 'affected', i);
      if (!a) return unreadable(r, 'deployDependencies', at, notAMap(raw));
      const service = name(a.service);
      if (!service) return unreadable(r, 'deployDependencies', at, firstUnreadable(a, [['service', service, 'a name']]) ?? '', chainId);
      out.push({ chain: chainId, service, host: str(a.host), ref: at });
    });
  });
  return out;
}

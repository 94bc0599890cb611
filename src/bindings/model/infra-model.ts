// VM lifecycle, SSH targets, backups, domain routes and deploy dependencies → typed entities.
// An entry that cannot be read is kept as an Unreadable (see collections.ts), never dropped silently;
// a VM status no vocabulary knows is kept as written, with the meaning `unknown`.
import type { Statuses } from '../../profile/statuses.js';
import { meaningOf } from '../../profile/status-vocabulary.js';
import type { AccessPolicy, BackupDefaults, BackupTarget, DeployDependency, Route, SshDefaults, SshTarget, Vm, VmResources } from '../types.js';
import { entryRef, fieldsOf, listAt, notAMap, planeValue, refIn as ref, unreadable } from './collections.js';
import type { Reader } from './collections.js';
import { bool, firstUnreadable, name, nstr, num, obj, safe, str, strings } from './values.js';
import type { Obj } from './values.js';

/** `vm_type` when it is one the hypervisor probe tells apart (qemu, lxc). */
function vmTypeOf(v: unknown): Pick<Vm, 'vmType'> {
  return v === 'lxc' || v === 'qemu' ? { vmType: v } : {};
}

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
    const f = fieldsOf(r, 'vms', v);
    const vmid = num(f.value('vmid'));
    const hostname = name(f.value('hostname'));
    const status = name(f.value('status'));
    const why = firstUnreadable(v, f, [
      ['vmid', vmid, 'a number'],
      ['hostname', hostname, 'a name'],
      ['status', status, 'a word'],
    ]);
    if (why || vmid === undefined || !hostname || !status) {
      // a VM is named by its hostname and its vmid: without one of them, any name may be this VM
      const names = hostname && vmid !== undefined ? { names: [String(vmid)] } : { anyName: true };
      return unreadable(r, 'vms', ref(r.file, 'vms', i), why ?? '', hostname ?? (vmid !== undefined ? String(vmid) : undefined), names);
    }
    const vm: Vm = {
      vmid,
      hostname,
      proxmoxHost: str(f.value('proxmox_host')) ?? str(defaults?.proxmox_host),
      status,
      meaning: meaningOf(statuses.vocabularies.vms, status),
      lanIp: nstr(planeValue(r, f, 'lan')),
      tailscaleIp: nstr(planeValue(r, f, 'tailscale')),
      sshTarget: nstr(f.value('ssh_target')),
      sshUser: nstr(f.value('ssh_user')),
      resources: resources(f.value('resources')),
      stacks: strings(f.value('stacks')),
      services: strings(f.value('services')),
      backupTarget: nstr(f.value('backup_target')),
      healthProbePolicy: str(f.value('health_probe_policy')),
      ...vmTypeOf(f.value('vm_type')),
      ...(typeof f.value('onboot') === 'boolean' ? { onboot: f.value('onboot') as boolean } : {}),
      ...(safe(f.value('data_mount')) !== undefined ? { dataMount: safe(f.value('data_mount')) } : {}),
      ref: ref(r.file, 'vms', i),
    };
    out.push({ ...vm, ref: entryRef(vm.ref, f) });
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

const ACCESS_POLICIES: readonly AccessPolicy[] = ['lan_first', 'lan_only', 'tailscale_required'];

/** The LAN and Tailscale addresses an ssh target declares besides its `host` (keys from the profile's address planes). */
function sshAddresses(r: Reader, t: Obj): SshTarget['addresses'] {
  const first = (keys: readonly string[]): string | undefined => keys.map((k) => safe(t[k])).find((v) => v !== undefined);
  const lan = first(r.profile.addresses.lan.keys);
  const tailscale = first(r.profile.addresses.tailscale.keys);
  return lan || tailscale ? { ...(lan ? { lan } : {}), ...(tailscale ? { tailscale } : {}) } : undefined;
}

export function buildSshTargets(r: Reader, data: unknown, defaults: SshDefaults): SshTarget[] {
  const out: SshTarget[] = [];
  listAt(r, data, { path: ['ssh', 'targets'] }, 'sshTargets').forEach((raw, i) => {
    const t = obj(raw);
    if (!t) return unreadable(r, 'sshTargets', ref(r.file, 'ssh', 'targets', i), notAMap(raw));
    const f = fieldsOf(r, 'sshTargets', t);
    const id = name(f.value('id'));
    const host = safe(f.value('host'));
    const user = f.has('user') ? safe(f.value('user')) : defaults.user;
    const port = f.has('port') ? num(f.value('port')) : defaults.port;
    const optional = f.has('optional') ? bool(f.value('optional')) : false;
    const why = firstUnreadable(t, f, [
      ['id', id, 'a name'],
      ['host', host, 'an address without shell metacharacters'],
      ['user', user, 'a user name without shell metacharacters'],
      ['port', port, 'a number'],
      ['optional', optional, 'true or false'],
    ]);
    if (why || !id || !host || user === undefined || port === undefined || optional === undefined) {
      return unreadable(r, 'sshTargets', ref(r.file, 'ssh', 'targets', i), why ?? '', str(f.value('id')));
    }
    const addresses = sshAddresses(r, t);
    const policy = str(f.value('access_policy'));
    const accessPolicy = ACCESS_POLICIES.find((p) => p === policy);
    out.push({
      id,
      host,
      user,
      port,
      connectTimeoutSec: num(f.value('connect_timeout_sec')) ?? defaults.connectTimeoutSec,
      optional,
      accessMethod: str(f.value('access_method')),
      probeVia: str(f.value('probe_via')),
      extraOpts: str(f.value('ssh_extra_opts')),
      ...(addresses ? { addresses } : {}),
      ...(accessPolicy ? { accessPolicy } : {}),
      ref: entryRef(ref(r.file, 'ssh', 'targets', i), f),
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
    const f = fieldsOf(r, 'backups', b);
    const backupName = name(f.value('name'));
    const host = name(f.value('host'));
    const basePath = safe(f.value('base_path'));
    const glob = safe(f.value('glob'));
    const enabled = f.has('enabled') ? bool(f.value('enabled')) : false;
    const stale = f.has('stale_after_hours') ? num(f.value('stale_after_hours')) : defaults.staleAfterHours;
    const why = firstUnreadable(b, f, [
      ['name', backupName, 'a name'],
      ['host', host, 'a name'],
      ['base_path', basePath, 'a path without shell metacharacters'],
      ['glob', glob, 'a glob without shell metacharacters'],
      ['enabled', enabled, 'true or false'],
      ['stale_after_hours', stale, 'a number'],
    ]);
    if (why || !backupName || !host || !basePath || !glob || enabled === undefined || stale === undefined) {
      return unreadable(r, 'backups', ref(r.file, 'targets', i), why ?? '', str(f.value('name')));
    }
    out.push({
      name: backupName,
      enabled,
      kind: str(f.value('kind')) ?? 'file_glob',
      host,
      basePath,
      glob,
      staleAfterHours: stale,
      classification: str(f.value('classification')),
      ...(name(f.value('service')) !== undefined ? { service: name(f.value('service')) } : {}),
      ref: entryRef(ref(r.file, 'targets', i), f),
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
      const f = fieldsOf(r, 'routes', h);
      const hostname = name(f.value('hostname'));
      if (!hostname) return unreadable(r, 'routes', at, firstUnreadable(h, f, [['hostname', hostname, 'a name']]) ?? '');
      out.push({
        hostname,
        zone: str(zone?.zone),
        service: str(f.value('service')),
        stack: str(f.value('stack')),
        routingLayer: str(f.value('routing_layer')),
        ref: entryRef(at, f),
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
    const cf = fieldsOf(r, 'deployDependencies', chain);
    const chainId = name(cf.value('id'));
    if (!chainId) return unreadable(r, 'deployDependencies', chainRef, firstUnreadable(chain, cf, [['id', chainId, 'a name']]) ?? '');
    listAt(r, chain, { path: ['affected'], within: ['chains', c], required: false }, 'deployDependencies').forEach((raw, i) => {
      const a = obj(raw);
      const at = ref(r.file, 'chains', c, 'affected', i);
      if (!a) return unreadable(r, 'deployDependencies', at, notAMap(raw));
      const f = fieldsOf(r, 'deployDependencies', a);
      const service = name(f.value('service'));
      if (!service) return unreadable(r, 'deployDependencies', at, firstUnreadable(a, f, [['service', service, 'a name']]) ?? '', chainId);
      out.push({ chain: chainId, service, host: str(f.value('host')), ref: entryRef(at, f) });
    });
  });
  return out;
}

// VM lifecycle, SSH targets, backups, domain routes and deploy dependencies → typed entities.
import { pointerOf } from '../locate.js';
import type { AccessPolicy, BackupDefaults, BackupTarget, DeployDependency, Ref, Route, SshDefaults, SshTarget, Vm, VmResources } from '../types.js';
import { arr, bool, name, nstr, num, obj, safe, str, strings } from './values.js';

function ref(file: string, ...path: Array<string | number>): Ref {
  return { file, pointer: pointerOf(path) };
}

function resources(v: unknown): VmResources | null | undefined {
  if (v === null) return null;
  const r = obj(v);
  if (!r) return undefined;
  return { cpuCores: num(r.cpu_cores), memoryMb: num(r.memory_mb), bootDiskGb: num(r.boot_disk_gb) };
}

export function buildVms(file: string, data: unknown): Vm[] {
  const out: Vm[] = [];
  const defaults = obj(obj(data)?.defaults);
  (arr(obj(data)?.vms) ?? []).forEach((raw, i) => {
    const v = obj(raw);
    const vmid = num(v?.vmid);
    const hostname = name(v?.hostname);
    const status = name(v?.status);
    if (!v || vmid === undefined || !hostname || !status) return;
    out.push({
      vmid,
      hostname,
      proxmoxHost: str(v.proxmox_host) ?? str(defaults?.proxmox_host),
      status,
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
      ref: ref(file, 'vms', i),
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

export function buildSshTargets(file: string, data: unknown, defaults: SshDefaults): SshTarget[] {
  const out: SshTarget[] = [];
  (arr(obj(obj(data)?.ssh)?.targets) ?? []).forEach((raw, i) => {
    const t = obj(raw);
    const id = name(t?.id);
    const host = safe(t?.host);
    if (!t || !id || !host) return;
    const user = t.user === undefined ? defaults.user : safe(t.user);
    const port = t.port === undefined ? defaults.port : num(t.port);
    const optional = t.optional === undefined ? false : bool(t.optional);
    if (user === undefined || port === undefined || optional === undefined) return;
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
      ref: ref(file, 'ssh', 'targets', i),
    });
  });
  return out;
}

export function buildBackupDefaults(data: unknown): BackupDefaults {
  const d = obj(obj(data)?.defaults);
  return { sshTimeoutSec: num(d?.ssh_timeout_sec) ?? 6, staleAfterHours: num(d?.stale_after_hours) ?? 26 };
}

/** Backup targets. `enabled` absent = false: the file's header says "enabled=false by default". */
export function buildBackups(file: string, data: unknown, defaults: BackupDefaults): BackupTarget[] {
  const out: BackupTarget[] = [];
  (arr(obj(data)?.targets) ?? []).forEach((raw, i) => {
    const b = obj(raw);
    const backupName = name(b?.name);
    const host = name(b?.host);
    const basePath = safe(b?.base_path);
    const glob = safe(b?.glob);
    if (!b || !backupName || !host || !basePath || !glob) return;
    const enabled = b.enabled === undefined ? false : bool(b.enabled);
    const stale = b.stale_after_hours === undefined ? defaults.staleAfterHours : num(b.stale_after_hours);
    if (enabled === undefined || stale === undefined) return;
    out.push({
      name: backupName,
      enabled,
      kind: str(b.kind) ?? 'file_glob',
      host,
      basePath,
      glob,
      staleAfterHours: stale,
      classification: str(b.classification),
      ref: ref(file, 'targets', i),
    });
  });
  return out;
}

export function buildRoutes(file: string, data: unknown): Route[] {
  const out: Route[] = [];
  (arr(obj(data)?.zones) ?? []).forEach((rawZone, z) => {
    const zone = obj(rawZone);
    (arr(zone?.hostnames) ?? []).forEach((raw, i) => {
      const h = obj(raw);
      const hostname = name(h?.hostname);
      if (!h || !hostname) return;
      out.push({
        hostname,
        zone: str(zone?.zone),
        service: str(h.service),
        stack: str(h.stack),
        routingLayer: str(h.routing_layer),
        ref: ref(file, 'zones', z, 'hostnames', i),
      });
    });
  });
  return out;
}

export function buildDeployDependencies(file: string, data: unknown): DeployDependency[] {
  const out: DeployDependency[] = [];
  (arr(obj(data)?.chains) ?? []).forEach((rawChain, c) => {
    const chain = obj(rawChain);
    const chainId = name(chain?.id);
    if (!chain || !chainId) return;
    (arr(chain.affected) ?? []).forEach((raw, i) => {
      const a = obj(raw);
      const service = name(a?.service);
      if (!a || !service) return;
      out.push({ chain: chainId, service, host: str(a.host), ref: ref(file, 'chains', c, 'affected', i) });
    });
  });
  return out;
}

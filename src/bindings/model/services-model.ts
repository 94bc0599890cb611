// Registry (services, hosts, secrets projects), health endpoints and compose stacks → typed entities.
import { pointerOf } from '../locate.js';
import type { ComposeTarget, Endpoint, HealthDefaults, RegistryHost, Ref, Service, ServiceStatus, Stack } from '../types.js';
import { arr, bool, expectCodes, name, num, obj, safe, str } from './values.js';

const STATUSES: readonly ServiceStatus[] = ['active', 'deprecated', 'parked', 'stopped'];

function ref(file: string, ...path: Array<string | number>): Ref {
  return { file, pointer: pointerOf(path) };
}

export function buildServices(file: string, data: unknown): Service[] {
  const out: Service[] = [];
  for (const [id, raw] of Object.entries(obj(obj(data)?.services) ?? {})) {
    const s = obj(raw);
    if (!s) continue;
    const status = s.status === undefined ? 'active' : STATUSES.find((x) => x === s.status);
    if (status === undefined) continue;
    const port = s.port === null ? null : num(s.port);
    out.push({
      id,
      host: str(s.host),
      container: str(s.container),
      port,
      health: str(s.health),
      compose: str(s.compose),
      status,
      statusDeclared: s.status !== undefined,
      secretsProject: str(s.secrets_project),
      publicUrl: str(s.public_url),
      ref: ref(file, 'services', id),
    });
  }
  return out;
}

export function buildHosts(file: string, data: unknown): RegistryHost[] {
  const out: RegistryHost[] = [];
  for (const [id, raw] of Object.entries(obj(obj(data)?.hosts) ?? {})) {
    const h = obj(raw);
    if (!h) continue;
    out.push({
      id,
      tailscaleIp: str(h.tailscale_ip),
      ssh: str(h.ssh),
      sshUser: str(h.ssh_user),
      vmid: num(h.vmid),
      proxmoxHost: str(h.proxmox_host),
      os: str(h.os),
      ref: ref(file, 'hosts', id),
    });
  }
  return out;
}

export function buildSecretsProjects(file: string, data: unknown): Map<string, Ref> {
  const out = new Map<string, Ref>();
  for (const id of Object.keys(obj(obj(data)?.infisical_projects) ?? {})) out.set(id, ref(file, 'infisical_projects', id));
  return out;
}

export function buildHealthDefaults(file: string, data: unknown): HealthDefaults {
  const d = obj(obj(data)?.defaults);
  return {
    connectTimeoutSec: num(d?.connect_timeout_sec) ?? 5,
    maxTimeSec: num(d?.max_time_sec) ?? 10,
    ...(d ? { ref: ref(file, 'defaults') } : {}),
  };
}

export function buildEndpoints(file: string, data: unknown): Endpoint[] {
  const out: Endpoint[] = [];
  (arr(obj(data)?.endpoints) ?? []).forEach((raw, i) => {
    const e = obj(raw);
    const id = name(e?.id);
    const url = name(e?.url);
    if (!e || !id || !url) return;
    const expect = expectCodes(e.expect);
    const enabled = e.enabled === undefined ? true : bool(e.enabled);
    if (!expect || enabled === undefined) return;
    out.push({ id, host: str(e.host), url, expect, enabled, ...(e.probe_via === 'ssh' ? { probeVia: 'ssh' as const } : {}), ref: ref(file, 'endpoints', i) });
  });
  return out;
}

export function buildComposeTargets(file: string, data: unknown): ComposeTarget[] {
  const out: ComposeTarget[] = [];
  for (const [id, raw] of Object.entries(obj(obj(data)?.targets) ?? {})) {
    const t = obj(raw);
    if (!t) continue;
    const enabled = t.enabled === undefined ? true : bool(t.enabled);
    if (enabled === undefined) continue;
    const stacks: Stack[] = [];
    (arr(t.stacks) ?? []).forEach((rawStack, i) => {
      const s = obj(rawStack);
      const stackName = safe(s?.name);
      const path = safe(s?.path);
      if (stackName && path) stacks.push({ name: stackName, path, target: id, ref: ref(file, 'targets', id, 'stacks', i) });
    });
    out.push({ id, sshTarget: str(t.ssh_target), enabled, connectTimeoutSec: num(t.connect_timeout_sec), stacks, ref: ref(file, 'targets', id) });
  }
  return out;
}

// Registry (services, hosts, secrets projects), health endpoints and compose stacks → typed entities.
// An entry that cannot be read is kept as an Unreadable (see collections.ts), never dropped silently;
// a status no vocabulary knows is kept as written, with the meaning `unknown`.
import type { Statuses } from '../../profile/statuses.js';
import { meaningOf } from '../../profile/status-vocabulary.js';
import type { ComposeTarget, Endpoint, HealthDefaults, RegistryHost, Ref, Service, Stack } from '../types.js';
import { listAt, mapAt, notAMap, refIn, unreadable } from './collections.js';
import type { Reader } from './collections.js';
import { bool, expectCodes, firstUnreadable, name, num, obj, safe, str } from './values.js';

/** A raw status as text: strings as written, anything else as JSON (`true`, `3`). */
function statusText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
}

export function buildServices(r: Reader, data: unknown, statuses: Statuses): Service[] {
  const out: Service[] = [];
  for (const [id, raw] of Object.entries(mapAt(r, data, { path: ['services'] }, 'services'))) {
    const s = obj(raw);
    const ref = refIn(r.file, 'services', id);
    if (!s) {
      unreadable(r, 'services', ref, notAMap(raw), id);
      continue;
    }
    const status = s.status === undefined || s.status === null ? statuses.serviceDefault : statusText(s.status);
    const port = s.port === null ? null : num(s.port);
    out.push({
      id,
      host: str(s.host),
      container: str(s.container),
      port,
      health: str(s.health),
      compose: str(s.compose),
      status,
      meaning: meaningOf(statuses.vocabularies.services, status),
      statusDeclared: s.status !== undefined && s.status !== null,
      secretsProject: str(s.secrets_project),
      publicUrl: str(s.public_url),
      ref,
    });
  }
  return out;
}

export function buildHosts(r: Reader, data: unknown): RegistryHost[] {
  const out: RegistryHost[] = [];
  for (const [id, raw] of Object.entries(mapAt(r, data, { path: ['hosts'] }, 'hosts'))) {
    const h = obj(raw);
    const ref = refIn(r.file, 'hosts', id);
    if (!h) {
      unreadable(r, 'hosts', ref, notAMap(raw), id);
      continue;
    }
    out.push({
      id,
      tailscaleIp: str(h.tailscale_ip),
      ssh: str(h.ssh),
      sshUser: str(h.ssh_user),
      vmid: num(h.vmid),
      proxmoxHost: str(h.proxmox_host),
      os: str(h.os),
      ref,
    });
  }
  return out;
}

export function buildSecretsProjects(file: string, data: unknown): Map<string, Ref> {
  const out = new Map<string, Ref>();
  for (const id of Object.keys(obj(obj(data)?.infisical_projects) ?? {})) out.set(id, refIn(file, 'infisical_projects', id));
  return out;
}

export function buildHealthDefaults(file: string, data: unknown): HealthDefaults {
  const d = obj(obj(data)?.defaults);
  return {
    connectTimeoutSec: num(d?.connect_timeout_sec) ?? 5,
    maxTimeSec: num(d?.max_time_sec) ?? 10,
    ...(d ? { ref: refIn(file, 'defaults') } : {}),
  };
}

export function buildEndpoints(r: Reader, data: unknown): Endpoint[] {
  const out: Endpoint[] = [];
  listAt(r, data, { path: ['endpoints'] }, 'endpoints').forEach((raw, i) => {
    const e = obj(raw);
    const ref = refIn(r.file, 'endpoints', i);
    if (!e) return unreadable(r, 'endpoints', ref, notAMap(raw));
    const id = name(e.id);
    const url = name(e.url);
    const expect = expectCodes(e.expect);
    const enabled = e.enabled === undefined ? true : bool(e.enabled);
    const why = firstUnreadable(e, [
      ['id', id, 'a name'],
      ['url', url, 'a URL'],
      ['expect', expect, 'an HTTP status, a list of them or "401,403"'],
      ['enabled', enabled, 'true or false'],
    ]);
    if (why || !id || !url || !expect || enabled === undefined) return unreadable(r, 'endpoints', ref, why ?? '', str(e.id));
    out.push({ id, host: str(e.host), url, expect, enabled, ...(e.probe_via === 'ssh' ? { probeVia: 'ssh' as const } : {}), ref });
  });
  return out;
}

export function buildComposeTargets(r: Reader, data: unknown): ComposeTarget[] {
  const out: ComposeTarget[] = [];
  for (const [id, raw] of Object.entries(mapAt(r, data, { path: ['targets'] }, 'composeTargets'))) {
    const t = obj(raw);
    const ref = refIn(r.file, 'targets', id);
    if (!t) {
      unreadable(r, 'composeTargets', ref, notAMap(raw), id);
      continue;
    }
    const enabled = t.enabled === undefined ? true : bool(t.enabled);
    if (enabled === undefined) {
      unreadable(r, 'composeTargets', ref, firstUnreadable(t, [['enabled', enabled, 'true or false']]) ?? '', id);
      continue;
    }
    const stacks: Stack[] = [];
    listAt(r, t, { path: ['stacks'], within: ['targets', id], required: false }, 'stacks').forEach((rawStack, i) => {
      const s = obj(rawStack);
      const stackRef = refIn(r.file, 'targets', id, 'stacks', i);
      if (!s) return unreadable(r, 'stacks', stackRef, notAMap(rawStack));
      const stackName = safe(s.name);
      const path = safe(s.path);
      const why = firstUnreadable(s, [
        ['name', stackName, 'a name without shell metacharacters'],
        ['path', path, 'a path without shell metacharacters'],
      ]);
      if (why || !stackName || !path) return unreadable(r, 'stacks', stackRef, why ?? '', str(s.name) && `${id}/${str(s.name)}`);
      stacks.push({ name: stackName, path, target: id, ref: stackRef });
    });
    out.push({ id, sshTarget: str(t.ssh_target), enabled, connectTimeoutSec: num(t.connect_timeout_sec), stacks, ref });
  }
  return out;
}

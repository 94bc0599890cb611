// Registry (services, hosts, secrets projects), health endpoints and compose stacks → typed entities.
// An entry that cannot be read is kept as an Unreadable (see collections.ts), never dropped silently;
// a status no vocabulary knows is kept as written, with the meaning `unknown`.
import type { Statuses } from '../../profile/statuses.js';
import { meaningOf } from '../../profile/status-vocabulary.js';
import type { ComposeTarget, Endpoint, HealthDefaults, RegistryHost, Ref, Service, Stack } from '../types.js';
import { entryRef, fieldsOf, listAt, mapAt, notAMap, planeValue, refIn, unreadable } from './collections.js';
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
    const f = fieldsOf(r, 'services', s);
    const rawStatus = f.value('status');
    const declared = rawStatus !== undefined && rawStatus !== null;
    const status = declared ? statusText(rawStatus) : statuses.serviceDefault;
    const port = f.value('port');
    out.push({
      id,
      host: str(f.value('host')),
      container: str(f.value('container')),
      port: port === null ? null : num(port),
      health: str(f.value('health')),
      compose: str(f.value('compose')),
      status,
      meaning: meaningOf(statuses.vocabularies.services, status),
      statusDeclared: declared,
      secretsProject: str(f.value('secrets_project')),
      publicUrl: str(f.value('public_url')),
      ...(f.value('stateful') === true ? { stateful: true } : {}),
      ref: entryRef(ref, f),
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
    const f = fieldsOf(r, 'hosts', h);
    out.push({
      id,
      tailscaleIp: str(planeValue(r, f, 'tailscale')),
      ssh: str(f.value('ssh')),
      sshUser: str(f.value('ssh_user')),
      vmid: num(f.value('vmid')),
      proxmoxHost: str(f.value('proxmox_host')),
      os: str(f.value('os')),
      ref: entryRef(ref, f),
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
    const f = fieldsOf(r, 'endpoints', e);
    const id = name(f.value('id'));
    const url = name(f.value('url'));
    const expect = expectCodes(f.value('expect'));
    const enabled = f.has('enabled') ? bool(f.value('enabled')) : true;
    const why = firstUnreadable(e, f, [
      ['id', id, 'a name'],
      ['url', url, 'a URL'],
      ['expect', expect, 'an HTTP status, a list of them or "401,403"'],
      ['enabled', enabled, 'true or false'],
    ]);
    if (why || !id || !url || !expect || enabled === undefined) return unreadable(r, 'endpoints', ref, why ?? '', str(f.value('id')));
    out.push({ id, host: str(f.value('host')), url, expect, enabled, ...(f.value('probe_via') === 'ssh' ? { probeVia: 'ssh' as const } : {}), ref: entryRef(ref, f) });
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
    const f = fieldsOf(r, 'composeTargets', t);
    const enabled = f.has('enabled') ? bool(f.value('enabled')) : true;
    if (enabled === undefined) {
      unreadable(r, 'composeTargets', ref, firstUnreadable(t, f, [['enabled', enabled, 'true or false']]) ?? '', id);
      continue;
    }
    const stacks: Stack[] = [];
    listAt(r, t, { path: ['stacks'], within: ['targets', id], required: false }, 'stacks').forEach((rawStack, i) => {
      const s = obj(rawStack);
      const stackRef = refIn(r.file, 'targets', id, 'stacks', i);
      if (!s) return unreadable(r, 'stacks', stackRef, notAMap(rawStack));
      const sf = fieldsOf(r, 'stacks', s);
      const stackName = safe(sf.value('name'));
      const path = safe(sf.value('path'));
      const why = firstUnreadable(s, sf, [
        ['name', stackName, 'a name without shell metacharacters'],
        ['path', path, 'a path without shell metacharacters'],
      ]);
      if (why || !stackName || !path) return unreadable(r, 'stacks', stackRef, why ?? '', str(sf.value('name')) && `${id}/${str(sf.value('name'))}`);
      stacks.push({ name: stackName, path, target: id, ref: entryRef(stackRef, sf) });
    });
    out.push({ id, sshTarget: str(f.value('ssh_target')), enabled, connectTimeoutSec: num(f.value('connect_timeout_sec')), stacks, ref: entryRef(ref, f) });
  }
  return out;
}

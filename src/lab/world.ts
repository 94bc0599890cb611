// Derives the whole simulated world from the declared state (Model + config) and a scenario's deviations.
import type { Model } from '../bindings/types.js';
import type { ResolvedConfig } from '../config/types.js';
import { expandHome, homeOf } from '../bindings/remote-path.js';
import { dialPlan } from '../probes/transport/address-plan.js';
import { legacyAlgorithms } from '../probes/transport/legacy-algorithms.js';
import { sshTargetOfHost } from '../probes/transport/ssh-endpoint.js';
import { nameForGlob } from './lab-paths.js';
import { scenarioError } from './scenario-error.js';
import type { LabHost, LabOrigin, LabVm, LoadedScenario, World } from './types.js';
import { populateStacks } from './world-containers.js';
import { applyBackupSizes, populateBackupJobs, populateComposeFiles, populateDisks } from './world-extras.js';

const HOUR_MS = 3_600_000;
const DEFAULT_BACKUP_AGE_HOURS = 2;
const DEFAULT_REDIRECT = '/login';

function stamp(date: Date): string {
  // vzdump style: 2026_02_11-03_00_00
  return date.toISOString().slice(0, 19).replace(/-/g, '_').replace('T', '-').replace(/:/g, '_');
}

function createHosts(model: Model, config: ResolvedConfig, loaded: LoadedScenario): { hosts: Map<string, LabHost>; ensure: (id: string) => LabHost } {
  const hosts = new Map<string, LabHost>();
  const latency = loaded.scenario.latency?.sshMs ?? 0;
  const ensure = (id: string): LabHost => {
    const existing = hosts.get(id);
    if (existing) return existing;
    const ssh = model.sshTargets.find((t) => t.id === id);
    const reg = model.hosts.find((h) => h.id === id || h.ssh === id);
    const user = ssh?.user ?? reg?.sshUser ?? model.sshDefaults.user ?? 'root';
    const address = ssh?.host ?? reg?.tailscaleIp;
    const plan = ssh ? dialPlan(ssh) : undefined;
    const host: LabHost = {
      id,
      address,
      names: plan?.identityNames ?? (address ? [address] : []),
      planes: Object.fromEntries((ssh?.accessPolicy ? (plan?.candidates ?? []) : []).map((c) => [c.plane, c.host])),
      ...(ssh?.probeVia ? { via: ssh.probeVia } : {}),
      unreachablePlanes: [],
      legacyRsa: legacyAlgorithms(ssh?.extraOpts).serverHostKey.includes('ssh-rsa'),
      nodeName: id,
      loopback: new Map(),
      received: { auth: 0, execs: [], channels: [] },
      port: ssh?.port ?? model.sshDefaults.port ?? 22,
      user,
      home: homeOf(user),
      unreachable: false,
      authDenied: false,
      hostKeyRotated: false,
      dockerUnreachable: false,
      commandDelayMs: latency,
      composeFormat: hosts.size % 2 === 0 ? 'array' : 'ndjson',
      stacks: new Map(),
      dirs: new Map(),
    };
    hosts.set(id, host);
    return host;
  };
  for (const t of model.sshTargets) ensure(t.id);
  for (const t of model.composeTargets) ensure(t.sshTarget ?? t.id);
  for (const b of model.backups) ensure(b.host);
  for (const h of config.probe.hypervisorTargets) ensure(h);
  return { hosts, ensure };
}

function applyHostBehaviour(model: Model, loaded: LoadedScenario, hosts: Map<string, LabHost>): void {
  for (const [key, behaviour] of Object.entries(loaded.scenario.hosts ?? {})) {
    const target = model.composeTargets.find((t) => t.id === key);
    const host = hosts.get(key) ?? (target ? hosts.get(target.sshTarget ?? target.id) : undefined);
    if (!host) throw scenarioError(loaded, `/hosts/${key}`, `unknown host "${key}": use an ssh target id or a compose target id`);
    host.unreachable = behaviour.unreachable ?? host.unreachable;
    host.unreachablePlanes = behaviour.unreachablePlanes ?? host.unreachablePlanes;
    host.nodeName = behaviour.nodeName ?? host.nodeName;
    host.authDenied = behaviour.authDenied ?? host.authDenied;
    host.hostKeyRotated = behaviour.hostKeyRotated ?? host.hostKeyRotated;
    host.dockerUnreachable = behaviour.dockerUnreachable ?? host.dockerUnreachable;
    host.commandDelayMs = behaviour.commandDelayMs ?? host.commandDelayMs;
    host.composeFormat = behaviour.composeFormat ?? host.composeFormat;
  }
}

/**
 * The HTTP origins of the declared endpoints. An origin whose endpoints are all probed from their host
 * (`probe_via: ssh`) or marked `loopbackOnly` binds 127.0.0.1 on that host: refused from outside.
 */
function buildOrigins(model: Model, loaded: LoadedScenario, ensure: (id: string) => LabHost): LabOrigin[] {
  const overrides = loaded.scenario.endpoints ?? {};
  const origins = new Map<string, LabOrigin>();
  const external = new Set<string>();
  const httpMs = loaded.scenario.latency?.httpMs ?? 0;
  for (const ep of model.endpoints) {
    let url: URL;
    try {
      url = new URL(ep.url);
    } catch {
      continue; // the schema gate reports malformed URLs; the lab cannot serve them
    }
    let origin = origins.get(url.origin);
    if (!origin) {
      const aliases: string[] = [];
      if (url.port === '') aliases.push(`${url.protocol}//${url.hostname}:${url.protocol === 'https:' ? 443 : 80}`);
      origin = { origin: url.origin, aliases, refuse: false, loopbackOnly: false, routes: new Map() };
      origins.set(url.origin, origin);
    }
    const o = overrides[ep.id] ?? {};
    // a disabled endpoint does not answer, as declared, unless the scenario gives it a status
    if (!ep.enabled && o.status === undefined) continue;
    const onHost = sshTargetOfHost(model, ep.host);
    if ((ep.probeVia === 'ssh' || o.loopbackOnly) && onHost) {
      const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
      ensure(onHost).loopback.set(port, origin);
    } else external.add(url.origin);
    const status = o.status ?? ep.expect[0] ?? 200;
    const path = `${url.pathname}${url.search}`;
    origin.routes.set(path, {
      endpoint: ep.id,
      path,
      status,
      latencyMs: o.latencyMs ?? httpMs,
      location: status >= 300 && status < 400 ? (o.location ?? DEFAULT_REDIRECT) : undefined,
    });
    if (o.refuse) origin.refuse = true;
  }
  for (const id of Object.keys(overrides)) {
    if (!model.endpoints.some((e) => e.id === id)) throw scenarioError(loaded, `/endpoints/${id}`, `unknown health endpoint "${id}"`);
  }
  for (const origin of origins.values()) {
    origin.loopbackOnly = !external.has(origin.origin);
    // nothing listens where no endpoint answers (the origin of disabled endpoints only)
    if (origin.routes.size === 0) origin.refuse = true;
  }
  return [...origins.values()];
}

function populateBackups(model: Model, loaded: LoadedScenario, hosts: Map<string, LabHost>, now: Date): void {
  const overrides = loaded.scenario.backups ?? {};
  const missingDirs = new Set<string>();
  for (const b of model.backups) {
    const host = hosts.get(b.host);
    if (!host) continue;
    const dir = expandHome(b.basePath, host.home);
    const o = overrides[b.name] ?? {};
    if (o.dirMissing) missingDirs.add(`${host.id}\u0000${dir}`);
    const files = host.dirs.get(dir) ?? [];
    host.dirs.set(dir, files);
    // a disabled target receives no backups, as declared, unless the scenario gives them an age
    if (o.missing || (!b.enabled && o.ageHours === undefined)) continue;
    const newest = new Date(now.getTime() - (o.ageHours ?? DEFAULT_BACKUP_AGE_HOURS) * HOUR_MS);
    const older = new Date(newest.getTime() - 24 * HOUR_MS);
    for (const mtime of [older, newest]) {
      const name = nameForGlob(b.glob, stamp(mtime));
      if (!files.some((f) => f.name === name)) files.push({ name, mtime });
    }
  }
  for (const key of missingDirs) {
    const [hostId, dir] = key.split('\u0000') as [string, string];
    hosts.get(hostId)?.dirs.delete(dir);
  }
  for (const name of Object.keys(overrides)) {
    if (!model.backups.some((b) => b.name === name)) throw scenarioError(loaded, `/backups/${name}`, `unknown backup target "${name}"`);
  }
}

// a VM not in service yet exists but is stopped, as declared (a scenario's `status` starts it)
const PRESENT: Record<string, LabVm['status'] | undefined> = { active: 'running', provisioned: 'stopped', registered: 'stopped', template: 'stopped' };

function populateHypervisors(model: Model, config: ResolvedConfig, loaded: LoadedScenario, hosts: Map<string, LabHost>, ensure: (id: string) => LabHost): void {
  const overrides = loaded.scenario.hypervisor?.vms ?? {};
  const fallback = config.probe.hypervisorTargets[0] ?? model.vms.find((v) => v.proxmoxHost)?.proxmoxHost ?? 'pve';
  for (const id of config.probe.hypervisorTargets) ensure(id).vms ??= [];
  for (const vm of model.vms) {
    const status = PRESENT[vm.status];
    const o = overrides[String(vm.vmid)] ?? {};
    ensure(vm.proxmoxHost ?? fallback).vms ??= [];
    const host = ensure(o.host ?? vm.proxmoxHost ?? fallback);
    host.vms ??= [];
    if (!status || o.absent) continue;
    host.vms.push({
      vmid: vm.vmid,
      name: vm.hostname,
      status: o.status ?? status,
      cpuCores: o.cpuCores ?? vm.resources?.cpuCores,
      memoryMb: o.memoryMb ?? vm.resources?.memoryMb,
      bootDiskGb: o.bootDiskGb ?? vm.resources?.bootDiskGb,
      template: vm.status === 'template',
      type: vm.vmType ?? 'qemu',
      onboot: o.onboot ?? vm.onboot ?? vm.status !== 'template',
    });
  }
  for (const vmid of Object.keys(overrides)) {
    if (!model.vms.some((v) => String(v.vmid) === vmid)) throw scenarioError(loaded, `/hypervisor/vms/${vmid}`, `vm.lifecycle.yaml declares no vmid ${vmid}`);
  }
  (loaded.scenario.hypervisor?.extra ?? []).forEach((extra) => {
    const host = ensure(extra.host ?? fallback);
    host.vms ??= [];
    host.vms.push({
      vmid: extra.vmid,
      name: extra.name,
      status: extra.status ?? 'running',
      cpuCores: extra.cpuCores,
      memoryMb: extra.memoryMb,
      bootDiskGb: extra.bootDiskGb,
      template: false,
      type: extra.type ?? 'qemu',
      onboot: extra.onboot ?? true,
    });
  });
  for (const h of hosts.values()) h.vms?.sort((a, b) => a.vmid - b.vmid);
}

/** The simulated world of `loaded` over the declared state `model`. Throws a UserError (file:line) on unknown names. */
export function buildWorld(model: Model, config: ResolvedConfig, loaded: LoadedScenario, now: Date): World {
  const { hosts, ensure } = createHosts(model, config, loaded);
  applyHostBehaviour(model, loaded, hosts);
  const hostOfTarget = (targetId: string): LabHost => {
    const target = model.composeTargets.find((t) => t.id === targetId);
    return ensure(target?.sshTarget ?? targetId);
  };
  populateStacks(model, loaded, hostOfTarget, now);
  populateBackups(model, loaded, hosts, now);
  populateHypervisors(model, config, loaded, hosts, ensure);
  const origins = buildOrigins(model, loaded, ensure);
  populateComposeFiles(model, loaded, hostOfTarget);
  populateBackupJobs(loaded, hosts);
  applyBackupSizes(model, loaded, hosts);
  populateDisks(model, loaded, hosts);
  return { hosts: [...hosts.values()], origins };
}

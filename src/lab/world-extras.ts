// The parts of the simulated world the deployed-compose, disk-usage and backup-depth gates read:
// the compose file in each stack directory (the scenario's, else the staged copy, else one written
// from the stack's containers), each host's file systems and docker data root, the hypervisors'
// backup jobs, and the sizes of the backup files.
import { stringify } from 'yaml';
import { expandHome } from '../bindings/remote-path.js';
import type { Model } from '../bindings/types.js';
import { globToRegExp } from '../probes/glob.js';
import { scenarioError } from './scenario-error.js';
import type { LabFilesystem, LabHost, LabStack, LoadedScenario } from './types.js';

const GIB = 1024 ** 3;
const KB_PER_GB = 1024 * 1024;
const DEFAULT_BOOT_GB = 50;
const DEFAULT_DATA_GB = 500;

/** A clean compose file for a stack's containers: pinned images, a healthcheck and the published ports of each. */
export function composeOfContainers(stack: LabStack): string {
  const services: Record<string, unknown> = {};
  for (const c of stack.containers) {
    if (services[c.Service]) continue;
    const ports = (c.Publishers ?? []).map((p) => `${p.PublishedPort || p.TargetPort}:${p.TargetPort}`);
    services[c.Service] = {
      image: `lab/${c.Service}:1.0`,
      container_name: c.Name,
      ...(ports.length > 0 ? { ports } : {}),
      healthcheck: { test: ['CMD', 'true'], interval: '30s' },
    };
  }
  return stringify({ services });
}

/** Fills each host's compose files (by absolute stack directory). */
export function populateComposeFiles(model: Model, loaded: LoadedScenario, hostOf: (target: string) => LabHost): void {
  const overrides = loaded.scenario.composeFiles ?? {};
  for (const key of Object.keys(overrides)) {
    const [target, name] = key.split('/') as [string, string];
    if (!model.stacks.some((s) => s.target === target && s.name === name)) throw scenarioError(loaded, `/composeFiles/${key.replace(/\//g, '~1')}`, `unknown stack "${key}": use <compose target id>/<stack name>`);
  }
  for (const stack of model.stacks) {
    const host = hostOf(stack.target);
    const abs = expandHome(stack.path, host.home);
    const o = overrides[`${stack.target}/${stack.name}`] ?? {};
    host.composeFiles ??= new Map();
    if (o.missing) continue;
    const staged = model.stagedCompose?.find((c) => c.target === stack.target && c.stack === stack.name);
    const stagedText = staged ? model.files.get(staged.file)?.text : undefined;
    const own = host.stacks.get(abs);
    const text = o.content ?? stagedText ?? (own ? composeOfContainers(own) : undefined);
    if (text !== undefined) host.composeFiles.set(abs, text);
  }
}

function filesystem(mount: string, usedPercent: number, sizeGb: number, device: string): LabFilesystem {
  return { filesystem: device, mount, sizeKb: Math.round(sizeGb * KB_PER_GB), usedPercent };
}

/** Fills each host's file systems and docker data root: the scenario's, else a root disk and a VM's declared data disk. */
export function populateDisks(model: Model, loaded: LoadedScenario, hosts: Map<string, LabHost>): void {
  const overrides = loaded.scenario.disks ?? {};
  for (const id of Object.keys(overrides)) if (!hosts.has(id)) throw scenarioError(loaded, `/disks/${id}`, `unknown host "${id}": use an ssh target id`);
  for (const host of hosts.values()) {
    const vm = model.vms.find((v) => v.meaning !== 'inert' && (v.sshTarget === host.id || v.hostname === host.id));
    const fs = [filesystem('/', 40, vm?.resources?.bootDiskGb ?? DEFAULT_BOOT_GB, '/dev/sda1')];
    if (vm?.dataMount) fs.push(filesystem(vm.dataMount, 30, DEFAULT_DATA_GB, '/dev/sdb1'));
    const o = overrides[host.id];
    host.filesystems = o?.filesystems
      ? o.filesystems.map((f, i) => filesystem(f.mount, f.usedPercent, f.sizeGb ?? DEFAULT_BOOT_GB, f.filesystem ?? `/dev/sd${String.fromCharCode(97 + i)}1`))
      : fs;
    host.dockerRoot = o?.dockerRoot ?? (vm?.dataMount ? `${vm.dataMount.replace(/\/+$/, '')}/docker` : '/var/lib/docker');
  }
}

/** The hypervisors' backup jobs: the scenario's, else one job per hypervisor naming every guest it lists. */
export function populateBackupJobs(loaded: LoadedScenario, hosts: Map<string, LabHost>): void {
  const hypervisors = [...hosts.values()].filter((h) => h.vms !== undefined);
  const jobs = loaded.scenario.hypervisor?.backupJobs;
  if (!jobs) {
    for (const h of hypervisors) {
      h.backupJobs = [{ id: `backup-${h.id}-daily`, enabled: true, all: false, vmids: (h.vms ?? []).filter((v) => !v.template).map((v) => v.vmid), exclude: [] }];
    }
    return;
  }
  for (const h of hypervisors) h.backupJobs = [];
  jobs.forEach((j, i) => {
    const host = j.host ? hosts.get(j.host) : hypervisors[0];
    if (!host?.vms) throw scenarioError(loaded, `/hypervisor/backupJobs/${i}`, `backup job "${j.id}": "${j.host ?? ''}" is no hypervisor of the lab`);
    host.backupJobs = [
      ...(host.backupJobs ?? []),
      { id: j.id, enabled: j.enabled ?? true, all: j.all ?? false, vmids: j.vmids ?? [], exclude: j.exclude ?? [], ...(j.node ? { node: j.node } : {}), ...(j.pool ? { pool: j.pool } : {}) },
    ];
  });
}

/** Sizes of the backup files: each target's newest file `newestBytes`, the others `previousBytes` (default 1 GiB). */
export function applyBackupSizes(model: Model, loaded: LoadedScenario, hosts: Map<string, LabHost>): void {
  for (const b of model.backups) {
    const host = hosts.get(b.host);
    const files = host?.dirs.get(expandHome(b.basePath, host.home));
    if (!files) continue;
    const o = loaded.scenario.backups?.[b.name] ?? {};
    const previous = o.previousBytes ?? GIB;
    const re = globToRegExp(b.glob);
    const mine = files.filter((f) => re.test(f.name)).sort((x, y) => y.mtime.getTime() - x.mtime.getTime());
    mine.forEach((f, i) => {
      f.bytes = i === 0 ? (o.newestBytes ?? previous) : previous;
    });
  }
}

// disk-usage: each host's file systems (`df`, and which one holds the docker data root) against
// config `disk.warn_percent`/`max_percent`; and, on a VM that declares a data disk (`data_mount`),
// the stacks with a stateful service whose data lies on the boot disk instead.
import { hostsOf } from '../bindings/model/scopes.js';
import { homeOf } from '../bindings/remote-path.js';
import type { Model, Ref, Stack, Vm } from '../bindings/types.js';
import { resolveProfile } from '../profile/profile.js';
import { diskHosts } from '../probes/disk-hosts.js';
import { filesystemOf } from '../probes/disk.js';
import { globToRegExp } from '../probes/glob.js';
import type { DiskObservation, FilesystemObservation } from '../probes/types.js';
import { dataLocations, statefulSpecs } from './disk/stateful.js';
import { at, fileName, sub } from './gate-helpers.js';
import { placeService } from './live/container-index.js';
import { notDeclared, type Unchecked, uncheckedFindings } from './live/extra-gaps.js';
import { listNames } from './live/format.js';
import type { FindingDraft, GateContext } from './types.js';
import { defineGate } from './types.js';

const gb = (kb: number): string => String(Math.round((kb / 1024 / 1024) * 10) / 10);

function usage(ctx: GateContext, host: string, d: DiskObservation, fs: FilesystemObservation, ref: Ref): FindingDraft | undefined {
  const { warnPercent, maxPercent } = ctx.config.disk;
  if (fs.usedPercent <= warnPercent) return undefined;
  const error = fs.usedPercent > maxPercent;
  const root = d.dockerRoot && filesystemOf(d.filesystems, d.dockerRoot)?.mount === fs.mount ? `; it holds the docker data root ${d.dockerRoot}` : '';
  return {
    kind: `full:${fs.mount}`,
    severity: error ? 'error' : 'warning',
    subject: { kind: 'host', id: host },
    at: [ref],
    message: `host "${host}": ${fs.mount} (${fs.filesystem}) is ${fs.usedPercent}% used (${gb(fs.usedKb)} of ${gb(fs.sizeKb)} GB, ${gb(fs.availKb)} GB free${root}), above disk.${error ? 'max' : 'warn'}_percent ${error ? maxPercent : warnPercent}; free space or grow the disk`,
    expected: `<= ${error ? maxPercent : warnPercent}%`,
    observed: `${fs.usedPercent}%`,
    direction: 'live-broken',
    details: { mount: fs.mount, usedPercent: fs.usedPercent, sizeKb: fs.sizeKb, availKb: fs.availKb },
  };
}

/** Stacks of the host with a stateful registry service, each with those services. */
function statefulStacks(m: Model, host: string, same: (a: string, b: string) => boolean): Array<{ stack: Stack; services: ReturnType<typeof placeService>[] }> {
  const out = new Map<Stack, ReturnType<typeof placeService>[]>();
  for (const s of m.services) {
    if (!s.stateful || s.meaning === 'inert') continue;
    const p = placeService(m, s);
    if (!p || !same(p.target.sshTarget ?? p.target.id, host)) continue;
    out.set(p.stack, [...(out.get(p.stack) ?? []), p]);
  }
  return [...out].map(([stack, services]) => ({ stack, services }));
}

/** A VM's data disk: mounted where declared, and holding the data of its stateful stacks. */
function dataDisk(ctx: GateContext, host: string, vm: Vm, d: DiskObservation, same: (a: string, b: string) => boolean): FindingDraft[] {
  const mount = (vm.dataMount ?? '').replace(/\/+$/, '') || '/';
  const dataFs = filesystemOf(d.filesystems, mount);
  const ref = sub(vm.ref, 'data_mount');
  if (!dataFs || dataFs.mount !== mount) {
    return [{
      kind: 'data-disk-not-mounted',
      subject: { kind: 'vm', id: vm.hostname },
      at: [ref],
      message: `VM ${vm.vmid} (${vm.hostname}) declares data_mount ${mount}, but nothing is mounted there on host "${host}" (it lies on ${dataFs?.mount ?? 'no listed file system'}); mount the data disk or fix data_mount`,
      expected: mount,
      observed: dataFs?.mount ?? 'absent',
      direction: 'live-broken',
    }];
  }
  const out: FindingDraft[] = [];
  const user = ctx.model.sshTargets.find((t) => t.id === host)?.user ?? 'root';
  for (const { stack, services } of statefulStacks(ctx.model, host, same)) {
    const cf = ctx.observations?.composeFiles?.find((c) => c.target === stack.target && c.stack === stack.name && c.ok);
    if (!cf) continue;
    const ids = services.flatMap((p) => (p ? [p.service] : []));
    const boot = dataLocations(cf, statefulSpecs(cf, ids), d, homeOf(user)).filter((l) => l.fs && l.fs.mount !== dataFs.mount && !l.fs.mount.startsWith(`${dataFs.mount}/`));
    if (boot.length === 0) continue;
    out.push({
      kind: `stateful-off-data-disk:${stack.target}/${stack.name}`,
      severity: 'warning',
      subject: { kind: 'stack', id: stack.name },
      at: [stack.ref, ref],
      message: `stack "${stack.name}" on "${host}" holds stateful ${ids.length === 1 ? 'service' : 'services'} ${listNames(ids.map((s) => `"${s.id}"`))}, but keeps data on ${listNames([...new Set(boot.map((l) => l.fs?.mount ?? ''))])} instead of the data disk ${dataFs.mount} (${listNames(boot.map((l) => `${l.path}: ${l.what}`), 4)}); move it to ${dataFs.mount}`,
      expected: dataFs.mount,
      observed: [...new Set(boot.map((l) => l.fs?.mount ?? ''))],
      direction: 'live-broken',
    });
  }
  return out;
}

export default defineGate({
  id: 'disk-usage',
  aliases: [],
  kind: 'live',
  severity: 'error',
  describe:
    'Checks each host\'s file systems (df, and the one holding the docker data root) against disk.warn_percent and disk.max_percent, and that a VM declaring a data disk (data_mount) has it mounted and keeps its stateful stacks\' data there, not on the boot disk.',
  reads: ['ssh', 'vms', 'compose', 'registry'],
  judges: ['vms'],
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return { findings: [], checked: {} };
    const m = ctx.model;
    const index = hostsOf(m, resolveProfile(ctx.config));
    const same = (a: string, b: string): boolean => index.same(a, b);
    const ignored = ctx.config.disk.ignoreMounts.map(globToRegExp);
    const out: FindingDraft[] = [];
    const unchecked: Unchecked[] = [];
    let hosts = 0;
    let filesystems = 0;
    for (const [host] of diskHosts(m, ctx.config)) {
      const target = m.sshTargets.find((t) => t.id === host);
      const d = obs.disks?.find((x) => x.host === host);
      if (!target) continue;
      if (!d?.ok) {
        unchecked.push({ sshTarget: host, label: 'its file systems', ...(d?.failure ? { failure: d.failure, durationMs: d.durationMs } : {}), at: target.ref });
        continue;
      }
      hosts++;
      const vm = index.ofSshTarget(target).vms[0];
      for (const fs of d.filesystems) {
        if (ignored.some((re) => re.test(fs.mount))) continue;
        filesystems++;
        const ref = vm && fs.mount === '/' ? sub(vm.ref, 'resources', 'boot_disk_gb') : vm?.dataMount && fs.mount === vm.dataMount.replace(/\/+$/, '') ? sub(vm.ref, 'data_mount') : target.ref;
        const f = usage(ctx, host, d, fs, ref);
        if (f) out.push(f);
      }
      if (vm?.dataMount) out.push(...dataDisk(ctx, host, vm, d, same));
    }
    out.push(...uncheckedFindings(obs, unchecked, 'disk usage'));
    const mounts = m.vms.some((v) => v.dataMount !== undefined);
    const stateful = m.services.some((s) => s.stateful);
    if (hosts > 0 && (!mounts || !stateful)) {
      const missing = [!mounts ? `no VM of ${fileName(m.paths.vms)} declares data_mount` : '', !stateful ? `no service of ${fileName(m.paths.registry)} is marked stateful: true` : ''].filter(Boolean);
      out.push(notDeclared(`${missing.join(' and ')}, so stateful stacks on the boot disk were not checked (disk usage was)`, at(!mounts ? m.paths.vms : m.paths.registry, !mounts ? 'vms' : 'services'), !mounts ? m.paths.vms : m.paths.registry));
    }
    return { findings: out, checked: { sshTargets: hosts, filesystems } };
  },
});

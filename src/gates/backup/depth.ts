// The three checks of backup-depth, each a pure function of the model and one kind of observation:
// which active guests no enabled backup job of their hypervisor includes, whether a target's newest
// file is suspiciously small next to the ones before it, and which stateful services have no
// app-level backup target.
import type { BackupTarget, Model, Service, Vm } from '../../bindings/types.js';
import type { ResolvedConfig } from '../../config/types.js';
import type { BackupJob, BackupJobsObservation, BackupSizeObservation } from '../../probes/types.js';
import { fileName, sub } from '../gate-helpers.js';
import { listNames } from '../live/format.js';
import type { FindingDraft } from '../types.js';

const label = (vm: Vm): string => `${vm.vmType === 'lxc' ? 'LXC' : 'VM'} ${vm.vmid} (${vm.hostname})`;

/** Whether a job backs up a guest of the hypervisor whose node is `node`. */
export function includes(job: BackupJob, vmid: number, node: string | undefined): boolean {
  if (job.vmids.includes(vmid)) return true;
  return job.all && !job.exclude.includes(vmid) && (job.node === undefined || node === undefined || job.node === node);
}

const jobText = (j: BackupJob): string => `${j.id} (${j.all ? `all${j.exclude.length ? ` but ${j.exclude.join(',')}` : ''}` : j.pool ? `pool ${j.pool}` : `vmid ${j.vmids.join(',') || 'none'}`}${j.enabled ? '' : ', disabled'})`;

/** Active guests of a hypervisor that no enabled backup job includes (a pool job makes the rest undecidable). */
export function uncoveredGuests(vms: readonly Vm[], bj: BackupJobsObservation): FindingDraft[] {
  const enabled = bj.jobs.filter((j) => j.enabled);
  const pools = enabled.filter((j) => j.pool !== undefined && j.vmids.length === 0 && !j.all);
  const missing = vms.filter((vm) => !enabled.some((j) => includes(j, vm.vmid, bj.node)));
  if (missing.length === 0) return [];
  if (pools.length > 0) {
    return [{
      kind: 'pool-jobs',
      severity: 'warning',
      subject: { kind: 'host', id: bj.host },
      at: missing.map((vm) => sub(vm.ref, 'vmid')),
      message: `hypervisor "${bj.host}": ${listNames(missing.map(label))} ${missing.length === 1 ? 'is' : 'are'} in no enabled backup job by id, and job${pools.length === 1 ? '' : 's'} ${listNames(pools.map((j) => `${j.id} (pool ${j.pool})`))} select${pools.length === 1 ? 's' : ''} by pool, whose members are not read; not checked, so a missing backup cannot be ruled out`,
      direction: 'unknown',
      inconclusive: true,
      observed: 'pool',
    }];
  }
  const jobs = bj.jobs.length === 0 ? 'it has no backup job at all' : `its jobs: ${listNames(bj.jobs.map(jobText), 4)}`;
  return missing.map((vm) => {
    const disabled = bj.jobs.filter((j) => !j.enabled && includes(j, vm.vmid, bj.node));
    return {
      kind: 'not-in-backup-job',
      subject: { kind: 'vm', id: vm.hostname },
      at: [sub(vm.ref, 'vmid')],
      message: `${label(vm)} is ${vm.status} but no enabled backup job of hypervisor "${bj.host}" includes it (${disabled.length > 0 ? `only the disabled ${listNames(disabled.map((j) => j.id))}` : jobs}); add it to a job`,
      expected: 'in an enabled backup job',
      observed: disabled.length > 0 ? 'disabled job only' : 'no job',
      direction: 'live-broken',
    };
  });
}

/** Bytes for people: 100 MB, 2 GB, 1.5 TB (powers of 1024, one decimal). */
export function sizeText(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let n = bytes;
  let u = 0;
  while (n >= 1024 && u < units.length - 1) {
    n /= 1024;
    u++;
  }
  return `${Math.round(n * 10) / 10} ${units[u]}`;
}

/** The files of a target that belong with the newest one: the same guest for vzdump archives, else all. */
function peersOfNewest(files: BackupSizeObservation['files']): BackupSizeObservation['files'] {
  const key = (path: string): string | undefined => /vzdump-(qemu|lxc)-(\d+)-/.exec(path)?.slice(1, 3).join('-');
  const newest = files[0];
  const k = newest ? key(newest.path) : undefined;
  return k === undefined ? files : files.filter((f) => key(f.path) === k);
}

/** The newest file of a target against the median of the ones before it; undefined when fine or too few files. */
export function sizeRegression(b: BackupTarget, o: BackupSizeObservation, config: ResolvedConfig['backups']): FindingDraft | 'too-few' | undefined {
  const [newest, ...older] = peersOfNewest(o.files);
  const previous = older.slice(0, config.compareLast).map((f) => f.bytes).sort((x, y) => x - y);
  if (!newest || previous.length === 0) return 'too-few';
  const mid = Math.floor(previous.length / 2);
  const median = previous.length % 2 === 1 ? previous[mid]! : (previous[mid - 1]! + previous[mid]!) / 2;
  if (median === 0 || newest.bytes >= config.sizeRatio * median) return undefined;
  const pct = Math.round((newest.bytes / median) * 100);
  const before = previous.length === 1 ? `the ${sizeText(median)} of the one before it` : `the median ${sizeText(median)} of the ${previous.length} before it`;
  const what = newest.bytes === 0 ? `is empty (0 bytes), against ${before}` : `is ${sizeText(newest.bytes)}, ${pct}% of ${before}`;
  return {
    kind: 'size-regression',
    severity: newest.bytes === 0 ? 'error' : 'warning',
    subject: { kind: 'backup', id: b.name },
    at: [sub(b.ref, 'glob')],
    message: `backup "${b.name}": the newest file ${newest.path} ${what} (backups.size_ratio ${config.sizeRatio}); check that the last backup is complete`,
    expected: `>= ${Math.round(config.sizeRatio * median)} bytes`,
    observed: newest.bytes,
    direction: 'live-broken',
    details: { newest: newest.path, bytes: newest.bytes, median, compared: previous.length },
  };
}

/** The app-level backup target of a stateful service: one naming it in `service:`, else one named by config `backups.app_targets`. */
export function appTargetOf(m: Model, config: ResolvedConfig['backups'], s: Service): BackupTarget | undefined {
  const names = config.appTargets.map((p) => p.replaceAll('{service}', s.id));
  return m.backups.find((b) => b.service === s.id) ?? m.backups.find((b) => names.includes(b.name));
}

/** Stateful services without an (enabled) app-level backup target. */
export function appTargetFindings(m: Model, config: ResolvedConfig['backups'], services: readonly Service[]): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const s of services) {
    const t = appTargetOf(m, config, s);
    const names = config.appTargets.map((p) => `"${p.replaceAll('{service}', s.id)}"`);
    if (!t) {
      out.push({
        kind: 'no-app-target',
        subject: { kind: 'service', id: s.id },
        at: [sub(s.ref, 'stateful')],
        message: `service "${s.id}" is stateful, but no target of ${fileName(m.paths.backups)} backs up its data (none named ${listNames(names)} or with service: ${s.id}); a VM image alone is no consistent copy of an application's data: add an app-level target`,
        expected: names.map((n) => n.slice(1, -1)),
        observed: 'none',
        direction: 'inconsistent',
      });
    } else if (!t.enabled) {
      out.push({
        kind: 'app-target-disabled',
        severity: 'warning',
        subject: { kind: 'service', id: s.id },
        at: [sub(t.ref, 'enabled'), sub(s.ref, 'stateful')],
        message: `service "${s.id}" is stateful and its app-level backup target "${t.name}" is not enabled, so nothing checks that its backups arrive; enable it`,
        expected: true,
        observed: false,
        direction: 'inconsistent',
      });
    }
  }
  return out;
}

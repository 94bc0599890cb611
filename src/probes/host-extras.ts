// The probes of a host's exec beyond containers, stacks, backups and the hypervisor: deployed compose
// files, backup sizes, the hypervisor's backup jobs and disk usage (sections of host-batch-extras.ts).
// Planned into the host's one batch, parsed back into observations; a value that cannot be sent
// fails its own probe only, and a host that is not contacted fails each of them.
import type { BackupTarget, Stack } from '../bindings/types.js';
import { backupBatch } from './backup.js';
import { backupJobsObservation } from './backup-jobs.js';
import { backupSizeObservations } from './backup-sizes.js';
import { failure } from './classify.js';
import { assertSafeRemoteValue, quoteRemotePath, UnsafeRemoteValueError } from './commands.js';
import { composeFileObservation } from './compose-files.js';
import { diskObservation } from './disk.js';
import { type HostBatch, hostBatchCommand, MAX_COMMAND_BYTES, type SectionOutput, sectionIds } from './host-batch.js';
import type { BackupJobsObservation, BackupSizeObservation, ComposeFileObservation, DiskObservation, ProbeFailure } from './types.js';

/** What a host's exec reads besides its containers, stacks, backups and hypervisor. */
export interface HostExtras {
  /** stacks whose deployed compose file is read */
  composeFiles: Stack[];
  /** backup targets listed again with file sizes */
  backupSizes: BackupTarget[];
  /** the hypervisor's backup jobs */
  backupJobs: boolean;
  /** df; `docker`: and the docker data root */
  disk?: 'plain' | 'docker';
}

export interface ExtraObservations {
  composeFiles?: ComposeFileObservation[];
  backupSizes?: BackupSizeObservation[];
  backupJobs?: BackupJobsObservation;
  disk?: DiskObservation;
}

/** What the extras send, and the values refused before anything is sent. */
export interface ExtrasPlan {
  composeFiles: Stack[];
  backupSizes: BackupTarget[];
  refusedCompose: Array<{ stack: Stack; failure: ProbeFailure }>;
  refusedSizes: Array<{ backup: BackupTarget; failure: ProbeFailure }>;
}

export function emptyExtras(): HostExtras {
  return { composeFiles: [], backupSizes: [], backupJobs: false };
}

/** Probes the extras add to a host's exec (for progress and sharding). */
export function extrasCount(e: HostExtras | undefined): number {
  return e ? e.composeFiles.length + e.backupSizes.length + (e.backupJobs ? 1 : 0) + (e.disk ? 1 : 0) : 0;
}

/** The failure of a probe whose value `assertSafeRemoteValue`/`quoteRemotePath` refused. */
export function refused(error: unknown): ProbeFailure {
  return failure('error', error instanceof UnsafeRemoteValueError ? error.message : String(error));
}

/** Throws UnsafeRemoteValueError when a backup target's directory or glob cannot be sent. */
export function assertSendableBackup(b: BackupTarget): void {
  quoteRemotePath(b.basePath);
  assertSafeRemoteValue(b.glob, 'glob');
}

/** Adds the extras to `batch` (values checked first); undefined when the host has none. */
export function planExtras(batch: HostBatch, extras: HostExtras | undefined): ExtrasPlan | undefined {
  if (!extras || extrasCount(extras) === 0) return undefined;
  const plan: ExtrasPlan = { composeFiles: [], backupSizes: [], refusedCompose: [], refusedSizes: [] };
  for (const s of extras.composeFiles) {
    try {
      quoteRemotePath(s.path);
      plan.composeFiles.push(s);
    } catch (error) {
      plan.refusedCompose.push({ stack: s, failure: refused(error) });
    }
  }
  for (const b of extras.backupSizes) {
    try {
      assertSendableBackup(b);
      plan.backupSizes.push(b);
    } catch (error) {
      plan.refusedSizes.push({ backup: b, failure: refused(error) });
    }
  }
  if (plan.composeFiles.length > 0) batch.composeFiles = plan.composeFiles.map((s) => s.path);
  if (plan.backupSizes.length > 0) batch.backupSizes = backupBatch(plan.backupSizes);
  if (extras.backupJobs) batch.backupJobs = true;
  if (extras.disk) batch.disk = extras.disk;
  return plan;
}

/** Whether a batch holds any extra section. */
export function hasExtras(b: HostBatch): boolean {
  return (b.composeFiles?.length ?? 0) > 0 || b.backupSizes !== undefined || b.backupJobs === true || b.disk !== undefined;
}

/**
 * The execs of a batch: `split` (host-probe's planBatches) for its docker, stack, backup and
 * hypervisor sections; the backup jobs, disk and backup sizes then join the first exec (the sizes
 * without their name filter, matched locally, when that is what fits) or one of their own, and the
 * compose files fill the last exec and further ones, so no exec outgrows an SSH packet.
 */
export function planExecs(batch: HostBatch, split: (b: HostBatch) => HostBatch[]): HostBatch[] {
  const { composeFiles: files = [], backupSizes, backupJobs, disk, ...rest } = batch;
  const fits = (b: HostBatch): boolean => Buffer.byteLength(hostBatchCommand(b)) <= MAX_COMMAND_BYTES;
  const execs = split(rest);
  const small: Partial<HostBatch> = { ...(backupJobs ? { backupJobs } : {}), ...(disk ? { disk } : {}) };
  const withSmall = (b: HostBatch, sizes: HostBatch['backupSizes']): HostBatch => ({ ...b, ...small, ...(sizes ? { backupSizes: sizes } : {}) });
  const unfiltered = backupSizes ? { dirs: backupSizes.dirs, globs: [] } : undefined;
  const first = execs[0] as HostBatch;
  if (fits(withSmall(first, backupSizes))) execs[0] = withSmall(first, backupSizes);
  else if (fits(withSmall(first, unfiltered))) execs[0] = withSmall(first, unfiltered);
  else if (backupSizes || backupJobs || disk) {
    const own = withSmall({ docker: false, stacks: [], hypervisor: false }, backupSizes);
    execs.push(fits(own) ? own : withSmall({ docker: false, stacks: [], hypervisor: false }, unfiltered));
  }
  let at = execs[execs.length - 1];
  files.forEach((path, i) => {
    if (!at || (!fits({ ...at, composeFiles: [...(at.composeFiles ?? []), path] }) && sectionIds(at).length > 0)) {
      at = { docker: false, stacks: [], hypervisor: false, ...(i > 0 ? { firstCompose: i } : {}) };
      execs.push(at);
    }
    at.composeFiles = [...(at.composeFiles ?? []), path];
  });
  return execs;
}

/** The extras' observations from the host's sections; `missingFor(id)` is why a section has no answer. */
export function extraObservations(
  host: string,
  plan: ExtrasPlan | undefined,
  batch: HostBatch,
  sections: ReadonlyMap<string, SectionOutput>,
  missingFor: (id: string) => ProbeFailure,
  base: { startedAt: string; durationMs: number },
): ExtraObservations {
  if (!plan) return {};
  const early = { startedAt: base.startedAt, durationMs: 0, ok: false as const };
  const out: ExtraObservations = {};
  const compose = [
    ...plan.refusedCompose.map((r) => ({ target: r.stack.target, sshTarget: host, stack: r.stack.name, path: r.stack.path, ...early, failure: r.failure, services: [] })),
    ...plan.composeFiles.map((s, i) => composeFileObservation(s, host, sections.get(`compose:${i}`), missingFor(`compose:${i}`), base)),
  ];
  if (compose.length > 0) out.composeFiles = compose;
  const sizes = [
    ...plan.refusedSizes.map((r) => ({ name: r.backup.name, host: r.backup.host, ...early, failure: r.failure, files: [] })),
    ...(plan.backupSizes.length > 0 ? backupSizeObservations(plan.backupSizes, sections.get('backupsizes'), missingFor('backupsizes'), base) : []),
  ];
  if (sizes.length > 0) out.backupSizes = sizes;
  if (batch.backupJobs) out.backupJobs = backupJobsObservation(host, sections.get('backupjobs'), missingFor('backupjobs'), base);
  if (batch.disk) out.disk = diskObservation(host, sections.get('disk'), missingFor('disk'), base);
  return out;
}

/** Failed observations of a host that was not contacted (an undeclared target, a jump host that failed). */
export function skippedExtras(host: string, extras: HostExtras | undefined, f: ProbeFailure, startedAt: string): ExtraObservations {
  if (!extras) return {};
  const base = { startedAt, durationMs: 0, ok: false as const, failure: f };
  const out: ExtraObservations = {};
  if (extras.composeFiles.length > 0) out.composeFiles = extras.composeFiles.map((s) => ({ target: s.target, sshTarget: host, stack: s.name, path: s.path, ...base, services: [] }));
  if (extras.backupSizes.length > 0) out.backupSizes = extras.backupSizes.map((b) => ({ name: b.name, host: b.host, ...base, files: [] }));
  if (extras.backupJobs) out.backupJobs = { host, ...base, jobs: [] };
  if (extras.disk) out.disk = { host, ...base, filesystems: [] };
  return out;
}

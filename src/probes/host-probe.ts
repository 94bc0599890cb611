// All probes of one host in one exec (host-batch.ts): the one docker listing split over the declared
// stacks (by the compose working dir, else the project name compose derives from the directory),
// stack directories and compose files checked, backups from one listing, the hypervisor lists.
// Never throws; a value that cannot be sent fails its own probe only.
import { posix } from 'node:path';
import type { BackupTarget, Stack } from '../bindings/types.js';
import { backupBatch, backupObservations } from './backup.js';
import { failure } from './classify.js';
import { classifyDockerFailure, exitedFailure, onlyVanishedContainers } from './classify-output.js';
import { EXIT_COMPOSE_MISSING, EXIT_DIR_MISSING, isSafeRemoteValue, quoteRemotePath } from './commands.js';
import { parseContainers } from './containers.js';
import { type HostBatch, MAX_COMMAND_BYTES, type SectionOutput, hostBatchCommand, sectionIds, splitSections } from './host-batch.js';
import { assertSendableBackup, type ExtraObservations, type ExtrasPlan, extraObservations, hasExtras, type HostExtras, planExecs, planExtras, refused } from './host-extras.js';
import { hypervisorObservation } from './hypervisor.js';
import type { Exec } from './ssh-exec.js';
import type { BackupObservation, ContainerObservation, HypervisorObservation, ProbeFailure, StackObservation } from './types.js';

export interface HostProbes {
  /** ssh target id */
  id: string;
  /** stacks to probe */
  stacks: Stack[];
  /** stacks declared on the host but not probed (a disabled compose target): their containers are not "other" */
  knownStacks: Stack[];
  backups: BackupTarget[];
  hypervisor: boolean;
  /** compose files, backup sizes, backup jobs, disk usage (host-extras.ts) */
  extras?: HostExtras;
}

export interface HostProbeResult extends ExtraObservations {
  stacks: StackObservation[];
  backups: BackupObservation[];
  hypervisor?: HypervisorObservation;
  /** containers in no declared stack (set when the docker listing ran) */
  otherContainers?: ContainerObservation[];
}

/** The project name compose derives from a directory (lowercase, [a-z0-9_-] only). */
export function composeProjectName(dir: string): string {
  return posix.basename(dir.replace(/\/+$/, '')).toLowerCase().replace(/[^a-z0-9_-]/g, '').replace(/^[_-]+/, '');
}

interface StackDir {
  /** `pwd` and `pwd -P` in the stack directory */
  paths: string[];
}

/** Splits a host's containers over its stack directories; the rest are "other". */
export function assignContainers(containers: ContainerObservation[], dirs: StackDir[]): { byStack: ContainerObservation[][]; other: ContainerObservation[] } {
  const trim = (p: string): string => (p.length > 1 ? p.replace(/\/+$/, '') : p);
  const byStack: ContainerObservation[][] = dirs.map(() => []);
  const other: ContainerObservation[] = [];
  const byDir = (c: ContainerObservation): number => (c.workingDir ? dirs.findIndex((d) => d.paths.some((p) => trim(p) === trim(c.workingDir as string))) : -1);
  for (const c of containers) {
    let i = byDir(c);
    if (i < 0 && c.project) i = dirs.findIndex((d) => d.paths.some((p) => composeProjectName(p) === c.project));
    if (i >= 0) byStack[i]?.push(c);
    else other.push(c);
  }
  return { byStack, other };
}

/**
 * The execs of a host: one, unless the template outgrows an SSH packet; then the backup listing
 * drops its name filter (matched locally anyway) and the stack checks spread over further execs.
 */
export function planBatches(batch: HostBatch): HostBatch[] {
  const fits = (b: HostBatch): boolean => Buffer.byteLength(hostBatchCommand(b)) <= MAX_COMMAND_BYTES;
  if (fits(batch)) return [batch];
  const first: HostBatch = { ...batch, stacks: [] };
  if (first.backups && !fits(first)) first.backups = { dirs: first.backups.dirs, globs: [] };
  const out: HostBatch[] = [first];
  let at = out[0] as HostBatch;
  batch.stacks.forEach((path, i) => {
    if (!fits({ ...at, stacks: [...at.stacks, path] }) && at.stacks.length > 0) {
      at = { docker: false, stacks: [], firstStack: i, hypervisor: false };
      out.push(at);
    }
    at.stacks.push(path);
  });
  return out;
}

/** Why a section has no answer: the exec's own failure, a script that stopped early, or a missing frame. */
function missingFailure(result: Awaited<ReturnType<Exec>>): ProbeFailure {
  if (result.failure) return result.failure;
  if (result.code !== 0) return exitedFailure('the probe script', result.code, result.stderr);
  return failure('parse-error', 'the probe script printed no answer for this probe');
}

function stackFailure(sec: SectionOutput | undefined, missing: ProbeFailure): ProbeFailure | undefined {
  if (!sec || sec.code === undefined) return missing;
  if (sec.code === EXIT_DIR_MISSING) return failure('dir-missing', 'the stack directory does not exist on the host');
  if (sec.code === EXIT_COMPOSE_MISSING) return failure('compose-missing', 'the stack directory holds no compose file (compose.yaml, compose.yml, docker-compose.yaml, docker-compose.yml)');
  if (sec.code !== 0) return failure('command-failed', `checking the stack directory exited with ${sec.code}`);
  return undefined;
}

/** What a host's exec sends: the batch, the values it could not send (each fails its own probe). */
export interface HostExecPlan {
  batch: HostBatch;
  /** the execs the batch is sent as (empty: nothing to send, a connect-only host) */
  execs: HostBatch[];
  stacks: Stack[];
  backups: BackupTarget[];
  refusedStacks: Array<{ stack: Stack; failure: ProbeFailure }>;
  refusedBackups: Array<{ backup: BackupTarget; failure: ProbeFailure }>;
  /** what the extras send and refuse (host-extras.ts) */
  extras?: ExtrasPlan;
}

/** The one plan of a host's execs, for `probeHost` and for `driftgate hosts commands`. */
export function planHostExecs(h: HostProbes): HostExecPlan {
  const plan: HostExecPlan = { batch: { docker: false, stacks: [], hypervisor: false }, execs: [], stacks: [], backups: [], refusedStacks: [], refusedBackups: [] };
  // values that cannot be sent fail their own probe, before anything is sent
  for (const s of h.stacks) {
    try {
      quoteRemotePath(s.path);
      plan.stacks.push(s);
    } catch (error) {
      plan.refusedStacks.push({ stack: s, failure: refused(error) });
    }
  }
  // a disabled stack only claims its containers: one whose path cannot be sent is left out
  const known = h.knownStacks.filter((s) => isSafeRemoteValue(s.path));
  for (const b of h.backups) {
    try {
      assertSendableBackup(b);
      plan.backups.push(b);
    } catch (error) {
      plan.refusedBackups.push({ backup: b, failure: refused(error) });
    }
  }
  const docker = plan.stacks.length > 0;
  plan.batch = { docker, stacks: docker ? [...plan.stacks, ...known].map((s) => s.path) : [], hypervisor: h.hypervisor };
  if (plan.backups.length > 0) plan.batch.backups = backupBatch(plan.backups);
  const extras = planExtras(plan.batch, h.extras);
  if (extras) plan.extras = extras;
  if (plan.batch.docker || plan.batch.backups || plan.batch.hypervisor || hasExtras(plan.batch)) plan.execs = planExecs(plan.batch, planBatches);
  return plan;
}

export async function probeHost(h: HostProbes, exec: Exec, now: () => Date): Promise<HostProbeResult> {
  const startedAt = now().toISOString();
  const early = (f: ProbeFailure): { startedAt: string; durationMs: number; ok: false; failure: ProbeFailure } => ({ startedAt, durationMs: 0, ok: false, failure: f });
  const stackObs = (s: Stack, rest: Pick<StackObservation, 'durationMs' | 'ok' | 'containers'> & { failure?: ProbeFailure; startedAt: string }): StackObservation => ({
    target: s.target, sshTarget: h.id, stack: s.name, path: s.path, ...rest,
  });
  const out: HostProbeResult = { stacks: [], backups: [] };
  const { batch, execs: batches, stacks, backups, refusedStacks, refusedBackups, extras } = planHostExecs(h);
  for (const r of refusedStacks) out.stacks.push(stackObs(r.stack, { ...early(r.failure), containers: [] }));
  for (const r of refusedBackups) out.backups.push({ name: r.backup.name, host: r.backup.host, ...early(r.failure), matches: 0 });
  if (batches.length === 0) return { ...out, ...extraObservations(h.id, extras, batch, new Map(), () => failure('error', 'not sent'), { startedAt, durationMs: 0 }) };

  const results = await Promise.all(batches.map((b) => exec(hostBatchCommand(b))));
  const base = { startedAt, durationMs: Math.max(...results.map((r) => r.durationMs)) };
  const sections = new Map<string, SectionOutput>();
  const missingOf = new Map<string, ProbeFailure>();
  batches.forEach((b, i) => {
    const r = results[i] as Awaited<ReturnType<Exec>>;
    const ids = sectionIds(b);
    for (const [id, out] of splitSections(ids, r.stdout, r.stderr)) sections.set(id, out);
    const f = missingFailure(r);
    for (const id of ids) missingOf.set(id, f);
  });
  const missingFor = (id: string): ProbeFailure => missingOf.get(id) ?? failure('error', 'no exec');

  if (batch.docker) {
    const docker = sections.get('docker');
    let listed: ContainerObservation[] | undefined;
    let dockerFailure: ProbeFailure | undefined;
    if (!docker || docker.code === undefined) dockerFailure = missingFor('docker');
    else if (docker.code !== 0 && !onlyVanishedContainers(docker.stderr)) dockerFailure = classifyDockerFailure(docker.code, docker.stderr);
    else {
      const parsed = parseContainers(docker.stdout, now());
      if (parsed.ok) listed = parsed.value;
      else dockerFailure = failure('parse-error', `the docker listing is not JSON: ${parsed.error}`);
    }
    const dirs = batch.stacks.map((_, i) => {
      const sec = sections.get(`stack:${i}`);
      return { sec, paths: sec?.code === 0 ? sec.stdout.split('\n').map((l) => l.trim()).filter(Boolean) : [] };
    });
    const assigned = listed ? assignContainers(listed, dirs) : undefined;
    stacks.forEach((s, i) => {
      const f = stackFailure(dirs[i]?.sec, missingFor(`stack:${i}`)) ?? dockerFailure;
      if (f) out.stacks.push(stackObs(s, { ...base, ok: false, failure: f, containers: [] }));
      else out.stacks.push(stackObs(s, { ...base, ok: true, containers: assigned?.byStack[i] ?? [] }));
    });
    if (assigned) out.otherContainers = assigned.other;
  }
  if (batch.backups) out.backups.push(...backupObservations(backups, sections.get('backups'), missingFor('backups'), base));
  if (batch.hypervisor) out.hypervisor = hypervisorObservation(h.id, sections.get('hypervisor'), missingFor('hypervisor'), base);
  return { ...out, ...extraObservations(h.id, extras, batch, sections, missingFor, base) };
}

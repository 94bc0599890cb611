// The hypervisor's backup jobs from the batch's backupjobs section: `@@node <name>`, then
// `pvesh get /cluster/backup --output-format json` (an array of vzdump jobs: id, enabled, all,
// vmid "200,202", exclude, node, pool, storage, schedule).
import { failure } from './classify.js';
import { type ParseResult, exitedFailure } from './classify-output.js';
import type { SectionOutput } from './host-batch.js';
import type { BackupJob, BackupJobsObservation, ProbeFailure } from './types.js';

type Raw = Record<string, unknown>;

const flag = (v: unknown, absent: boolean): boolean => (v === undefined || v === null ? absent : v === true || v === 1 || v === '1');
const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);

/** "200,202 203" → [200, 202, 203]; undefined when a part is no VM id. */
function ids(v: unknown): number[] | undefined {
  const s = text(v);
  if (s === undefined) return [];
  const parts = s.split(/[\s,;]+/).filter(Boolean);
  return parts.every((p) => /^\d+$/.test(p)) ? parts.map(Number) : undefined;
}

/** Parses the pvesh JSON; a job whose vmid or exclude list cannot be read is an error, not a guess. */
export function parseBackupJobs(json: string): ParseResult<BackupJob[]> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, error: 'the backup job listing is not JSON' };
  }
  if (!Array.isArray(data)) return { ok: false, error: 'the backup job listing is not a JSON array' };
  const jobs: BackupJob[] = [];
  for (const [i, raw] of data.entries()) {
    const r = (raw !== null && typeof raw === 'object' ? raw : {}) as Raw;
    const vmids = ids(r.vmid);
    const exclude = ids(r.exclude);
    if (!vmids || !exclude) return { ok: false, error: `backup job ${i + 1} has a vmid or exclude list that is not VM ids` };
    const job: BackupJob = { id: text(r.id) ?? `job-${i + 1}`, enabled: flag(r.enabled, true), all: flag(r.all, false), vmids, exclude };
    for (const key of ['node', 'pool', 'storage', 'schedule'] as const) {
      const v = text(r[key]);
      if (v !== undefined) job[key] = v;
    }
    jobs.push(job);
  }
  return { ok: true, value: jobs };
}

/** The backup jobs of a hypervisor from its section (or the failure that kept it from answering), with its node name. */
export function backupJobsObservation(
  host: string,
  section: SectionOutput | undefined,
  missing: ProbeFailure,
  base: { startedAt: string; durationMs: number },
): BackupJobsObservation {
  const fail = (f: ProbeFailure): BackupJobsObservation => ({ host, ...base, ok: false, failure: f, jobs: [] });
  if (!section || section.code === undefined) return fail(missing);
  if (section.code !== 0) {
    return fail(exitedFailure('pvesh get /cluster/backup', section.code, section.stderr));
  }
  const node = /^@@node (.*)$/m.exec(section.stdout)?.[1]?.trim().split('.')[0];
  const parsed = parseBackupJobs(section.stdout.replace(/^@@node .*$/m, '').trim());
  if (!parsed.ok) return fail(failure('parse-error', parsed.error));
  return { host, ...(node ? { node } : {}), ...base, ok: true, jobs: parsed.value };
}

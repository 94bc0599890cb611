// Prometheus text exposition (node-exporter textfile collector): findings by gate and severity,
// gate results, probe latency and success, HTTP status and backup age per target, the run's result
// and when it (and the last live run) ran. Pure: (report, now) => text. The families are listed in
// METRIC_FAMILIES; examples/monitoring/ (alert rules, Grafana dashboard) is built on them.
import type { GateResult } from '../gates/types.js';
import type { Report, RunResult } from './types.js';

const RESULTS: RunResult[] = ['pass', 'drift', 'inconclusive', 'error'];
const GATE_RESULTS: GateResult[] = ['pass', 'fail', 'warn', 'skipped', 'inconclusive', 'error'];
const SEVERITIES = ['error', 'warning', 'notice'] as const;
const DAMPED = ['pending', 'flapping'] as const;

/** Every family renderMetrics can write, with its labels (tests check the dashboard against it). */
export const METRIC_FAMILIES: Record<string, readonly string[]> = {
  driftgate_findings: ['gate', 'severity'],
  driftgate_gate_result: ['gate', 'result'],
  driftgate_gate_checked: ['gate', 'entity'],
  driftgate_findings_suppressed: ['gate'],
  driftgate_findings_damped: ['gate', 'state'],
  driftgate_probe_duration_seconds: ['kind', 'target'],
  driftgate_probe_success: ['kind', 'target'],
  driftgate_http_status_code: ['endpoint'],
  driftgate_backup_age_seconds: ['backup', 'host'],
  driftgate_backup_newest_timestamp_seconds: ['backup', 'host'],
  driftgate_backup_stale: ['backup', 'host'],
  driftgate_result: ['result'],
  driftgate_run_duration_seconds: [],
  driftgate_last_run_timestamp_seconds: [],
  driftgate_live_run_timestamp_seconds: [],
};

export function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

function sample(name: string, labels: Record<string, string>, value: number): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  return `${name}${parts.length ? `{${parts.join(',')}}` : ''} ${Number.isFinite(value) ? value : 0}`;
}

function family(name: string, type: 'gauge' | 'counter', help: string, samples: string[]): string[] {
  return [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, ...samples];
}

export function renderMetrics(report: Report, now: Date): string {
  const lines: string[] = [];
  const gateIds = [...new Set([...report.gates.map((g) => g.id), ...report.findings.map((f) => f.gate)])].sort();

  const findings: string[] = [];
  for (const gate of gateIds) {
    for (const severity of SEVERITIES) {
      const n = report.findings.filter((f) => f.gate === gate && f.severity === severity).length;
      findings.push(sample('driftgate_findings', { gate, severity }, n));
    }
  }
  lines.push(...family('driftgate_findings', 'gauge', 'Findings of the last run by gate and severity.', findings));

  const gates = [...report.gates]
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap((g) => GATE_RESULTS.map((r) => sample('driftgate_gate_result', { gate: g.id, result: r }, g.result === r ? 1 : 0)));
  lines.push(...family('driftgate_gate_result', 'gauge', 'Result of each gate in the last run (1 = this result).', gates));

  const checked = [...report.gates]
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap((g) => Object.entries(g.checked ?? {}).map(([entity, n]) => sample('driftgate_gate_checked', { gate: g.id, entity }, n ?? 0)));
  lines.push(...family('driftgate_gate_checked', 'gauge', 'Entities each gate evaluated in the last run, by kind (a gate that evaluated nothing is never a pass).', checked));

  const suppressed = [...report.gates]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((g) => sample('driftgate_findings_suppressed', { gate: g.id }, g.suppressed ?? 0));
  lines.push(...family('driftgate_findings_suppressed', 'gauge', 'Findings of the last run suppressed by config exceptions, by gate.', suppressed));

  const damped = [...report.gates]
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap((g) => DAMPED.map((state) => sample('driftgate_findings_damped', { gate: g.id, state }, report.findings.filter((f) => f.gate === g.id && f.history?.damped === state).length)));
  lines.push(
    ...family('driftgate_findings_damped', 'gauge', 'Live findings of the last run held back by damping (run history): pending (seen in fewer than N of M runs) or flapping; reported as warnings.', damped),
  );

  const probes: string[] = [];
  const success: string[] = [];
  const obs = report.observations;
  if (obs) {
    const add = (kind: string, target: string, o: { durationMs: number; ok: boolean }) => {
      probes.push(sample('driftgate_probe_duration_seconds', { kind, target }, o.durationMs / 1000));
      success.push(sample('driftgate_probe_success', { kind, target }, o.ok ? 1 : 0));
    };
    // shadow probes (disabled entries) are no probe the team declared: they are left out
    for (const h of obs.hosts.filter((x) => !x.shadow)) add('ssh', h.target, h);
    for (const s of obs.stacks.filter((x) => !x.shadow)) add('stack', `${s.target}/${s.stack}`, s);
    for (const e of obs.endpoints.filter((x) => !x.shadow)) add('http', e.id, e);
    for (const b of obs.backups.filter((x) => !x.shadow)) add('backup', b.name, b);
    for (const h of obs.hypervisors) add('hypervisor', h.host, h);
    for (const c of obs.composeFiles ?? []) add('compose-file', `${c.target}/${c.stack}`, c);
    for (const d of obs.disks ?? []) add('disk', d.host, d);
    for (const j of obs.backupJobs ?? []) add('backup-jobs', j.host, j);
    for (const b of obs.backupSizes ?? []) add('backup-sizes', b.name, b);
  }
  lines.push(...family('driftgate_probe_duration_seconds', 'gauge', 'Duration of each live probe of the last run (for http: the endpoint latency).', probes));
  lines.push(...family('driftgate_probe_success', 'gauge', 'Whether each live probe of the last run got an answer (1) or failed (0).', success));
  lines.push(...liveFamilies(report, now));

  lines.push(
    ...family(
      'driftgate_result',
      'gauge',
      'Result of the last run (1 = this result).',
      RESULTS.map((r) => sample('driftgate_result', { result: r }, report.result === r ? 1 : 0)),
    ),
  );
  lines.push(...family('driftgate_run_duration_seconds', 'gauge', 'Duration of the last run.', [sample('driftgate_run_duration_seconds', {}, report.durationMs / 1000)]));
  lines.push(
    ...family('driftgate_last_run_timestamp_seconds', 'gauge', 'Unix time the last run finished.', [
      sample('driftgate_last_run_timestamp_seconds', {}, Math.floor(now.getTime() / 1000)),
    ]),
  );
  const lastLive = lastLiveRunAt(report);
  if (lastLive !== undefined) {
    lines.push(
      ...family(
        'driftgate_live_run_timestamp_seconds',
        'gauge',
        'Unix time the last live run that judged started: the run history\'s last one when a state is used (also in an offline run), else this run when it probed (alert when it is too old: the nightly stopped).',
        [sample('driftgate_live_run_timestamp_seconds', {}, Math.floor(lastLive / 1000))],
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * When the last live run that judged started (ms): the run history's (it knows the runs before this
 * one, so an offline PR check reports it too), else this run's own when it probed and did not crash.
 */
function lastLiveRunAt(report: Report): number | undefined {
  const at = report.history?.lastLiveRun ?? (report.observations && report.result !== 'error' ? report.observations.startedAt : undefined);
  const ms = at === undefined ? NaN : Date.parse(at);
  return Number.isFinite(ms) ? ms : undefined;
}

/** HTTP status per endpoint and the age, newest file and verdict per backup (live runs only). */
function liveFamilies(report: Report, now: Date): string[] {
  const obs = report.observations;
  if (!obs) return [];
  const status = obs.endpoints
    .filter((e) => e.ok && e.status !== undefined && !e.shadow)
    .map((e) => sample('driftgate_http_status_code', { endpoint: e.id }, e.status ?? 0));
  const age: string[] = [];
  const newest: string[] = [];
  const stale: string[] = [];
  // the backup-freshness gate's verdict (against each backup's stale_after_hours in the spine)
  const staleNames = new Set(
    report.findings.filter((f) => f.gate === 'backup-freshness' && !f.inconclusive && f.subject.kind === 'backup').map((f) => f.subject.id),
  );
  for (const b of obs.backups.filter((x) => !x.shadow)) {
    const labels = { backup: b.name, host: b.host };
    const mtime = b.newest ? Date.parse(b.newest.mtime) : Number.NaN;
    if (b.ok && !Number.isNaN(mtime)) {
      age.push(sample('driftgate_backup_age_seconds', labels, Math.max(0, Math.round((now.getTime() - mtime) / 1000))));
      newest.push(sample('driftgate_backup_newest_timestamp_seconds', labels, Math.floor(mtime / 1000)));
    }
    // a failed listing proves nothing (no sample) unless it proved the directory missing
    if (b.ok || staleNames.has(b.name)) stale.push(sample('driftgate_backup_stale', labels, staleNames.has(b.name) ? 1 : 0));
  }
  return [
    ...family('driftgate_http_status_code', 'gauge', 'HTTP status each health endpoint answered in the last run.', status),
    ...family('driftgate_backup_age_seconds', 'gauge', 'Age of the newest file of each backup target at the last run.', age),
    ...family('driftgate_backup_newest_timestamp_seconds', 'gauge', 'Unix mtime of the newest file of each backup target (time() minus it is the age now).', newest),
    ...family('driftgate_backup_stale', 'gauge', 'Whether the last run found the backup stale, missing or empty (1) against its stale_after_hours; 0 when fresh.', stale),
  ];
}

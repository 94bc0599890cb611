// Prometheus text exposition (node-exporter textfile collector): findings by gate and severity,
// gate results, probe latency, the run's result and when it ran. Pure: (report, now) => text.
import type { GateResult } from '../gates/types.js';
import type { Report, RunResult } from './types.js';

const RESULTS: RunResult[] = ['pass', 'drift', 'inconclusive', 'error'];
const GATE_RESULTS: GateResult[] = ['pass', 'fail', 'warn', 'skipped', 'inconclusive', 'error'];
const SEVERITIES = ['error', 'warning', 'notice'] as const;

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

  const probes: string[] = [];
  const obs = report.observations;
  if (obs) {
    const add = (kind: string, target: string, ms: number) => probes.push(sample('driftgate_probe_duration_seconds', { kind, target }, ms / 1000));
    for (const h of obs.hosts) add('ssh', h.target, h.durationMs);
    for (const s of obs.stacks) add('stack', `${s.target}/${s.stack}`, s.durationMs);
    for (const e of obs.endpoints) add('http', e.id, e.durationMs);
    for (const b of obs.backups) add('backup', b.name, b.durationMs);
    for (const h of obs.hypervisors) add('hypervisor', h.host, h.durationMs);
  }
  lines.push(...family('driftgate_probe_duration_seconds', 'gauge', 'Duration of each live probe of the last run.', probes));

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
  return `${lines.join('\n')}\n`;
}

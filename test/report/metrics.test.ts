import { describe, expect, it } from 'vitest';
import { escapeLabel, METRIC_FAMILIES, renderMetrics } from '../../src/report/metrics.js';
import type { Report } from '../../src/report/types.js';

const report: Report = {
  version: 1,
  tool: { name: 'driftgate', version: '0.1.0' },
  root: '.',
  result: 'drift',
  durationMs: 1500,
  summary: { files: 3, gates: 2, errors: 2, warnings: 1, notices: 0 },
  gates: [
    { id: 'registry-status', aliases: [], kind: 'live', result: 'fail', findings: 2, durationMs: 1, checked: { services: 92 } },
    { id: 'caddy-proto', aliases: ['D51'], kind: 'static', result: 'warn', findings: 1, durationMs: 1, checked: { blocks: 3 }, suppressed: 2 },
  ],
  findings: [
    { gate: 'registry-status', severity: 'error', fingerprint: 'a', message: 'm', subject: { kind: 'service', id: 's' }, locations: [], direction: 'declared-stale' },
    { gate: 'registry-status', severity: 'error', fingerprint: 'b', message: 'm', subject: { kind: 'service', id: 't' }, locations: [], direction: 'declared-stale' },
    { gate: 'caddy-proto', severity: 'warning', fingerprint: 'c', message: 'm', subject: { kind: 'route', id: 'r' }, locations: [], direction: 'inconsistent' },
    { gate: 'backup-freshness', severity: 'error', fingerprint: 'd', message: 'm', subject: { kind: 'backup', id: 'old' }, locations: [], direction: 'live-broken' },
  ],
  observations: {
    version: 1,
    startedAt: '2026-02-11T12:00:00Z',
    durationMs: 900,
    hosts: [{ target: 'docker-"host"', address: '127.0.0.1:22', ok: true, startedAt: '2026-02-11T12:00:00Z', durationMs: 250 }],
    stacks: [],
    endpoints: [{ id: 'sonarr', url: 'http://x', ok: true, status: 200, timeoutMs: 5000, attempts: 1, startedAt: '2026-02-11T12:00:00Z', durationMs: 42 }],
    backups: [
      { name: 'old', host: 'nas', ok: true, matches: 3, newest: { path: '/b/x', mtime: '2026-02-09T12:00:05Z' }, startedAt: '2026-02-11T12:00:00Z', durationMs: 10 },
      { name: 'fresh', host: 'nas', ok: true, matches: 1, newest: { path: '/b/y', mtime: '2026-02-11T11:00:05Z' }, startedAt: '2026-02-11T12:00:00Z', durationMs: 10 },
      { name: 'down', host: 'nas', ok: false, failure: { reason: 'timeout', error: 't' }, matches: 0, startedAt: '2026-02-11T12:00:00Z', durationMs: 10 },
    ],
    hypervisors: [],
  },
};

describe('renderMetrics', () => {
  const text = renderMetrics(report, new Date('2026-02-11T12:00:05Z'));
  const lines = text.trimEnd().split('\n');

  it('counts findings by gate and severity', () => {
    expect(lines).toContain('driftgate_findings{gate="registry-status",severity="error"} 2');
    expect(lines).toContain('driftgate_findings{gate="caddy-proto",severity="warning"} 1');
    expect(lines).toContain('driftgate_findings{gate="caddy-proto",severity="error"} 0');
  });
  it('flags gate results, the run result and the time of the run', () => {
    expect(lines).toContain('driftgate_gate_result{gate="registry-status",result="fail"} 1');
    expect(lines).toContain('driftgate_gate_result{gate="registry-status",result="pass"} 0');
    expect(lines).toContain('driftgate_result{result="drift"} 1');
    expect(lines).toContain('driftgate_result{result="pass"} 0');
    expect(lines).toContain('driftgate_last_run_timestamp_seconds 1770811205');
  });
  it('exports what each gate checked, per entity kind, and the findings exceptions suppressed', () => {
    expect(lines).toContain('driftgate_gate_checked{gate="registry-status",entity="services"} 92');
    expect(lines).toContain('driftgate_gate_checked{gate="caddy-proto",entity="blocks"} 3');
    expect(lines).toContain('driftgate_findings_suppressed{gate="caddy-proto"} 2');
    expect(lines).toContain('driftgate_findings_suppressed{gate="registry-status"} 0');
  });
  it('exports probe latency with escaped labels', () => {
    expect(lines).toContain('driftgate_probe_duration_seconds{kind="ssh",target="docker-\\"host\\""} 0.25');
    expect(lines).toContain('driftgate_probe_duration_seconds{kind="http",target="sonarr"} 0.042');
    expect(escapeLabel('a\\b\nc')).toBe('a\\\\b\\nc');
  });
  it('exports per-probe success, per-endpoint status and per-backup age and verdict', () => {
    expect(lines).toContain('driftgate_probe_success{kind="http",target="sonarr"} 1');
    expect(lines).toContain('driftgate_probe_success{kind="backup",target="down"} 0');
    expect(lines).toContain('driftgate_http_status_code{endpoint="sonarr"} 200');
    expect(lines).toContain('driftgate_backup_age_seconds{backup="old",host="nas"} 172800');
    expect(lines).toContain('driftgate_backup_newest_timestamp_seconds{backup="fresh",host="nas"} 1770807605');
    expect(lines).toContain('driftgate_backup_stale{backup="old",host="nas"} 1');
    expect(lines).toContain('driftgate_backup_stale{backup="fresh",host="nas"} 0');
    // a failed listing proves nothing: no age, no verdict
    expect(text).not.toMatch(/backup="down"/);
    // when the live run started (the observations' startedAt), as the run history records it
    expect(lines).toContain('driftgate_live_run_timestamp_seconds 1770811200');
  });
  it('leaves shadow probes out (a host connected only for them, a disabled stack, endpoint or backup)', () => {
    const obs = report.observations!;
    const at = { startedAt: '2026-02-11T12:00:00Z', durationMs: 10 };
    const shadowed: Report = {
      ...report,
      observations: {
        ...obs,
        hosts: [...obs.hosts, { target: 'parked-host', address: '10.0.0.9:22', ok: false, failure: { reason: 'timeout', error: 't' }, shadow: true, ...at }],
        stacks: [{ target: 'parked-host', sshTarget: 'parked-host', stack: 'old', path: '/srv/old', ok: false, containers: [], shadow: true, ...at }],
        endpoints: [...obs.endpoints, { id: 'parked-ep', url: 'http://y', ok: true, status: 200, timeoutMs: 5000, attempts: 1, shadow: true, ...at }],
        backups: [...obs.backups, { name: 'parked-backup', host: 'nas', ok: true, matches: 1, newest: { path: '/b/z', mtime: '2026-02-11T11:00:05Z' }, shadow: true, ...at }],
      },
    };
    const text = renderMetrics(shadowed, new Date('2026-02-11T12:00:05Z'));
    expect(text).toContain('driftgate_probe_success{kind="http",target="sonarr"} 1');
    expect(text).not.toMatch(/parked/);
  });
  it('an offline run writes no live families', () => {
    const offline = renderMetrics({ ...report, observations: undefined }, new Date('2026-02-11T12:00:05Z'));
    expect(offline).not.toMatch(/^driftgate_(live_run_timestamp_seconds|backup_\w+|http_status_code)[ {]/m);
    expect(offline).toMatch(/^driftgate_last_run_timestamp_seconds 1770811205$/m);
  });
  it('writes exactly the families and labels METRIC_FAMILIES declares (what examples/monitoring is checked against)', () => {
    const written = new Set<string>();
    for (const line of lines.filter((l) => !l.startsWith('#'))) {
      const [, name = '', braces = ''] = /^([a-z_]+)(?:\{(.*)\})? /.exec(line) ?? [];
      written.add(name);
      expect([...braces.matchAll(/([a-z_]+)="/g)].map((m) => m[1]).sort(), line).toEqual([...(METRIC_FAMILIES[name] ?? ['(not declared)'])].sort());
    }
    expect([...written].sort()).toEqual(Object.keys(METRIC_FAMILIES).sort());
  });

  it('is valid exposition format: HELP and TYPE before each family, samples well-formed', () => {
    const sampleRe = /^[a-z_]+(\{([a-z_]+="(\\.|[^"\\])*",?)*\})? -?[0-9.e+-]+$/;
    for (const line of lines) expect(line.startsWith('# HELP ') || line.startsWith('# TYPE ') || sampleRe.test(line)).toBe(true);
    const families = lines.filter((l) => l.startsWith('# TYPE ')).map((l) => l.split(' ')[2]);
    expect(families).toEqual([
      'driftgate_findings',
      'driftgate_gate_result',
      'driftgate_gate_checked',
      'driftgate_findings_suppressed',
      'driftgate_findings_damped',
      'driftgate_probe_duration_seconds',
      'driftgate_probe_success',
      'driftgate_http_status_code',
      'driftgate_backup_age_seconds',
      'driftgate_backup_newest_timestamp_seconds',
      'driftgate_backup_stale',
      'driftgate_result',
      'driftgate_run_duration_seconds',
      'driftgate_last_run_timestamp_seconds',
      'driftgate_live_run_timestamp_seconds',
    ]);
  });
});

// Builders for the run history tests: findings and gate runs as the pipeline makes them.
import { defaultConfig } from '../../src/config/defaults.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import { fingerprint } from '../../src/gates/fingerprint.js';
import type { Finding, GateRun, Severity } from '../../src/gates/types.js';
import { judgeHistory } from '../../src/history/judge.js';
import { emptyState, recordRun } from '../../src/history/record-run.js';
import { buildReport } from '../../src/report/build-report.js';
import type { Report } from '../../src/report/types.js';

export function finding(gate: string, id: string, opts: { severity?: Severity; fix?: string; inconclusive?: boolean; kind?: string; line?: number } = {}): Finding {
  const subject = { kind: 'service' as const, id };
  const f: Finding = {
    gate,
    severity: opts.severity ?? 'error',
    fingerprint: fingerprint(gate, subject, opts.kind ?? 'drift'),
    message: `${id} drifted`,
    subject,
    locations: [{ file: 'docs/governance/SERVICE_REGISTRY.yaml', line: opts.line ?? 10, column: 5, pointer: `/services/${id}/status` }],
    direction: opts.fix !== undefined ? 'declared-stale' : 'live-broken',
  };
  if (opts.fix !== undefined) f.fix = { file: 'docs/governance/SERVICE_REGISTRY.yaml', pointer: `/services/${id}/status`, value: opts.fix };
  if (opts.inconclusive) f.inconclusive = true;
  return f;
}

export function gateRun(id: string, kind: 'static' | 'live' = 'live', result: GateRun['result'] = 'fail', aliases: string[] = []): GateRun {
  return { id, aliases, kind, result, findings: 0, durationMs: 1 };
}

/** The night `n` (1-based) at 03:17 UTC, from 2026-02-01. */
export function night(n: number): string {
  return new Date(Date.UTC(2026, 1, n, 3, 17)).toISOString();
}

export function config(): ResolvedConfig {
  return defaultConfig();
}

/** The report of night n+1 (its findings `tonight`) after the nights `earlier` were recorded (source "state.json"). */
export function reportAfter(earlier: Finding[][], tonight: Finding[], runs: GateRun[]): Report {
  const cfg = config();
  const judged = new Set(runs.map((r) => r.id));
  const prev = earlier.reduce((s, fs, i) => recordRun(s, { run: { id: night(i + 1), at: night(i + 1), result: 'drift' }, findings: fs, judged }, cfg.history), emptyState());
  const n = earlier.length + 1;
  const out = judgeHistory({ findings: tonight, runs, config: cfg, now: new Date(night(n)), source: 'state.json', prev, live: { run: { id: night(n), at: night(n), result: 'drift' }, suppressed: new Set() } });
  return buildReport({ root: '.', durationMs: 1, fileCount: 1, runs: out.runs, findings: out.findings, history: out.history });
}

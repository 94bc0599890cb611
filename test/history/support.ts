// Builders for the run history tests: findings and gate runs as the pipeline makes them.
import { defaultConfig } from '../../src/config/defaults.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import { fingerprint } from '../../src/gates/fingerprint.js';
import type { Finding, GateRun, Severity } from '../../src/gates/types.js';

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

// Findings shaped as the registry-status gate builds them, and a report of the registry-status gate.
import { FixRefusedError } from '../../src/fix/fix-error.js';
import type { RunCheck } from '../../src/fix/run-fix.js';
import type { Finding, GateResult } from '../../src/gates/types.js';
import type { Report } from '../../src/report/types.js';

export const REGISTRY = 'docs/governance/SERVICE_REGISTRY.yaml';

/**
 * A driftgate.config.yaml that proposes only the registry-status kind (running while stopped ->
 * active), for tests about one topic's lifecycle; by default every fix kind is a topic.
 */
export const ONE_TOPIC_CONFIG = 'fix:\n  gates: [registry-status]\n  kinds: { registry-exited: false }\n';

export function staleFinding(id: string, line = 1, value: string | number | boolean | null = 'active'): Finding {
  const pointer = `/services/${id}/status`;
  return {
    gate: 'registry-status',
    severity: 'error',
    fingerprint: `fp-${id}`,
    message: `service "${id}" is declared "stopped" but its container "${id}" has been running`,
    subject: { kind: 'service', id },
    locations: [{ file: REGISTRY, line, column: 13, pointer }],
    expected: 'stopped',
    observed: 'running',
    direction: 'declared-stale',
    fix: { file: REGISTRY, pointer, value },
  };
}

/** A report in which only the registry-status gate ran, with these findings. */
export function reportOf(findings: Finding[], result: Report['result'] = 'drift', gateResult: GateResult = result === 'inconclusive' ? 'inconclusive' : 'fail'): Report {
  return {
    version: 1,
    tool: { name: 'driftgate', version: '0.1.0' },
    root: '.',
    result,
    durationMs: 1,
    summary: { files: 1, gates: 1, errors: findings.length, warnings: 0, notices: 0 },
    gates: [{ id: 'registry-status', aliases: [], kind: 'live', result: gateResult, findings: findings.length, durationMs: 1 }],
    findings,
  };
}

/** A check runner that answers this report (fix is judged on it, nothing is probed). */
export const checkReturning = (report: Report): RunCheck => async () => ({ report, exitCode: 1, text: '' });

/** The FixRefusedError `fn` throws (the test fails when it throws nothing or something else). */
export function refusal(fn: () => unknown): FixRefusedError {
  try {
    fn();
  } catch (e) {
    if (e instanceof FixRefusedError) return e;
    throw e;
  }
  throw new Error('expected a FixRefusedError');
}

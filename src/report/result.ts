// The run's verdict and its exit code: pure functions of the gate runs and findings.
import { EXIT_DRIFT, EXIT_ERROR, EXIT_INCONCLUSIVE, EXIT_OK } from '../core/exit-codes.js';
import type { ExitCode } from '../core/exit-codes.js';
import type { Finding, GateRun } from '../gates/types.js';
import type { Report, RunResult } from './types.js';

/**
 * drift: an error-severity finding that is not inconclusive (blocking drift was proven);
 * inconclusive: otherwise, any inconclusive finding or gate (a probe failed: drift not ruled out),
 * or an error held back by damping (seen in fewer than N of the last M runs: failed, not confirmed);
 * error: otherwise, any gate that crashed; pass: everything else. A warning never fails a run.
 */
export function reportResult(runs: readonly GateRun[], findings: readonly Finding[]): RunResult {
  if (findings.some((f) => f.severity === 'error' && !f.inconclusive)) return 'drift';
  if (findings.some((f) => f.inconclusive || f.history?.damped === 'pending') || runs.some((r) => r.result === 'inconclusive')) return 'inconclusive';
  if (runs.some((r) => r.result === 'error')) return 'error';
  return 'pass';
}

const EXIT_CODES: Record<RunResult, ExitCode> = {
  pass: EXIT_OK,
  drift: EXIT_DRIFT,
  error: EXIT_ERROR,
  inconclusive: EXIT_INCONCLUSIVE,
};

export function exitCode(report: Pick<Report, 'result'>): ExitCode {
  return EXIT_CODES[report.result];
}

// The one decision "does this run fail the job", shared by the job result and the commit status
// (so a required `driftgate` check never disagrees with the job): a tool error always fails;
// `fail-on` decides about findings.
import type { Report } from '../report/types.js';

export type FailOn = 'error' | 'warning' | 'never';

/** Why the job fails, or undefined. */
export function failureReason(report: Report, exitCode: number, failOn: FailOn): string | undefined {
  if (exitCode === 2 || report.result === 'error') return `driftgate could not evaluate${report.error ? `: ${report.error}` : ''}`;
  if (failOn === 'never') return undefined;
  if (report.result === 'drift') return `drift found: ${report.summary.errors} error(s), ${report.summary.warnings} warning(s)`;
  if (report.result === 'inconclusive') return 'inconclusive: something could not be evaluated (a probe failed or an input could not be used), drift cannot be ruled out';
  if (failOn === 'warning' && report.summary.warnings > 0) return `${report.summary.warnings} warning(s) and fail-on is "warning"`;
  return undefined;
}

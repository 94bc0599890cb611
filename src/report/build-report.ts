// Builds the one report object (JSON report v1) every renderer reads.
import type { Finding, GateRun } from '../gates/types.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import type { ReportHistory } from '../history/types.js';
import type { Observations } from '../probes/types.js';
import { reportResult } from './result.js';
import type { Matrix, Report, SuppressedFinding } from './types.js';

export interface BuildReportInput {
  root: string;
  durationMs: number;
  fileCount: number;
  runs: GateRun[];
  findings: Finding[];
  /** findings dropped by config exceptions (a count, or the findings with their exception) */
  suppressed?: number | SuppressedFinding[];
  observations?: Observations;
  /** the VM-container matrix (buildMatrix(model, observations)), drawn by the text and Markdown renderers */
  matrix?: Matrix;
  /** set when the tool stopped before it could judge: the result is `error` */
  error?: string;
  /** run history, when a state was given */
  history?: ReportHistory;
  /** how many gates of the catalog a `--gates` selection left out */
  notSelected?: number;
}

const URL_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/)([^\s/@:]+):([^\s/@]+)@/gi;
const PRIVATE_KEY = /-----BEGIN [^-]*PRIVATE KEY-----[\s\S]*?(-----END [^-]*PRIVATE KEY-----|$)/g;

/** Last line of defence: no URL password or private key reaches any rendered report. */
export function redactText(text: string): string {
  return text.replace(URL_PASSWORD, '$1$2:***@').replace(PRIVATE_KEY, '[private key redacted]');
}

function redactValue(v: unknown): unknown {
  if (typeof v === 'string') return redactText(v);
  if (Array.isArray(v)) return v.map(redactValue);
  return v;
}

function redactFinding(f: Finding): Finding {
  const out: Finding = { ...f, message: redactText(f.message) };
  if (f.expected !== undefined) out.expected = redactValue(f.expected);
  if (f.observed !== undefined) out.observed = redactValue(f.observed);
  return out;
}

export function buildReport(input: BuildReportInput): Report {
  const count = (severity: Finding['severity']): number => input.findings.filter((f) => f.severity === severity).length;
  const suppressedCount = Array.isArray(input.suppressed) ? input.suppressed.length : input.suppressed;
  const report: Report = {
    version: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    root: input.root,
    result: input.error !== undefined ? 'error' : reportResult(input.runs, input.findings),
    durationMs: Math.round(input.durationMs),
    summary: {
      files: input.fileCount,
      gates: input.runs.length,
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
      ...(suppressedCount ? { suppressed: suppressedCount } : {}),
      ...(input.notSelected ? { notSelected: input.notSelected } : {}),
    },
    gates: input.runs,
    findings: input.findings.map(redactFinding),
  };
  if (Array.isArray(input.suppressed) && input.suppressed.length > 0) {
    report.suppressed = input.suppressed.map((f) => ({ ...redactFinding(f), exception: f.exception }));
  }
  if (input.observations) report.observations = input.observations;
  if (input.matrix) report.matrix = input.matrix;
  if (input.error !== undefined) report.error = redactText(input.error);
  if (input.history) report.history = { ...input.history, resolved: input.history.resolved.map((r) => ({ ...r, message: redactText(r.message) })) };
  return report;
}

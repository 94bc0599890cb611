// The human report for a terminal: errors first, then warnings, then notices, each group in file
// order, one `file:line:col: severity message [gate]` line per finding (editors jump to it), further
// places and expected/observed indented beneath; then the gate summary, the VM-container matrix
// when observed, and the result line. `quiet`: the errors and the result line only.
import { compareFindings } from '../gates/sort-findings.js';
import type { Finding, GateResult, Severity } from '../gates/types.js';
import { historySummary, historyText, resolvedText } from '../history/render.js';
import { exitCode } from './result.js';
import { fixText, gateDetail, gateLabel, isCoverage, placeText, subjectText, summaryText, valueText } from './format-values.js';
import { renderMatrixText } from './matrix.js';
import type { Report, RunResult } from './types.js';

type Paint = (code: string, text: string) => string;

const SEVERITY_COLOR: Record<Severity, string> = { error: '31', warning: '33', notice: '36' };
const GATE_COLOR: Record<GateResult, string> = {
  pass: '32',
  fail: '31',
  warn: '33',
  skipped: '2',
  inconclusive: '35',
  error: '31',
};
const RESULT_COLOR: Record<RunResult, string> = { pass: '32', drift: '31', inconclusive: '35', error: '31' };

const plain: Paint = (_code, text) => text;

/**
 * The one-line form of a finding, `file:line:col: severity message [gate]` (editors and problem
 * matchers read it; `validate` and `check` print the same line for the same problem).
 */
export function findingHead(f: Finding, paint: Paint = plain): string {
  const first = f.locations[0];
  const head = first ? `${placeText(first)}: ` : '';
  return `${head}${paint(SEVERITY_COLOR[f.severity], f.severity)} ${f.message} ${paint('2', `[${f.gate}]`)}`;
}

function findingLines(f: Finding, paint: Paint): string[] {
  const rest = f.locations.slice(1);
  const lines = [findingHead(f, paint)];
  for (const l of rest) lines.push(`    also ${placeText(l)}`);
  lines.push(`    subject: ${subjectText(f)}`);
  if (f.expected !== undefined) lines.push(`    expected: ${valueText(f.expected)}`);
  if (f.observed !== undefined) lines.push(`    observed: ${valueText(f.observed)}`);
  if (f.inconclusive && !isCoverage(f)) lines.push('    inconclusive: the probe failed, so drift is not ruled out');
  const fix = fixText(f);
  if (fix) lines.push(`    fix: ${fix}`);
  if (f.history) lines.push(`    history: ${historyText(f.history)}`);
  return lines;
}

const SEVERITY_HEADING: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', notice: 'Notices' };

/** The findings of each severity, most severe first, each group in file order (file, line, column). */
export function findingsBySeverity(findings: readonly Finding[]): Array<{ severity: Severity; findings: Finding[] }> {
  return (['error', 'warning', 'notice'] as const)
    .map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity).sort(compareFindings) }))
    .filter((g) => g.findings.length > 0);
}

/** `Result: DRIFT (exit 1): 2 errors, ...`: the one line `--out` and `--quiet` still print. */
export function resultLine(report: Report, color = false): string {
  const verdict = color ? `\u001b[${RESULT_COLOR[report.result]}m${report.result.toUpperCase()}\u001b[0m` : report.result.toUpperCase();
  return `Result: ${verdict} (exit ${exitCode(report)}): ${summaryText(report)}`;
}

export interface TextOptions {
  color: boolean;
  /** list the findings config exceptions suppressed (else one line counts them) */
  showSuppressed?: boolean;
  /** the errors and the result line only */
  quiet?: boolean;
}

function suppressedLines(report: Report, opts: TextOptions, paint: Paint): string[] {
  const hidden = report.suppressed ?? [];
  if (hidden.length === 0) return [];
  if (!opts.showSuppressed) return [`${hidden.length} suppressed by config exceptions; --show-suppressed lists them`, ''];
  const out = [paint('1', `Suppressed by config exceptions: ${hidden.length}`)];
  for (const f of hidden) {
    out.push(findingHead(f, paint), `    subject: ${subjectText(f)}`, `    exception: ${f.exception.reason} (expires ${f.exception.expires})`);
  }
  out.push('');
  return out;
}

export function renderText(report: Report, opts: TextOptions): string {
  const paint: Paint = (code, text) => (opts.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const out: string[] = [];
  for (const group of findingsBySeverity(report.findings)) {
    if (opts.quiet && group.severity !== 'error') continue;
    out.push(paint('1', `${SEVERITY_HEADING[group.severity]} (${group.findings.length})`));
    for (const f of group.findings) out.push(...findingLines(f, paint));
    out.push('');
  }
  if (opts.quiet) {
    if (report.error !== undefined) out.push(`${paint('31', 'error')}: ${report.error}`);
    out.push(resultLine(report, opts.color));
    return `${out.join('\n')}\n`;
  }

  const resolved = report.history?.resolved ?? [];
  if (resolved.length > 0) {
    out.push(paint('1', `Resolved since the last run: ${resolved.length}`));
    for (const r of resolved) out.push(`  ${resolvedText(r)}`);
    out.push('');
  }

  out.push(paint('1', 'Gates'));
  const width = Math.max(0, ...report.gates.map((g) => gateLabel(g).length));
  for (const g of report.gates) {
    const line = `  ${paint(GATE_COLOR[g.result], g.result.padEnd(12))} ${gateLabel(g).padEnd(width)}  ${gateDetail(g)}`;
    out.push(line.trimEnd());
  }
  out.push('');
  out.push(...suppressedLines(report, opts, paint));

  if (report.matrix) {
    out.push(paint('1', 'VM-container matrix'));
    out.push(renderMatrixText(report.matrix).trimEnd());
    out.push('');
  }
  const history = historySummary(report);
  if (history) out.push(history);
  if (report.error !== undefined) out.push(`${paint('31', 'error')}: ${report.error}`);
  out.push(resultLine(report, opts.color));
  return `${out.join('\n')}\n`;
}

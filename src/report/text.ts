// The human report for a terminal: findings grouped by gate, one `file:line:col: severity message
// [gate]` line each (editors jump to it), further places and expected/observed indented beneath,
// then the gate summary, the VM-container matrix when observed, and the result line.
import type { Finding, GateResult, Severity } from '../gates/types.js';
import { historySummary, historyText, resolvedText } from '../history/render.js';
import { exitCode } from './result.js';
import { fixText, findingsByGate, gateLabel, placeText, plural, severityCounts, summaryText, valueText } from './format-values.js';
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

function findingLines(f: Finding, paint: Paint): string[] {
  const [first, ...rest] = f.locations;
  const head = first ? `${placeText(first)}: ` : '';
  const lines = [`${head}${paint(SEVERITY_COLOR[f.severity], f.severity)} ${f.message} ${paint('2', `[${f.gate}]`)}`];
  for (const l of rest) lines.push(`    also ${placeText(l)}`);
  if (f.expected !== undefined) lines.push(`    expected: ${valueText(f.expected)}`);
  if (f.observed !== undefined) lines.push(`    observed: ${valueText(f.observed)}`);
  if (f.inconclusive) lines.push('    inconclusive: the probe failed, so drift is not ruled out');
  const fix = fixText(f);
  if (fix) lines.push(`    fix: ${fix}`);
  if (f.history) lines.push(`    history: ${historyText(f.history)}`);
  return lines;
}

export function renderText(report: Report, opts: { color: boolean }): string {
  const paint: Paint = (code, text) => (opts.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const out: string[] = [];
  for (const group of findingsByGate(report)) {
    out.push(paint('1', `${gateLabel(group.gate)}: ${severityCounts(group.findings)}`));
    for (const f of group.findings) out.push(...findingLines(f, paint));
    out.push('');
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
    const detail = g.note ?? (g.findings > 0 ? plural(g.findings, 'finding') : '');
    const line = `  ${paint(GATE_COLOR[g.result], g.result.padEnd(12))} ${gateLabel(g).padEnd(width)}  ${detail}`;
    out.push(line.trimEnd());
  }
  out.push('');

  if (report.matrix) {
    out.push(paint('1', 'VM-container matrix'));
    out.push(renderMatrixText(report.matrix).trimEnd());
    out.push('');
  }
  const history = historySummary(report);
  if (history) out.push(history);
  if (report.error !== undefined) out.push(`${paint('31', 'error')}: ${report.error}`);
  const verdict = paint(RESULT_COLOR[report.result], report.result.toUpperCase());
  out.push(`Result: ${verdict} (exit ${exitCode(report)}): ${summaryText(report)}`);
  return `${out.join('\n')}\n`;
}

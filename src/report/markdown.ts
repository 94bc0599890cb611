// The Markdown report: the Gitea job summary and the sticky PR comment body. A per-gate result
// table (as the seed report's "Baseline Results"), then the findings by gate with file:line, then
// the VM-container matrix when observed. Values are escaped (HTML, table pipes, emphasis).
import type { Finding, GateResult, GateRun } from '../gates/types.js';
import { escapeCell, renderMatrixMarkdown } from './matrix.js';
import { findingsByGate, gateLabel, placeText, severityCounts, summaryText, valueText } from './format-values.js';
import type { Report, RunResult } from './types.js';

/** Findings listed per gate; the rest are counted (the JSON report has them all). */
export const MAX_FINDINGS_PER_GATE = 50;

const RESULT_BADGE: Record<RunResult, string> = {
  pass: '✅ PASS',
  drift: '❌ DRIFT',
  inconclusive: '❔ INCONCLUSIVE',
  error: '💥 ERROR',
};
const GATE_BADGE: Record<GateResult, string> = {
  pass: '✅ PASS',
  fail: '❌ FAIL',
  warn: '⚠️ WARN',
  skipped: '⏭️ SKIPPED',
  inconclusive: '❔ INCONCLUSIVE',
  error: '💥 ERROR',
};

/** Text safe in Markdown prose: HTML escaped, emphasis/link/table characters backslash-escaped. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/** An inline code span (backticks in the value cannot close it). */
function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\r?\n/g, ' ')}\``;
}

function gateCell(g: GateRun, findings: Finding[]): string {
  const counts = severityCounts(findings.filter((f) => f.gate === g.id));
  const detail = g.note ?? counts;
  return detail ? `${GATE_BADGE[g.result]} — ${detail}` : GATE_BADGE[g.result];
}

function findingItem(f: Finding): string {
  const [first, ...rest] = f.locations;
  const where = first ? `${code(placeText(first, false))} ` : '';
  const lines = [`- **${f.severity}** ${where}${escapeMarkdown(f.message)}`];
  if (rest.length > 0) lines.push(`  - also ${rest.map((l) => code(placeText(l, false))).join(', ')}`);
  const eo: string[] = [];
  if (f.expected !== undefined) eo.push(`expected ${code(valueText(f.expected))}`);
  if (f.observed !== undefined) eo.push(`observed ${code(valueText(f.observed))}`);
  if (eo.length > 0) lines.push(`  - ${eo.join(', ')}`);
  if (f.inconclusive) lines.push('  - inconclusive: the probe failed, so drift is not ruled out');
  if (f.fix) lines.push(`  - fix: set ${code(f.fix.pointer)} in ${code(f.fix.file)} to ${code(JSON.stringify(f.fix.value))}`);
  return lines.join('\n');
}

export function renderMarkdown(report: Report): string {
  const out: string[] = [`### driftgate: ${RESULT_BADGE[report.result]}`, ''];
  if (report.error !== undefined) out.push(`> **error:** ${escapeMarkdown(report.error)}`, '');
  out.push('| Check | Result |', '|---|---|');
  for (const g of report.gates) out.push(`| ${escapeCell(gateLabel(g))} | ${escapeCell(gateCell(g, report.findings))} |`);
  out.push('', `${escapeMarkdown(summaryText(report))}`, '');

  const groups = findingsByGate(report);
  if (groups.length > 0) out.push('#### Findings', '');
  for (const group of groups) {
    out.push(`**${escapeMarkdown(gateLabel(group.gate))}** — ${severityCounts(group.findings)}`, '');
    for (const f of group.findings.slice(0, MAX_FINDINGS_PER_GATE)) out.push(findingItem(f));
    const more = group.findings.length - MAX_FINDINGS_PER_GATE;
    if (more > 0) out.push(`- … and ${more} more (see the JSON report)`);
    out.push('');
  }

  if (report.matrix) out.push('#### VM-Container Matrix', '', renderMatrixMarkdown(report.matrix).trimEnd(), '');
  return `${out.join('\n').trimEnd()}\n`;
}

// The Markdown report: the Gitea job summary and the sticky PR comment body. A per-gate result
// table (as the seed report's "Baseline Results"), then the findings by gate with file:line (errors
// first and open; warnings and notices folded in a <details> block, so a PR comment stays short),
// then the VM-container matrix when observed. Values are escaped (HTML, table pipes, emphasis,
// backticks).
import type { Finding, GateResult, GateRun } from '../gates/types.js';
import { historySummary, historyText, resolvedText } from '../history/render.js';
import { escapeCell, renderMatrixMarkdown } from './matrix.js';
import { coverageText } from '../gates/coverage.js';
import { findingsByGate, fixText, gateLabel, isCoverage, placeText, severityCounts, subjectText, summaryText, valueText } from './format-values.js';
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

/**
 * An inline code span: a fence longer than any backtick run in the value, so the value is shown
 * as it is and cannot close the span (CommonMark 6.1).
 */
export function code(text: string): string {
  const value = text.replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 || value.startsWith(' ') || value.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 } as const;

function gateCell(g: GateRun, findings: Finding[]): string {
  const counts = severityCounts(findings.filter((f) => f.gate === g.id));
  const detail = [counts, g.suppressed ? `${g.suppressed} suppressed` : '', g.note ?? ''].filter(Boolean).join('; ');
  return detail ? `${GATE_BADGE[g.result]} — ${detail}` : GATE_BADGE[g.result];
}

/** The suppressed findings, folded: each with its subject and the exception's reason. */
function suppressedSection(report: Report): string[] {
  const hidden = report.suppressed ?? [];
  if (hidden.length === 0) return [];
  const items = hidden.map((f) => {
    const where = f.locations[0] ? `${code(placeText(f.locations[0], false))} ` : '';
    return `- **${f.severity}** ${where}${escapeMarkdown(f.message)} \[${escapeMarkdown(f.gate)}\] — ${code(subjectText(f))}: ${escapeMarkdown(f.exception.reason)} (expires ${escapeMarkdown(f.exception.expires)})`;
  });
  return [`<details><summary>${hidden.length} suppressed by config exceptions</summary>`, '', ...items, '', '</details>', ''];
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
  if (f.inconclusive && !isCoverage(f)) lines.push('  - inconclusive: the probe failed, so drift is not ruled out');
  const fix = fixText(f, code);
  if (fix) lines.push(`  - fix: ${fix}`);
  if (f.history) lines.push(`  - history: ${escapeMarkdown(historyText(f.history))}`);
  return lines.join('\n');
}

export function renderMarkdown(report: Report): string {
  const out: string[] = [`### driftgate: ${RESULT_BADGE[report.result]}`, ''];
  if (report.error !== undefined) out.push(`> **error:** ${escapeMarkdown(report.error)}`, '');
  out.push('| Check | Result | Checked |', '|---|---|---|');
  for (const g of report.gates) {
    out.push(`| ${escapeCell(gateLabel(g))} | ${escapeCell(gateCell(g, report.findings))} | ${escapeCell(coverageText(g.checked ?? {}))} |`);
  }
  out.push('', `${escapeMarkdown(summaryText(report))}`, '');

  const groups = findingsByGate(report);
  if (groups.length > 0) out.push('#### Findings', '');
  for (const group of groups) {
    const sorted = [...group.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    const shown = sorted.slice(0, MAX_FINDINGS_PER_GATE);
    const errors = shown.filter((f) => f.severity === 'error');
    const others = shown.filter((f) => f.severity !== 'error');
    const more = group.findings.length - shown.length;
    out.push(`**${escapeMarkdown(gateLabel(group.gate))}** — ${severityCounts(group.findings)}`, '');
    for (const f of errors) out.push(findingItem(f));
    if (others.length > 0) {
      // folded: Gitea renders <details>; a blank line after <summary> keeps the Markdown inside
      if (errors.length > 0) out.push('');
      out.push(`<details><summary>${severityCounts(others)}</summary>`, '');
      for (const f of others) out.push(findingItem(f));
      out.push('', '</details>');
    }
    if (more > 0) out.push(`${others.length > 0 ? '\n' : ''}- … and ${more} more (see the JSON report)`);
    out.push('');
  }

  const resolved = report.history?.resolved ?? [];
  if (resolved.length > 0) out.push(`#### Resolved since the last run (${resolved.length})`, '', ...resolved.map((r) => `- ${escapeMarkdown(resolvedText(r))}`), '');
  out.push(...suppressedSection(report));
  if (report.matrix) out.push('#### VM-Container Matrix', '', renderMatrixMarkdown(report.matrix).trimEnd(), '');
  const history = historySummary(report);
  if (history) out.push(`<sub>${escapeMarkdown(history)}</sub>`, '');
  return `${out.join('\n').trimEnd()}\n`;
}

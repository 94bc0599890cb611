// Small shared formatting of report values for the text and Markdown renderers.
import type { Location } from '../bindings/types.js';
import { COVERAGE_DETAIL, coverageText } from '../gates/coverage.js';
import type { Finding, FixEdit, GateRun } from '../gates/types.js';
import type { Report } from './types.js';

/** "file:line:col" (or just the file when the place has no line). */
export function placeText(l: Location, withColumn = true): string {
  if (!l.line) return l.file;
  return withColumn && l.column ? `${l.file}:${l.line}:${l.column}` : `${l.file}:${l.line}`;
}

/** Strings as written, everything else as compact JSON. */
export function valueText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A finding about what a gate could not evaluate (its message says why; no probe failed). */
export function isCoverage(f: Pick<Finding, 'details'>): boolean {
  return f.details?.[COVERAGE_DETAIL] !== undefined;
}

/** The subject of a finding as an exception names it: `service "swaparr-sonarr"`. */
export function subjectText(f: Pick<Finding, 'subject'>): string {
  return `${f.subject.kind} ${JSON.stringify(f.subject.id)}`;
}

/**
 * A gate's line in the summary: findings, suppressed, what it checked, and its note (why it was
 * skipped, could not evaluate, or ran although not selected), e.g. "2 findings; checked 14 VMs".
 */
export function gateDetail(g: GateRun): string {
  const parts: string[] = [];
  if (g.findings > 0) parts.push(plural(g.findings, 'finding'));
  if (g.suppressed) parts.push(`${g.suppressed} suppressed`);
  const checked = coverageText(g.checked ?? {});
  if (checked) parts.push(`checked ${checked}`);
  if (g.note) parts.push(g.note);
  return parts.join('; ');
}

export function gateLabel(g: Pick<GateRun, 'id' | 'aliases'>): string {
  return g.aliases.length > 0 ? `${g.id} (${g.aliases.join(', ')})` : g.id;
}

/** The report's findings grouped by gate, in the order of the gate runs (unknown gates last). */
export function findingsByGate(report: Report): Array<{ gate: Pick<GateRun, 'id' | 'aliases'>; findings: Finding[] }> {
  const groups: Array<{ gate: Pick<GateRun, 'id' | 'aliases'>; findings: Finding[] }> = [];
  const seen = new Set<string>();
  for (const g of report.gates) {
    seen.add(g.id);
    const findings = report.findings.filter((f) => f.gate === g.id);
    if (findings.length > 0) groups.push({ gate: g, findings });
  }
  for (const f of report.findings) {
    if (seen.has(f.gate)) continue;
    seen.add(f.gate);
    groups.push({ gate: { id: f.gate, aliases: [] }, findings: report.findings.filter((x) => x.gate === f.gate) });
  }
  return groups;
}

/** "2 errors, 1 warning" for a list of findings ("" when none). */
export function severityCounts(findings: readonly Finding[]): string {
  const parts: string[] = [];
  for (const s of ['error', 'warning', 'notice'] as const) {
    const n = findings.filter((f) => f.severity === s).length;
    if (n > 0) parts.push(plural(n, s));
  }
  return parts.join(', ');
}

function editText(e: FixEdit, quote: (text: string) => string): string {
  return `${e.op === 'add' ? 'add' : 'set'} ${quote(e.pointer)} in ${quote(e.file)} ${e.op === 'add' ? 'as' : 'to'} ${quote(JSON.stringify(e.value))}`;
}

/**
 * What a finding's fix would write, one clause per edit (`set … to …`, `add … as …`), with its kind;
 * `quote` wraps the pointer, file and value (Markdown code spans; plain text by default).
 */
export function fixText(f: Finding, quote: (text: string) => string = (t) => t): string | undefined {
  if (!f.fix) return undefined;
  const edits = [f.fix, ...(f.fix.also ?? [])].map((e) => editText(e, quote)).join(', and ');
  return f.fix.kind && f.fix.kind !== f.gate ? `${edits} (${f.fix.kind})` : edits;
}

export function summaryText(report: Report): string {
  const s = report.summary;
  const suppressed = s.suppressed ? ` (${s.suppressed} suppressed)` : '';
  // a green result over a selection says it is one: the gates left out were not checked
  const notSelected = s.notSelected ? ` (${s.notSelected} more not selected)` : '';
  return `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notices, 'notice')}${suppressed}; ${plural(s.files, 'file')}, ${plural(s.gates, 'gate')}${notSelected}, ${report.durationMs} ms`;
}

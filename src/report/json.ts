// The JSON report v1 (PRODUCT.md section 4): 2-space indent, keys in the order of the spec.
// Extension: `matrix` (the VM-container matrix of a live run). Observations are not part of it
// (the snapshot has its own file: `probe --out`).
import type { Finding, Fix, FixEdit, GateRun } from '../gates/types.js';
import type { Report } from './types.js';

function gateJson(g: GateRun): Record<string, unknown> {
  return {
    id: g.id,
    aliases: g.aliases,
    kind: g.kind,
    result: g.result,
    findings: g.findings,
    durationMs: g.durationMs,
    checked: g.checked ?? {},
    ...(g.suppressed ? { suppressed: g.suppressed } : {}),
    ...(g.note !== undefined ? { note: g.note } : {}),
  };
}

function editJson(e: FixEdit): Record<string, unknown> {
  return { file: e.file, pointer: e.pointer, value: e.value, ...(e.op ? { op: e.op } : {}), ...(e.after ? { after: e.after } : {}), ...(e.comment ? { comment: e.comment } : {}) };
}

/** `{file, pointer, value}` as before, plus what further fix kinds carry (kind, op, after, comment, also). */
function fixJson(fix: Fix): Record<string, unknown> {
  return { ...editJson(fix), ...(fix.kind ? { kind: fix.kind } : {}), ...(fix.also ? { also: fix.also.map(editJson) } : {}) };
}

function findingJson(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    gate: f.gate,
    severity: f.severity,
    fingerprint: f.fingerprint,
    message: f.message,
    subject: { kind: f.subject.kind, id: f.subject.id },
    locations: f.locations.map((l) => ({ file: l.file, line: l.line, column: l.column, pointer: l.pointer })),
  };
  if (f.expected !== undefined) out.expected = f.expected;
  if (f.observed !== undefined) out.observed = f.observed;
  out.direction = f.direction;
  if (f.fix) out.fix = fixJson(f.fix);
  if (f.inconclusive) out.inconclusive = true;
  if (f.details !== undefined) out.details = f.details;
  if (f.history !== undefined) out.history = f.history;
  return out;
}

export function reportJson(report: Report): Record<string, unknown> {
  const s = report.summary;
  return {
    version: report.version,
    tool: { name: report.tool.name, version: report.tool.version },
    root: report.root,
    result: report.result,
    durationMs: report.durationMs,
    summary: {
      files: s.files,
      gates: s.gates,
      errors: s.errors,
      warnings: s.warnings,
      notices: s.notices,
      ...(s.suppressed !== undefined ? { suppressed: s.suppressed } : {}),
      ...(s.notSelected !== undefined ? { notSelected: s.notSelected } : {}),
    },
    gates: report.gates.map(gateJson),
    findings: report.findings.map(findingJson),
    ...(report.suppressed?.length ? { suppressed: report.suppressed.map((f) => ({ ...findingJson(f), exception: f.exception })) } : {}),
    ...(report.matrix !== undefined ? { matrix: report.matrix } : {}),
    ...(report.error !== undefined ? { error: report.error } : {}),
    ...(report.history !== undefined ? { history: report.history } : {}),
  };
}

export function renderJson(report: Report): string {
  return `${JSON.stringify(reportJson(report), null, 2)}\n`;
}

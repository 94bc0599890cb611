// A load problem as a report finding (gate `schema`, subject = the file).
import { fingerprint } from '../gates/fingerprint.js';
import type { Finding } from '../gates/types.js';
import type { LoadProblem } from './types.js';

export const SCHEMA_GATE_ID = 'schema';

/**
 * Fingerprint: sha256 over gate, file, code and file#pointer (16 hex digits), computed by the
 * gates' `fingerprint()` so `validate` and `check` give a problem the same identity. A problem
 * without a pointer (YAML syntax, duplicate keys) adds its line:column, so two of them in one file
 * stay two findings.
 */
export function problemToFinding(p: LoadProblem): Finding {
  const subject = { kind: 'file' as const, id: p.location.file };
  const kind = problemKind(p);
  return {
    gate: SCHEMA_GATE_ID,
    severity: p.severity,
    fingerprint: fingerprint(SCHEMA_GATE_ID, subject, kind, [p.location]),
    message: p.message,
    subject,
    locations: [p.location],
    direction: 'inconsistent',
    details: { code: p.code },
  };
}

/** The kind of difference of a problem, for its fingerprint: its code, plus line:column when it has no pointer. */
export function problemKind(p: LoadProblem): string {
  return p.location.pointer === '' ? `${p.code}@${p.location.line}:${p.location.column}` : p.code;
}

/** Sort order of problems and findings: file, line, column, then message. */
export function compareProblems(a: LoadProblem, b: LoadProblem): number {
  const x = a.location;
  const y = b.location;
  return x.file < y.file ? -1 : x.file > y.file ? 1 : x.line - y.line || x.column - y.column || a.message.localeCompare(b.message);
}

// The one shape of a shadow probe's finding: a disabled entry that works again. A notice (it never
// blocks), declared-stale, with the fix that sets its `enabled` to true (health-enable,
// backup-enable, compose-enable).
import type { Ref } from '../../bindings/types.js';
import { sub } from '../gate-helpers.js';
import type { FindingDraft, FixKind } from '../types.js';

export interface WorksAgain {
  /** the finding's kind (part of its fingerprint) */
  kind: string;
  fix: Extract<FixKind, 'health-enable' | 'backup-enable' | 'compose-enable'>;
  subject: FindingDraft['subject'];
  /** the disabled entry */
  entry: Ref;
  /** what the shadow probe saw, ending in "it works again: set enabled: true" */
  message: string;
  observed: unknown;
  details: Record<string, unknown>;
}

export function worksAgain(w: WorksAgain): FindingDraft {
  const ref = sub(w.entry, 'enabled');
  return {
    kind: w.kind,
    severity: 'notice',
    subject: w.subject,
    at: [ref],
    message: w.message,
    expected: false,
    observed: w.observed,
    direction: 'declared-stale',
    fix: { kind: w.fix, file: ref.file, pointer: ref.pointer, value: true },
    details: { ...w.details, shadow: true },
  };
}

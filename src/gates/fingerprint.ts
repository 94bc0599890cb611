// A stable identity for a finding: the same drift gets the same fingerprint run after run,
// whatever its line numbers or wording (renderers, PR comments and exceptions rely on it).
import { createHash } from 'node:crypto';
import type { Location, Ref } from '../bindings/types.js';
import type { SubjectKind } from './types.js';

/** sha256 over gate, subject, kind of difference and the sorted file#pointer of every place; 16 hex digits. */
export function fingerprint(
  gate: string,
  subject: { kind: SubjectKind; id: string },
  kind: string,
  places: ReadonlyArray<Ref | Location> = [],
): string {
  const pointers = [...new Set(places.map((p) => `${p.file}#${p.pointer}`))].sort();
  const input = [gate, subject.kind, subject.id, kind, ...pointers].join('\u0000');
  return createHash('sha256').update(input).digest('hex').slice(0, 16);
}

// Entries with a suspected rename (src/renames) are not judged on the field the key seems to spell:
// a gate that uses their kind drops what it concluded about them (it may come from the field's
// default: a defaulted status, "has no ssh_target") and says so in one inconclusive line per file,
// kind and key, with the config line that declares the spelling. Never a pass, never a false finding.
import { posix } from 'node:path';
import { atOrBelow, locate } from '../bindings/locate.js';
import { candidates } from '../bindings/set-aside-invalid.js';
import type { Model, Ref, UncertainField } from '../bindings/types.js';
import { affectedKinds, COVERAGE_DETAIL, KIND_LABELS, SUBJECT } from './coverage.js';
import type { FindingDraft, GateDef } from './types.js';

const ticked = (names: readonly string[]): string => names.map((n) => `\`${n}\``).join(' or ');

function lineOf(m: Model, u: UncertainField): FindingDraft {
  const at = locate(m, u.first);
  const labels = KIND_LABELS[u.kind];
  const n = u.entries.length;
  const who = `${n} ${n === 1 ? labels.one : labels.many} of ${posix.basename(u.file)}`;
  const first = `first at ${posix.basename(u.file)}:${at.line}`;
  const message = u.confident
    ? `${who} ${n === 1 ? 'uses' : 'use'} \`${u.key}\` where \`${u.fields[0]}\` is expected (${first}); not judged on ${u.fields[0]}, so drift cannot be ruled out; declare it: ${u.declare[0]}`
    : `${who} ${n === 1 ? 'uses' : 'use'} \`${u.key}\`, which may stand for ${ticked(u.fields)}: driftgate cannot tell which field (${first}); not judged on ${u.fields.join(' or ')}, so drift cannot be ruled out; declare the right one: ${u.declare.join(', or ')}`;
  return {
    message,
    subject: { kind: 'file', id: u.file },
    at: [u.first],
    kind: `uncertain-field:${u.kind}`,
    severity: 'warning',
    direction: 'unknown',
    inconclusive: true,
    details: { [COVERAGE_DETAIL]: 'uncertain-field', key: u.key, fields: u.fields, entries: u.entries.map((e) => e.pointer) },
  };
}

const inside = (at: FindingDraft['at'][number], entry: Ref): boolean => 'pointer' in at && atOrBelow(at, entry);

/** The gate's drafts without those about entries with a suspected rename of a kind it uses, plus one line per suspect. */
export function withUncertainFields(gate: Pick<GateDef, 'judges' | 'reads'>, m: Model, drafts: readonly FindingDraft[]): FindingDraft[] {
  const kinds = affectedKinds(gate);
  const mine = m.uncertain.filter((u) => kinds.includes(u.kind));
  if (mine.length === 0) return [...drafts];
  const entries = mine.flatMap((u) => u.entries.map((e) => ({ kind: u.kind, ref: e })));
  const pointers = new Set(entries.map((e) => `${e.ref.file}\u0000${e.ref.pointer}`));
  const subjects = new Set(
    candidates(m)
      .filter((c) => pointers.has(`${c.ref.file}\u0000${c.ref.pointer}`))
      .flatMap((c) => [c.id, ...(c.names ?? [])].map((id) => `${SUBJECT[c.kind]}\u0000${id}`)),
  );
  const about = (d: FindingDraft): boolean => subjects.has(`${d.subject.kind}\u0000${d.subject.id}`) || d.at.some((at) => entries.some((e) => inside(at, e.ref)));
  return [...drafts.filter((d) => !about(d)), ...mine.map((u) => lineOf(m, u))];
}

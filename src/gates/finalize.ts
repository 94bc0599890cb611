// Turns what a gate returned (a draft) into a report finding: locations resolved, severity
// decided, fingerprint computed. Pure; the one place where these rules live.
import { locate } from '../bindings/locate.js';
import type { Location, Model, Ref } from '../bindings/types.js';
import type { GateSetting } from '../config/types.js';
import { fingerprint } from './fingerprint.js';
import type { Finding, FindingDraft, GateDef } from './types.js';

export function isLocation(place: Ref | Location): place is Location {
  return typeof (place as Location).line === 'number';
}

/** The severity override the config sets for a gate (by id, else by any alias). */
export function gateSetting(gate: GateDef, settings: Record<string, GateSetting>): GateSetting | undefined {
  if (settings[gate.id]) return settings[gate.id];
  for (const alias of gate.aliases) {
    const hit = settings[alias] ?? settings[alias.toLowerCase()] ?? settings[alias.toUpperCase()];
    if (hit) return hit;
  }
  return undefined;
}

export function finalizeDraft(gate: GateDef, draft: FindingDraft, model: Model, setting?: GateSetting): Finding {
  const locations = draft.at.map((place) => (isLocation(place) ? place : locate(model, place)));
  const own = draft.severity ?? gate.severity;
  // the config sets how much a gate's problems weigh (error blocks, warning does not); a notice is
  // information, not a problem, and stays a notice whatever the gate's weight
  const severity = setting && setting !== 'off' && own !== 'notice' ? setting : own;
  const finding: Finding = {
    gate: gate.id,
    severity,
    fingerprint: fingerprint(gate.id, draft.subject, draft.kind, draft.at),
    message: draft.message,
    subject: draft.subject,
    locations,
    direction: draft.direction ?? 'inconsistent',
  };
  if (draft.expected !== undefined) finding.expected = draft.expected;
  if (draft.observed !== undefined) finding.observed = draft.observed;
  if (draft.fix) finding.fix = draft.fix;
  if (draft.inconclusive) finding.inconclusive = true;
  if (draft.details) finding.details = draft.details;
  return finding;
}

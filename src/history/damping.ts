// Damping (N of M): which rule judges a gate's findings, and what a finding's history makes of it.
// A live error seen in fewer than N of the last M runs is `pending`: reported as a warning, it does
// not block (exit 1) and keeps the run `inconclusive` (something failed and is not confirmed, so
// the run is never `pass`). A finding that changed more than K times in those M runs is `flapping`:
// a warning, never blocking, never a fix. A fix needs the same value in F consecutive runs. This holds
// from the first run recorded in a new state on; only a run without any state (no --state, or the
// state unavailable) is judged as before, its fixes marked "evidence: this run only".
import { fullRule } from '../config/history-settings.js';
import type { DampingRule, HistorySettings } from '../config/types.js';
import type { Finding, GateRun } from '../gates/types.js';
import type { FindingHistory } from './types.js';

/** The rule of a gate: `default`, then its entry by id, then entries by an alias (a config's `D23:` over the built-in `health:`). */
export function ruleFor(settings: HistorySettings, gate: Pick<GateRun, 'id' | 'aliases'>): DampingRule {
  const aliases = Object.keys(settings.damping).filter((k) => k !== 'default' && k !== gate.id && gate.aliases.some((a) => a.toLowerCase() === k.toLowerCase()));
  const rule: DampingRule = Object.assign(fullRule(settings, gate.id), ...aliases.map((k) => settings.damping[k]));
  // an id rule and an alias rule may combine into more sightings than the window holds
  return { ...rule, seen: Math.min(rule.seen, rule.of) };
}

/**
 * Applies the decision of `h` to a live finding: damped errors become warnings (the history keeps
 * the severity they had). Returns the finding to report.
 */
export function damp(f: Finding, h: FindingHistory, rule: DampingRule, sameFixRuns: number): Finding {
  const out: Finding = { ...f, history: h };
  const flapping = h.flips > rule.maxFlips;
  if (flapping) h.status = 'flapping';
  const blocking = f.severity === 'error' && !f.inconclusive;
  if (blocking && flapping) h.damped = 'flapping';
  else if (blocking && h.seen < rule.seen) {
    h.damped = 'pending';
    h.blocksAt = { seen: rule.seen, of: rule.of };
  }
  if (h.damped) {
    h.severity = f.severity;
    out.severity = 'warning';
  }
  if (f.fix) h.fix = { state: flapping ? 'never' : sameFixRuns >= rule.fixRuns ? 'ready' : 'pending', runs: sameFixRuns, need: rule.fixRuns };
  return out;
}

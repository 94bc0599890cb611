// The heartbeat: a nightly that stopped running is itself a finding. A static-only run (the PR
// check) reads the state and warns when its last successful live run (one that judged: result
// other than `error`) is older than `history.heartbeat_hours`;
// a live run notes when the run before it was that long ago (nightlies were missed in between).
// Gate id `heartbeat` (not a catalog gate): `gates: {heartbeat: error|warning|off}` sets its weight.
import type { GateSetting, ResolvedConfig } from '../config/types.js';
import { fingerprint } from '../gates/fingerprint.js';
import type { Finding, Severity } from '../gates/types.js';

export const HEARTBEAT_GATE = 'heartbeat';

/** "2026-02-11 03:17 UTC" */
export function utcMinute(iso: string): string {
  const d = new Date(iso);
  return Number.isFinite(d.getTime()) ? `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC` : iso;
}

function hoursBetween(from: string, to: Date): number {
  return (to.getTime() - Date.parse(from)) / 3_600_000;
}

function finding(source: string, kind: string, severity: Severity, message: string, extra: Partial<Finding>): Finding {
  const subject = { kind: 'file' as const, id: source };
  return {
    gate: HEARTBEAT_GATE,
    severity,
    fingerprint: fingerprint(HEARTBEAT_GATE, subject, kind),
    message,
    subject,
    locations: [],
    direction: 'unknown',
    ...extra,
  };
}

function setting(config: ResolvedConfig): GateSetting | undefined {
  return config.gates[HEARTBEAT_GATE];
}

/**
 * For a static-only run: a warning when the last live run is too old, a notice when none is
 * recorded yet; nothing while the nightly keeps up (or with `gates: {heartbeat: off}`).
 */
export function staleNightly(lastLiveRun: string | undefined, source: string, config: ResolvedConfig, now: Date): Finding | undefined {
  const weight = setting(config);
  if (weight === 'off') return undefined;
  const limit = config.history.heartbeatHours;
  if (lastLiveRun === undefined) {
    return finding(source, 'no-live-run', 'notice', `no live run is recorded in ${source} yet: the nightly has not run with this state, so live drift is not being checked`, {
      expected: `a live run within ${limit} h`,
      observed: 'none recorded',
    });
  }
  const age = hoursBetween(lastLiveRun, now);
  if (age <= limit) return undefined;
  return finding(
    source,
    'stale',
    weight ?? 'warning',
    `the last live run recorded in ${source} was at ${utcMinute(lastLiveRun)}, more than ${limit} h ago: the nightly has not run (or could not record its result) since; check its schedule, its runner and its job log`,
    { expected: `a live run within ${limit} h`, observed: utcMinute(lastLiveRun), details: { ageHours: Math.round(age) } },
  );
}

/** For a live run: a notice when the run before it was more than the heartbeat age earlier. */
export function missedNightlies(previous: string | undefined, at: string, source: string, config: ResolvedConfig): Finding | undefined {
  if (previous === undefined || setting(config) === 'off') return undefined;
  const gap = hoursBetween(previous, new Date(at));
  const limit = config.history.heartbeatHours;
  if (gap <= limit) return undefined;
  return finding(
    source,
    'gap',
    'notice',
    `the previous live run recorded in ${source} was at ${utcMinute(previous)}, ${Math.round(gap)} h before this one (more than ${limit} h): nightlies were missed in between`,
    { expected: `a live run within ${limit} h`, observed: utcMinute(previous), details: { gapHours: Math.round(gap) } },
  );
}

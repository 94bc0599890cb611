// How long a running container has been up without a restart: from its start time (docker inspect
// State.StartedAt, which every restart resets) when the snapshot has it, else read conservatively
// from Docker's status text ("Up 3 hours" is at least 2.5 hours). Decides whether a stale
// `stopped`/`parked` entry may be proposed `active`: a crash-looping container caught while up is not.
import { statusUptimeMs } from '../../probes/containers.js';
import type { ContainerObservation } from '../../probes/types.js';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface Uptime {
  /** up at least this long (ms); undefined when it cannot be told */
  ms?: number;
  /** where `ms` comes from */
  basis: 'start-time' | 'status-text' | 'unknown';
}

/** The container's uptime at `at` (the time its stack was observed). */
export function containerUptime(c: ContainerObservation, at: Date): Uptime {
  const started = c.startedAt ? Date.parse(c.startedAt) : NaN;
  if (Number.isFinite(started) && Number.isFinite(at.getTime())) return { ms: Math.max(0, at.getTime() - started), basis: 'start-time' };
  const fromText = statusUptimeMs(c.status);
  return fromText === undefined ? { basis: 'unknown' } : { ms: fromText, basis: 'status-text' };
}

/** "20 s", "45 min", "3 h", "2 d" */
export function shortDuration(ms: number): string {
  if (ms < MINUTE) return `${Math.floor(ms / SECOND)} s`;
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min`;
  if (ms < 2 * DAY) return `${Math.floor(ms / HOUR)} h`;
  return `${Math.floor(ms / DAY)} d`;
}

/**
 * Why a running container does not count as recovered yet ("running for 20 s after 3 restarts"),
 * or undefined when it has been up for at least `minMs`.
 */
export function notYetStable(c: ContainerObservation, at: Date, minMs: number): string | undefined {
  const up = containerUptime(c, at);
  if (up.ms !== undefined && up.ms >= minMs) return undefined;
  const restarts = c.restartCount ? ` after ${c.restartCount} restart${c.restartCount === 1 ? '' : 's'}` : '';
  const oom = c.oomKilled ? ' (the last exit was an OOM kill)' : '';
  if (up.basis === 'start-time') return `running for ${shortDuration(up.ms ?? 0)}${restarts}${oom}`;
  if (up.basis === 'status-text') return `running for ${shortDuration(up.ms ?? 0)}${restarts}${oom} (from its status "${c.status}"; no start time observed)`;
  return `running, for how long is unknown (status "${c.status}"; no start time observed)`;
}

/** How long an exited container has been down at `at`: from its finish time, else read from "Exited (1) 3 hours ago". */
function containerDowntime(c: ContainerObservation, at: Date): Uptime {
  const finished = c.finishedAt ? Date.parse(c.finishedAt) : NaN;
  if (Number.isFinite(finished) && Number.isFinite(at.getTime())) return { ms: Math.max(0, at.getTime() - finished), basis: 'start-time' };
  const m = /^Exited\s+\(-?\d+\)\s+(.+?)\s+ago$/i.exec(c.status.trim());
  const fromText = m?.[1] ? statusUptimeMs(`Up ${m[1]}`) : undefined;
  return fromText === undefined ? { basis: 'unknown' } : { ms: fromText, basis: 'status-text' };
}

/**
 * Why an exited container does not count as settled yet ("exited 5 min ago"), or undefined when it
 * has been down for at least `minMs`. A container that restarts is never settled.
 */
export function notYetDown(c: ContainerObservation, at: Date, minMs: number): string | undefined {
  if (c.state !== 'exited' && c.state !== 'dead') return `${c.state}, not exited`;
  const down = containerDowntime(c, at);
  if (down.ms !== undefined && down.ms >= minMs) return undefined;
  if (down.ms === undefined) return `exited, for how long is unknown (status "${c.status}"; no finish time observed)`;
  return `exited ${shortDuration(down.ms)} ago`;
}

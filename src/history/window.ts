// Reading a finding's presence string (one character per recorded run, oldest first): streaks,
// the damping window, flips, and how long its fix has asked for the same value. Pure.
import type { FindingRecord, RunRecord } from './types.js';

export interface Streak {
  /** runs seen in a row up to `end` (unknown runs skipped) */
  runs: number;
  /** ISO time of the first run of the streak ('' when runs is 0) */
  since: string;
}

/**
 * The streak of runs the finding was seen in, ending at run index `end` (default: the last run):
 * `1` counts, `?` is skipped, `0` ends it; a streak reaching back past the kept runs adds `carried`.
 */
export function streak(rec: FindingRecord, runs: readonly RunRecord[], end = rec.seen.length - 1): Streak {
  let count = 0;
  let since = '';
  for (let i = end; i >= 0; i--) {
    const c = rec.seen[i];
    if (c === '0') return { runs: count, since };
    if (c === '1') {
      count++;
      since = runs[i]?.at ?? since;
    }
  }
  if (count > 0 && rec.carried) return { runs: count + rec.carried.runs, since: rec.carried.since };
  return { runs: count, since };
}

/** The last `of` characters (the damping window, this run included). */
export function windowOf(seen: string, of: number): string {
  return seen.slice(Math.max(0, seen.length - of));
}

export function countSeen(window: string): number {
  return [...window].filter((c) => c === '1').length;
}

/** Changes between seen and not seen, unknown runs ignored: "1011" has 2. */
export function flips(window: string): number {
  let n = 0;
  let last: string | undefined;
  for (const c of window) {
    if (c === '?') continue;
    if (last !== undefined && c !== last) n++;
    last = c;
  }
  return n;
}

/** Consecutive runs (from the last) in which the finding was seen asking for the same fix value. */
export function fixStreak(rec: FindingRecord): number {
  const fixes = rec.fixes ?? [];
  const value = fixes[fixes.length - 1];
  if (!value) return 0;
  let n = 0;
  for (let i = rec.seen.length - 1; i >= 0; i--) {
    const c = rec.seen[i];
    if (c === '?') continue;
    if (c !== '1' || fixes[i] !== value) break;
    n++;
  }
  return n;
}

/** Index of the last run the finding was seen in, or -1. */
export function lastSeenIndex(seen: string): number {
  return seen.lastIndexOf('1');
}

/** Seen in the previous known run and not seen in this (last) one: resolved by this run. */
export function resolvedNow(seen: string): boolean {
  if (!seen.endsWith('0')) return false;
  for (let i = seen.length - 2; i >= 0; i--) {
    if (seen[i] === '?') continue;
    return seen[i] === '1';
  }
  return false;
}

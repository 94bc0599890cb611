// Run history: the state document the live runs write (one JSON file, bounded) and the views the
// report shows (a `history` object per finding, `history` of the report). See README "Run history".
import type { Severity, SubjectKind } from '../gates/types.js';
import type { RunResult } from '../report/types.js';

export const STATE_VERSION = 1;

/**
 * A finding's presence in one recorded run: `1` seen, `0` not seen while its gate judged,
 * `?` unknown (its gate did not run, could not judge, or an exception suppressed the finding).
 */
export type Presence = '1' | '0' | '?';

/** One recorded live run. */
export interface RunRecord {
  /** unique per run: the time its probes started (a snapshot judged twice is one run) */
  id: string;
  /** ISO 8601 */
  at: string;
  result: RunResult;
}

/** What the state remembers of one finding, by fingerprint. */
export interface FindingRecord {
  gate: string;
  /** as last seen */
  severity: Severity;
  subject: { kind: SubjectKind; id: string };
  /** as last seen (already redacted by the report) */
  message: string;
  /** the first location as last seen, for links */
  file?: string;
  line?: number;
  /** ISO time of the first run it was seen in (kept while the state remembers the finding) */
  firstSeen: string;
  /** presence per recorded run, oldest first; always as long as `runs` */
  seen: string;
  /** the JSON of the value its fix would write, per recorded run ('' = no fix or not seen) */
  fixes?: string[];
  /** the part of the current streak older than the kept runs: how many runs, since when */
  carried?: { runs: number; since: string };
}

export interface HistoryState {
  version: typeof STATE_VERSION;
  /** oldest first, at most `history.keep_runs` */
  runs: RunRecord[];
  findings: Record<string, FindingRecord>;
}

/** The `history` object of a finding in the report (JSON report v1, additive). */
export interface FindingHistory {
  /** new: first seen in this run; open: seen before; flapping: comes and goes */
  status: 'new' | 'open' | 'flapping';
  /** absent in a static-only run for a finding the live runs never saw */
  firstSeen?: string;
  /** start of the current streak of runs it was seen in (absent when the streak is 0) */
  since?: string;
  /** consecutive runs it was seen in, this one included (runs that could not judge it are skipped) */
  runs: number;
  /** the damping window: seen in `seen` of the last `of` runs, with `flips` changes */
  seen: number;
  of: number;
  flips: number;
  /** pending: an error seen in fewer than N of the last M runs; flapping: more than K flips. Either is reported as a warning */
  damped?: 'pending' | 'flapping';
  /** the severity before damping */
  severity?: Severity;
  /** pending: what it takes to block */
  blocksAt?: { seen: number; of: number };
  /** a finding with a fix: ready (same value in `need` consecutive runs), pending, or never (flapping) */
  fix?: { state: 'ready' | 'pending' | 'never'; runs: number; need: number };
  /** the first run recorded in this state: nothing earlier to compare with (damping still applies) */
  evidence?: 'this-run-only';
}

/** A finding of the previous runs that this live run no longer sees. */
export interface ResolvedFinding {
  fingerprint: string;
  gate: string;
  subject: { kind: SubjectKind; id: string };
  message: string;
  firstSeen: string;
  lastSeen: string;
  /** the streak it ended with */
  runs: number;
}

/** The `history` of the report. */
export interface ReportHistory {
  /** where the state lives: a file path or branch:path */
  source: string;
  /** recorded: this live run was added to the state; read: a static-only run that only reads it */
  mode: 'recorded' | 'read';
  /** the state could not be read: why (the run went on without history) */
  unavailable?: string;
  /** the last live run: this one when recorded */
  lastLiveRun?: string;
  /** the live run before this one (recorded runs) */
  previousLiveRun?: string;
  /** live runs in the state (this one included when recorded) */
  runs: number;
  /** gone since the previous live run (recorded runs only) */
  resolved: ResolvedFinding[];
}

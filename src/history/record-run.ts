// Adds one live run to the state: every finding of the run marked seen, every remembered finding
// marked not seen (its gate judged) or unknown (its gate could not judge, or an exception hid it).
// A run close after the previous one (a re-run, `fix` after `check`) replaces it instead of adding
// one. The state stays bounded: at most `keepRuns` runs, findings no kept run saw are forgotten.
// Pure; recording the same run twice gives the same state.
import type { Finding } from '../gates/types.js';
import { redactText } from '../report/build-report.js';
import type { FindingRecord, HistoryState, Presence, RunRecord } from './types.js';
import { STATE_VERSION } from './types.js';

/** At most this many findings are remembered (the most recently seen win). */
export const MAX_FINDINGS = 5_000;
/** Messages are cut to this length in the state. */
const MAX_MESSAGE = 400;

export interface RunInput {
  run: RunRecord;
  /** the run's findings after exceptions, before damping */
  findings: readonly Finding[];
  /** gates that judged completely in this run: a remembered finding of theirs that is absent is resolved */
  judged: ReadonlySet<string>;
  /** fingerprints an exception suppressed in this run (unknown, not resolved) */
  suppressed?: ReadonlySet<string>;
  /** gates never recorded (e.g. the heartbeat) */
  skipGates?: ReadonlySet<string>;
}

export interface RecordSettings {
  keepRuns: number;
  minGapMinutes: number;
}

export function emptyState(): HistoryState {
  return { version: STATE_VERSION, runs: [], findings: {} };
}

function clone(state: HistoryState): HistoryState {
  return JSON.parse(JSON.stringify(state)) as HistoryState;
}

/** Whether `run` takes the place of the state's last run instead of following it. */
export function replacesLast(state: HistoryState, run: RunRecord, minGapMinutes: number): boolean {
  const last = state.runs[state.runs.length - 1];
  if (!last) return false;
  if (last.id === run.id) return true;
  const gap = Date.parse(run.at) - Date.parse(last.at);
  return Number.isFinite(gap) && gap >= 0 && gap < minGapMinutes * 60_000;
}

/** No kept run saw it (not seen, or unknown for the whole window): forgotten. */
function forgettable(rec: FindingRecord): boolean {
  return !rec.seen.includes('1');
}

function popLast(state: HistoryState): void {
  state.runs.pop();
  for (const [fp, rec] of Object.entries(state.findings)) {
    rec.seen = rec.seen.slice(0, -1);
    rec.fixes?.pop();
    if (forgettable(rec)) delete state.findings[fp];
  }
}

function dropFirst(state: HistoryState): void {
  const dropped = state.runs.shift();
  for (const rec of Object.values(state.findings)) {
    const c = rec.seen[0];
    rec.seen = rec.seen.slice(1);
    rec.fixes?.shift();
    if (c === '0') delete rec.carried;
    else if (c === '1' && dropped) rec.carried = { runs: (rec.carried?.runs ?? 0) + 1, since: rec.carried?.since ?? dropped.at };
  }
}

function describe(rec: FindingRecord, f: Finding): void {
  rec.gate = f.gate;
  rec.severity = f.severity;
  rec.subject = { kind: f.subject.kind, id: f.subject.id };
  const message = redactText(f.message);
  rec.message = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
  const at = f.locations[0];
  if (at) {
    rec.file = at.file;
    rec.line = at.line;
  } else {
    delete rec.file;
    delete rec.line;
  }
}

/** The value a finding's fix writes (with the values of its further edits), as recorded per run. */
function fixValue(f: Finding | undefined): string {
  if (!f?.fix) return '';
  return JSON.stringify(f.fix.also ? [f.fix.value, ...f.fix.also.map((e) => e.value)] : f.fix.value);
}

function trimFindings(state: HistoryState): void {
  const entries = Object.entries(state.findings);
  if (entries.length <= MAX_FINDINGS) return;
  entries.sort(([, a], [, b]) => b.seen.lastIndexOf('1') - a.seen.lastIndexOf('1'));
  state.findings = Object.fromEntries(entries.slice(0, MAX_FINDINGS));
}

export function recordRun(prev: HistoryState, input: RunInput, settings: RecordSettings): HistoryState {
  const state = clone(prev);
  if (replacesLast(state, input.run, settings.minGapMinutes)) popLast(state);
  state.runs.push({ ...input.run });
  const tonight = new Map<string, Finding>();
  for (const f of input.findings) if (!input.skipGates?.has(f.gate)) tonight.set(f.fingerprint, f);

  for (const [fp, rec] of Object.entries(state.findings)) {
    const f = tonight.get(fp);
    const presence: Presence = f ? '1' : input.suppressed?.has(fp) || !input.judged.has(rec.gate) ? '?' : '0';
    rec.seen += presence;
    if (rec.fixes || f?.fix) rec.fixes = [...(rec.fixes ?? Array<string>(rec.seen.length - 1).fill('')), fixValue(f)];
    if (f) describe(rec, f);
  }
  for (const [fp, f] of tonight) {
    if (state.findings[fp]) continue;
    const before = state.runs.length - 1;
    const rec: FindingRecord = { gate: f.gate, severity: f.severity, subject: f.subject, message: '', firstSeen: input.run.at, seen: `${'0'.repeat(before)}1` };
    if (f.fix) rec.fixes = [...Array<string>(before).fill(''), fixValue(f)];
    describe(rec, f);
    state.findings[fp] = rec;
  }

  while (state.runs.length > settings.keepRuns) dropFirst(state);
  for (const [fp, rec] of Object.entries(state.findings)) {
    if (forgettable(rec)) delete state.findings[fp];
    else if (rec.fixes?.every((v) => v === '')) delete rec.fixes;
  }
  trimFindings(state);
  return state;
}

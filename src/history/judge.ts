// Run history in the check pipeline: a live run is recorded (in memory here; saved by the caller)
// and each finding gets its `history` (new / open for N runs since DATE / flapping) and its damping;
// the report gets what was resolved since the previous run. A static-only run only reads the state
// (the history of its findings as the live runs saw them, and the heartbeat). Pure.
import type { ResolvedConfig } from '../config/types.js';
import { settleRuns } from '../gates/run-gates.js';
import type { Finding, GateRun } from '../gates/types.js';
import { damp, ruleFor } from './damping.js';
import { HEARTBEAT_GATE, missedNightlies, staleNightly } from './heartbeat.js';
import { emptyState, recordRun, type RunInput } from './record-run.js';
import type { FindingHistory, FindingRecord, HistoryState, ReportHistory, ResolvedFinding, RunRecord } from './types.js';
import { countSeen, fixStreak, flips, lastSeenIndex, resolvedNow, streak, windowOf } from './window.js';

export interface JudgeInput {
  /** the run's findings, after exceptions */
  findings: Finding[];
  runs: GateRun[];
  /** findings folded into a root cause (not listed; their gates stay inconclusive) */
  folded?: readonly Finding[];
  config: ResolvedConfig;
  now: Date;
  /** where the state lives (for messages) */
  source: string;
  /** the stored state; undefined when there is none yet */
  prev: HistoryState | undefined;
  /** a live run, to be recorded; absent for a static-only run (which only reads) */
  live?: { run: RunRecord; suppressed: ReadonlySet<string> };
}

export interface JudgeOutput {
  findings: Finding[];
  runs: GateRun[];
  history: ReportHistory;
  /** what to save (live runs): re-applied on the latest state when the store has changed meanwhile */
  record?: RunInput;
}

const JUDGED: ReadonlySet<string> = new Set(['pass', 'fail', 'warn']);

/** Gates that judged all of their inputs: a finding of theirs that is absent is resolved. */
function judgedGates(runs: readonly GateRun[], findings: readonly Finding[]): Set<string> {
  const partial = new Set(findings.filter((f) => f.inconclusive).map((f) => f.gate));
  const judged = new Set(runs.filter((r) => JUDGED.has(r.result) && !partial.has(r.id)).map((r) => r.id));
  // the exceptions of the config are checked on every run (expired ones are findings of gate `config`)
  judged.add('config');
  return judged;
}

/** The last live run that judged (a run whose gates crashed, result `error`, does not count). */
export function lastSuccessfulRun(state: HistoryState | undefined): string | undefined {
  return state?.runs.filter((r) => r.result !== 'error').at(-1)?.at;
}

function view(rec: FindingRecord, state: HistoryState, of: number, tonight?: string): FindingHistory {
  const s = streak(rec, state.runs);
  const w = windowOf(rec.seen, of);
  const isNew = tonight !== undefined ? rec.firstSeen === tonight : s.runs === 0;
  const h: FindingHistory = { status: isNew ? 'new' : 'open', firstSeen: rec.firstSeen, runs: s.runs, seen: countSeen(w), of: w.length, flips: flips(w) };
  if (s.since) h.since = s.since;
  return h;
}

function resolvedIn(state: HistoryState): ResolvedFinding[] {
  const out: ResolvedFinding[] = [];
  for (const [fingerprint, rec] of Object.entries(state.findings)) {
    if (!resolvedNow(rec.seen)) continue;
    const last = lastSeenIndex(rec.seen);
    out.push({
      fingerprint,
      gate: rec.gate,
      subject: rec.subject,
      message: rec.message,
      firstSeen: rec.firstSeen,
      lastSeen: state.runs[last]?.at ?? rec.firstSeen,
      runs: streak(rec, state.runs, last).runs,
    });
  }
  return out.sort((a, b) => a.gate.localeCompare(b.gate) || a.subject.id.localeCompare(b.subject.id) || a.message.localeCompare(b.message));
}

/**
 * Gate results after damping, settled from the findings as reported: a gate whose errors were all
 * damped warns instead of failing (it did judge its inputs; the run's result stays `inconclusive`
 * while an error is pending, see reportResult). The note counts what waits for confirmation.
 */
export function regate(runs: readonly GateRun[], findings: readonly Finding[], folded: readonly Finding[] = []): GateRun[] {
  return settleRuns(runs, findings, undefined, folded).map((r) => {
    const pending = findings.filter((f) => f.gate === r.id && f.history?.damped === 'pending').length;
    if (r.result === 'skipped' || r.result === 'error' || pending === 0) return r;
    // the finding count is the run's own (the report shows it); the note says how many wait
    return { ...r, note: [r.note, `${pending} pending confirmation (N of M runs)`].filter(Boolean).join('; ') };
  });
}

function judgeLive(input: JudgeInput, live: NonNullable<JudgeInput['live']>): JudgeOutput {
  const settings = input.config.history;
  const record: RunInput = {
    run: live.run,
    findings: input.findings,
    judged: judgedGates(input.runs, input.findings),
    suppressed: live.suppressed,
    skipGates: new Set([HEARTBEAT_GATE]),
  };
  const next = recordRun(input.prev ?? emptyState(), record, settings);
  const firstRun = next.runs.length === 1;
  const gates = new Map(input.runs.map((r) => [r.id, r]));
  const findings = input.findings.map((f) => {
    const rec = next.findings[f.fingerprint];
    const gate = gates.get(f.gate);
    if (!rec) return f;
    const rule = ruleFor(settings, gate ?? { id: f.gate, aliases: [] });
    const h = view(rec, next, rule.of, live.run.at);
    if (firstRun) h.evidence = 'this-run-only';
    return gate?.kind === 'live' ? damp(f, h, rule, fixStreak(rec)) : { ...f, history: h };
  });
  const previous = next.runs[next.runs.length - 2]?.at;
  const missed = missedNightlies(previous, live.run.at, input.source, input.config);
  return {
    findings: missed ? [...findings, missed] : findings,
    runs: regate(input.runs, findings, input.folded),
    record,
    history: {
      source: input.source,
      mode: 'recorded',
      lastLiveRun: live.run.at,
      ...(previous ? { previousLiveRun: previous } : {}),
      runs: next.runs.length,
      resolved: resolvedIn(next),
    },
  };
}

function judgeRead(input: JudgeInput): JudgeOutput {
  const state = input.prev;
  const last = lastSuccessfulRun(state);
  const findings = input.findings.map((f) => {
    const rec = state?.findings[f.fingerprint];
    if (!state) return f;
    if (!rec) return { ...f, history: { status: 'new' as const, runs: 0, seen: 0, of: 0, flips: 0 } };
    const gate = input.runs.find((r) => r.id === f.gate);
    return { ...f, history: view(rec, state, ruleFor(input.config.history, gate ?? { id: f.gate, aliases: [] }).of) };
  });
  const stale = staleNightly(last, input.source, input.config, input.now);
  return {
    findings: stale ? [...findings, stale] : findings,
    runs: input.runs,
    history: { source: input.source, mode: 'read', ...(last ? { lastLiveRun: last } : {}), runs: state?.runs.length ?? 0, resolved: [] },
  };
}

export function judgeHistory(input: JudgeInput): JudgeOutput {
  return input.live ? judgeLive(input, input.live) : judgeRead(input);
}

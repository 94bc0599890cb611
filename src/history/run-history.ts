// The run history's place in the check pipeline: read the state, judge the findings with it (a live
// run is recorded in memory and its findings damped; a static-only run only reads), and, after the
// report is out, save the live run (compare-and-swap, retried on conflicts).
import type { ResolvedConfig } from '../config/types.js';
import { errorMessage, UserError } from '../core/errors.js';
import { EXIT_ERROR } from '../core/exit-codes.js';
import type { Io } from '../core/io.js';
import { sortFindings } from '../gates/sort-findings.js';
import type { Finding, GateRun } from '../gates/types.js';
import type { Observations } from '../probes/types.js';
import { reportResult } from '../report/result.js';
import { judgeHistory, lastSuccessfulRun } from './judge.js';
import type { RunInput } from './record-run.js';
import { loadState, saveRun, type HistoryStore } from './store.js';
import type { HistoryState, ReportHistory } from './types.js';

export interface HistoryOptions {
  store: HistoryStore;
  /** true (CLI --state): an unusable state or a failed save is an error (exit 2); false (Action): a warning, the run goes on */
  strict: boolean;
  /** where warnings go (default: stderr) */
  warn?: (message: string) => void;
}

/** What the caller saves once the report is out (live runs only). */
export interface HistoryOutcome {
  options: HistoryOptions;
  record?: RunInput;
  config: ResolvedConfig;
}

export interface HistoryInput {
  /** findings as the gates reported them, before exceptions and folding (to tell hidden from resolved) */
  raw: readonly Finding[];
  /** the findings the report lists (after exceptions and root-cause folding) */
  findings: Finding[];
  /** findings folded into a root cause: not listed, their gates stay inconclusive */
  folded?: readonly Finding[];
  runs: GateRun[];
  config: ResolvedConfig;
  now: Date;
  /** present for a live run (probed or from a snapshot): the run is recorded */
  observations?: Observations;
}

export interface HistoryApplied {
  findings: Finding[];
  runs: GateRun[];
  history: ReportHistory;
  outcome: HistoryOutcome;
}

function warn(options: HistoryOptions, io: Io, message: string): void {
  if (options.warn) options.warn(message);
  else io.stderr(`driftgate: warning: ${message}\n`);
}

function unusable(options: HistoryOptions, io: Io, error: unknown, what: string): string {
  const message = errorMessage(error);
  if (options.strict) throw new UserError(message, EXIT_ERROR);
  warn(options, io, `${what}: ${message}`);
  return message;
}

export async function applyRunHistory(options: HistoryOptions, input: HistoryInput, io: Io): Promise<HistoryApplied> {
  const source = options.store.source;
  const mode = input.observations ? 'recorded' : 'read';
  let prev: HistoryState | undefined;
  try {
    prev = await loadState(options.store);
  } catch (error) {
    const why = unusable(options, io, error, 'run history unavailable, judging without it');
    return { findings: input.findings, runs: input.runs, history: { source, mode, unavailable: why, runs: 0, resolved: [] }, outcome: { options, config: input.config } };
  }
  const at = input.observations?.startedAt ?? input.now.toISOString();
  const last = prev?.runs[prev.runs.length - 1];
  if (input.observations && last && last.id !== at && Date.parse(at) < Date.parse(last.at)) {
    // an older snapshot judged after newer runs were recorded: recording it would rewrite the past
    const why = `the observations are from ${at}, before the last recorded live run (${last.at}): judged without history, not recorded`;
    warn(options, io, why);
    const lastLiveRun = lastSuccessfulRun(prev);
    const history: ReportHistory = { source, mode, unavailable: why, ...(lastLiveRun ? { lastLiveRun } : {}), runs: prev?.runs.length ?? 0, resolved: [] };
    return { findings: input.findings, runs: input.runs, history, outcome: { options, config: input.config } };
  }
  const kept = new Set(input.findings.map((f) => f.fingerprint));
  const suppressed = new Set(input.raw.map((f) => f.fingerprint).filter((fp) => !kept.has(fp)));
  const judged = judgeHistory({
    findings: input.findings,
    runs: input.runs,
    folded: input.folded,
    config: input.config,
    now: input.now,
    source,
    prev,
    live: input.observations ? { run: { id: at, at, result: 'pass' }, suppressed } : undefined,
  });
  const findings = sortFindings(judged.findings);
  // the run is recorded with its verdict after damping; a run that could not judge is no heartbeat
  if (judged.record) {
    judged.record.run.result = reportResult(judged.runs, findings);
    if (judged.record.run.result === 'error') {
      const before = lastSuccessfulRun(prev);
      if (before) judged.history.lastLiveRun = before;
      else delete judged.history.lastLiveRun;
    }
  }
  return { findings, runs: judged.runs, history: judged.history, outcome: { options, record: judged.record, config: input.config } };
}

/** Saves a live run; returns a one-line account for the log. Failures: see HistoryOptions.strict. */
export async function saveRunHistory(outcome: HistoryOutcome, io: Io): Promise<string | undefined> {
  if (!outcome.record) return undefined;
  const { store } = outcome.options;
  try {
    const saved = await saveRun(store, outcome.record, outcome.config.history);
    const retried = saved.attempts > 1 ? ` after ${saved.attempts - 1} conflict(s)` : '';
    return saved.written ? `run history: recorded in ${store.source} (${saved.state.runs.length} run(s) kept)${retried}` : `run history: ${store.source} already holds this run`;
  } catch (error) {
    unusable(outcome.options, io, error, 'this run was not recorded in the run history');
    return undefined;
  }
}

// judgeHistory: what the history makes of a run's findings. Damping (N of M) holds an error back as
// a pending warning and keeps the run inconclusive; flapping is a warning and never a fix; a fix
// needs the same value on consecutive runs; without history the run is judged as before.
import { describe, expect, it } from 'vitest';
import { judgeHistory, type JudgeInput } from '../../src/history/judge.js';
import { emptyState, recordRun } from '../../src/history/record-run.js';
import type { HistoryState } from '../../src/history/types.js';
import { historyText } from '../../src/history/render.js';
import { reportResult } from '../../src/report/result.js';
import type { Finding } from '../../src/gates/types.js';
import { config, finding, gateRun, night } from './support.js';

const RUNS = [gateRun('health', 'live', 'fail', ['D23']), gateRun('registry-status'), gateRun('references', 'static')];
const TIMEOUT = finding('health', 'grafana');
const STALE = finding('registry-status', 'bazarr', { fix: 'active' });

/** Judges night `n` after the earlier nights' findings were recorded. */
function nightly(earlier: Finding[][], tonight: Finding[], cfg = config()) {
  const prev = earlier.reduce<HistoryState | undefined>(
    (s, fs, i) => recordRun(s ?? emptyState(), { run: { id: night(i + 1), at: night(i + 1), result: 'drift' }, findings: fs, judged: new Set(RUNS.map((r) => r.id)) }, cfg.history),
    undefined,
  );
  const n = earlier.length + 1;
  const input: JudgeInput = { findings: tonight, runs: RUNS, config: cfg, now: new Date(night(n)), source: 'state.json', prev, live: { run: { id: night(n), at: night(n), result: 'pass' }, suppressed: new Set() } };
  const out = judgeHistory(input);
  return { ...out, result: reportResult(out.runs, out.findings) };
}

describe('judgeHistory, live runs', () => {
  it('damps from the first run of a new state on, marking its findings "evidence: this run only"', () => {
    const out = nightly([], [TIMEOUT, STALE]);
    expect(out.findings.map((f) => f.severity)).toEqual(['warning', 'error']);
    expect(out.result).toBe('drift');
    expect(out.findings[1]?.history).toMatchObject({ status: 'new', evidence: 'this-run-only', fix: { state: 'pending', runs: 1, need: 2 } });
    expect(historyText(out.findings[0]!.history!)).toBe('new; evidence: this run only (no earlier live run recorded); pending: seen in 1 of the last 1 run, error from 2 of 3');
  });

  it('holds a health timeout seen once back as pending: a warning, the run inconclusive, never pass', () => {
    const out = nightly([[]], [TIMEOUT]);
    const [f] = out.findings;
    expect(f).toMatchObject({ severity: 'warning', history: { status: 'new', damped: 'pending', severity: 'error', seen: 1, of: 2, blocksAt: { seen: 2, of: 3 } } });
    expect(out.runs.find((r) => r.id === 'health')).toMatchObject({ result: 'warn', findings: 1, note: '1 pending confirmation (N of M runs)' });
    expect(out.result).toBe('inconclusive');
    expect(historyText(f!.history!)).toBe('new; pending: seen in 1 of the last 2 runs, error from 2 of 3');
  });

  it('blocks once the timeout is seen in 2 of the last 3 runs', () => {
    const out = nightly([[], [TIMEOUT]], [TIMEOUT]);
    expect(out.findings[0]).toMatchObject({ severity: 'error', history: { status: 'open', runs: 2, since: night(2), seen: 2, of: 3 } });
    expect(out.findings[0]?.history?.damped).toBeUndefined();
    expect(out.result).toBe('drift');
  });

  it('reports a finding that comes and goes as flapping: a warning, never a fix, the run not failed', () => {
    const flappy = finding('registry-status', 'sonarr', { fix: 'active' });
    const out = nightly([[flappy], []], [flappy]);
    expect(out.findings[0]).toMatchObject({ severity: 'warning', history: { status: 'flapping', damped: 'flapping', flips: 2, fix: { state: 'never' } } });
    expect(out.result).toBe('pass');
    expect(historyText(out.findings[0]!.history!)).toBe('flapping: 2 changes in the last 3 runs (seen in 2); reported as a warning instead of error; never fixed while it flaps');
  });

  it('readies a fix only when the same value was asked for in consecutive runs', () => {
    expect(nightly([[]], [STALE]).findings[0]?.history?.fix).toEqual({ state: 'pending', runs: 1, need: 2 });
    expect(nightly([[STALE]], [STALE]).findings[0]?.history?.fix).toEqual({ state: 'ready', runs: 2, need: 2 });
    const other = { ...STALE, fix: { ...STALE.fix!, value: 'parked' } };
    expect(nightly([[other]], [STALE]).findings[0]?.history?.fix).toEqual({ state: 'pending', runs: 1, need: 2 });
  });

  it('leaves static findings undamped and lists what was resolved since the last run', () => {
    const ref = finding('references', 'web');
    const out = nightly([[ref, TIMEOUT], [ref, TIMEOUT]], [ref]);
    expect(out.findings[0]).toMatchObject({ severity: 'error', history: { status: 'open', runs: 3 } });
    expect(out.history.resolved).toEqual([
      { fingerprint: TIMEOUT.fingerprint, gate: 'health', subject: TIMEOUT.subject, message: TIMEOUT.message, firstSeen: night(1), lastSeen: night(2), runs: 2 },
    ]);
    expect(out.history).toMatchObject({ mode: 'recorded', lastLiveRun: night(3), previousLiveRun: night(2), runs: 3 });
  });

  it('takes a gate\'s rule by alias and from config (damping: {D23: {seen: 1}} makes a timeout block at once)', () => {
    const cfg = config();
    cfg.history.damping = { default: cfg.history.damping.default, D23: { seen: 1, of: 3 } };
    expect(nightly([[]], [TIMEOUT], cfg).findings[0]?.severity).toBe('error');
  });

  it('notes nightlies missed before this run', () => {
    const cfg = config();
    const out = nightly([[], [], []], [], cfg);
    expect(out.findings).toEqual([]);
    const gap = judgeHistory({ findings: [], runs: RUNS, config: cfg, now: new Date(night(9)), source: 'state.json', prev: recordRun(emptyState(), { run: { id: night(1), at: night(1), result: 'pass' }, findings: [], judged: new Set() }, cfg.history), live: { run: { id: night(9), at: night(9), result: 'pass' }, suppressed: new Set() } });
    expect(gap.findings).toMatchObject([{ gate: 'heartbeat', severity: 'notice', message: expect.stringContaining('192 h before this one (more than 36 h): nightlies were missed') }]);
  });
});

describe('damping after root-cause folding', () => {
  it('a gate whose inconclusive lines were folded into a host-key failure stays inconclusive when its errors are damped', () => {
    const folded = finding('health', 'radarr', { inconclusive: true, severity: 'warning', kind: 'host-key' });
    const cfg = config();
    const input: JudgeInput = {
      findings: [TIMEOUT],
      runs: RUNS,
      folded: [folded],
      config: cfg,
      now: new Date(night(2)),
      source: 'state.json',
      prev: recordRun(emptyState(), { run: { id: night(1), at: night(1), result: 'pass' }, findings: [], judged: new Set(RUNS.map((r) => r.id)) }, cfg.history),
      live: { run: { id: night(2), at: night(2), result: 'pass' }, suppressed: new Set() },
    };
    const out = judgeHistory(input);
    expect(out.findings[0]).toMatchObject({ severity: 'warning', history: { damped: 'pending' } });
    // the listed finding alone would make it `warn`; the folded one still says it saw only part of reality
    expect(out.runs.find((r) => r.id === 'health')).toMatchObject({ result: 'inconclusive', findings: 1, note: '1 pending confirmation (N of M runs)' });
    expect(judgeHistory({ ...input, folded: undefined }).runs.find((r) => r.id === 'health')?.result).toBe('warn');
  });
});

describe('judgeHistory, static-only runs', () => {
  const prev = [[finding('references', 'web')], [finding('references', 'web')]].reduce(
    (s, fs, i) => recordRun(s, { run: { id: night(i + 1), at: night(i + 1), result: 'drift' }, findings: fs, judged: new Set(['references']) }, config().history),
    emptyState(),
  );
  const read = (now: string, findings: Finding[] = [], state: HistoryState | undefined = prev) =>
    judgeHistory({ findings, runs: RUNS, config: config(), now: new Date(now), source: 'driftgate/state:driftgate-state.json', prev: state });

  it('reads the history of static findings as the live runs saw them, and writes nothing', () => {
    const out = read(night(2), [finding('references', 'web'), finding('references', 'api')]);
    expect(out.findings.map((f) => f.history && historyText(f.history))).toEqual(['open for 2 runs since 2026-02-01', 'new: not seen by the last live run']);
    expect(out.record).toBeUndefined();
    expect(out.history).toMatchObject({ mode: 'read', lastLiveRun: night(2), runs: 2 });
  });

  it('warns when the last live run is older than heartbeat_hours (the nightly stopped)', () => {
    expect(read(new Date(Date.parse(night(2)) + 35 * 3_600_000).toISOString()).findings).toEqual([]);
    const out = read(night(4));
    expect(out.findings).toMatchObject([
      {
        gate: 'heartbeat',
        severity: 'warning',
        message: 'the last live run recorded in driftgate/state:driftgate-state.json was at 2026-02-02 03:17 UTC, more than 36 h ago: the nightly has not run (or could not record its result) since; check its schedule, its runner and its job log',
        details: { ageHours: 48 },
      },
    ]);
    expect(reportResult(out.runs.filter((r) => r.kind === 'static').map((r) => ({ ...r, result: 'pass' })), out.findings)).toBe('pass');
  });

  it('counts only live runs that judged: a run whose gates crashed is no heartbeat', () => {
    const crashed = recordRun(prev, { run: { id: night(3), at: night(3), result: 'error' }, findings: [], judged: new Set() }, config().history);
    expect(read(night(4), [], crashed).findings).toMatchObject([{ gate: 'heartbeat', observed: '2026-02-02 03:17 UTC' }]);
    expect(read(night(4), [], crashed).history.lastLiveRun).toBe(night(2));
  });

  it('notes a state with no live run yet; gates: {heartbeat: off} silences it', () => {
    const none = judgeHistory({ findings: [], runs: RUNS, config: config(), now: new Date(night(1)), source: 's', prev: undefined });
    expect(none.findings).toMatchObject([{ gate: 'heartbeat', severity: 'notice', message: 'no live run is recorded in s yet: the nightly has not run with this state, so live drift is not being checked' }]);
    const cfg = config();
    cfg.gates.heartbeat = 'off';
    expect(judgeHistory({ findings: [], runs: RUNS, config: cfg, now: new Date(night(9)), source: 's', prev }).findings).toEqual([]);
  });
});

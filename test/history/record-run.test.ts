// recordRun: presence per run (seen, not seen, unknown), streaks carried past the kept runs, a
// re-run replacing the run it repeats, and a bounded state.
import { describe, expect, it } from 'vitest';
import { emptyState, MAX_FINDINGS, recordRun, type RunInput } from '../../src/history/record-run.js';
import type { HistoryState } from '../../src/history/types.js';
import { fixStreak, flips, resolvedNow, streak } from '../../src/history/window.js';
import type { Finding } from '../../src/gates/types.js';
import { finding, night } from './support.js';

const SETTINGS = { keepRuns: 5, minGapMinutes: 60 };
const A = finding('registry-status', 'alpha', { fix: 'active' });
const B = finding('health', 'beta');

function run(n: number, findings: Finding[], judged = ['registry-status', 'health'], extra: Partial<RunInput> = {}): RunInput {
  return { run: { id: night(n), at: night(n), result: 'drift' }, findings, judged: new Set(judged), ...extra };
}

function nights(list: Finding[][], settings = SETTINGS): HistoryState {
  return list.reduce((state, fs, i) => recordRun(state, run(i + 1, fs), settings), emptyState());
}

describe('recordRun', () => {
  it('marks each remembered finding seen, not seen, or unknown when its gate could not judge', () => {
    let s = recordRun(emptyState(), run(1, [A, B]), SETTINGS);
    s = recordRun(s, run(2, [B], ['health']), SETTINGS); // registry-status inconclusive tonight
    s = recordRun(s, run(3, [A]), SETTINGS);
    expect(s.runs.map((r) => r.at)).toEqual([night(1), night(2), night(3)]);
    expect(s.findings[A.fingerprint]?.seen).toBe('1?1');
    expect(s.findings[B.fingerprint]?.seen).toBe('110');
    expect(resolvedNow(s.findings[B.fingerprint]!.seen)).toBe(true);
    // unknown runs neither end nor extend a streak
    expect(streak(s.findings[A.fingerprint]!, s.runs)).toEqual({ runs: 2, since: night(1) });
    expect(s.findings[A.fingerprint]?.firstSeen).toBe(night(1));
  });

  it('treats a finding an exception suppressed as unknown, not resolved', () => {
    let s = recordRun(emptyState(), run(1, [B]), SETTINGS);
    s = recordRun(s, run(2, [], undefined, { suppressed: new Set([B.fingerprint]) }), SETTINGS);
    expect(s.findings[B.fingerprint]?.seen).toBe('1?');
  });

  it('pads a finding first seen later with "not seen" and records its fix value per run', () => {
    const s = nights([[B], [B, A], [B, { ...A, fix: { ...A.fix!, value: 'parked' } }], [B, A], [B, A]]);
    const rec = s.findings[A.fingerprint]!;
    expect(rec.seen).toBe('01111');
    expect(rec.fixes).toEqual(['', '"active"', '"parked"', '"active"', '"active"']);
    expect(fixStreak(rec)).toBe(2);
    expect(rec.firstSeen).toBe(night(2));
  });

  it('keeps at most keepRuns runs and carries a longer streak past them', () => {
    const s = nights(Array.from({ length: 8 }, () => [B]));
    expect(s.runs).toHaveLength(5);
    const rec = s.findings[B.fingerprint]!;
    expect(rec.seen).toBe('11111');
    expect(rec.carried).toEqual({ runs: 3, since: night(1) });
    expect(streak(rec, s.runs)).toEqual({ runs: 8, since: night(1) });
  });

  it('forgets a finding no kept run saw, and a carried streak once a "not seen" leaves the window', () => {
    const s = nights([[A, B], [B], [B], [B], [B], [B], [], [B]]);
    expect(s.findings[A.fingerprint]).toBeUndefined();
    const rec = s.findings[B.fingerprint]!;
    expect(rec.seen).toBe('11101');
    expect(streak(rec, s.runs)).toEqual({ runs: 1, since: night(8) });
  });

  it('a run within min_gap_minutes of the last one replaces it (a re-run is not a second run)', () => {
    const first = recordRun(emptyState(), run(1, [A]), SETTINGS);
    const second = recordRun(first, run(2, [A]), SETTINGS);
    const rerunAt = new Date(Date.parse(night(2)) + 10 * 60_000).toISOString();
    const rerun = recordRun(second, { ...run(2, []), run: { id: rerunAt, at: rerunAt, result: 'pass' } }, SETTINGS);
    expect(rerun.runs.map((r) => r.at)).toEqual([night(1), rerunAt]);
    expect(rerun.findings[A.fingerprint]?.seen).toBe('10');
    // and the same run recorded twice is the same state
    expect(recordRun(second, run(2, [A]), SETTINGS)).toEqual(second);
  });

  it('counts flips between seen and not seen, ignoring unknown runs', () => {
    expect(flips('101')).toBe(2);
    expect(flips('1?01')).toBe(2);
    expect(flips('0011')).toBe(1);
    expect(flips('1111')).toBe(0);
  });

  it(`remembers at most ${MAX_FINDINGS} findings, the most recently seen`, () => {
    const many = Array.from({ length: MAX_FINDINGS + 3 }, (_, i) => finding('health', `svc-${i}`));
    let s = recordRun(emptyState(), run(1, many), SETTINGS);
    s = recordRun(s, run(2, many.slice(0, 2)), SETTINGS);
    expect(Object.keys(s.findings)).toHaveLength(MAX_FINDINGS);
    expect(s.findings[many[0]!.fingerprint]?.seen).toBe('11');
  });
});

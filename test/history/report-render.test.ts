// How the history reads in each channel: text and Markdown lines per finding and the resolved
// list, the JSON report's `history` objects, the metrics; and the CLI's --state: a state it cannot
// use is one line and exit 2, an older snapshot is judged without history and not recorded.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { emptyState, recordRun } from '../../src/history/record-run.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderMetrics } from '../../src/report/metrics.js';
import { renderText } from '../../src/report/text.js';
import type { Finding } from '../../src/gates/types.js';
import { memoryIo } from '../support/io.js';
import { REPO_DIR } from '../support/paths.js';
import { config, finding, gateRun, night, reportAfter } from './support.js';

const RUNS = [gateRun('health', 'live', 'fail', ['D23']), gateRun('registry-status')];
const work = mkdtempSync(join(tmpdir(), 'driftgate-history-render-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const reportOf = (earlier: Finding[][], tonight: Finding[]) => reportAfter(earlier, tonight, RUNS);

describe('history in the reports', () => {
  const stale = finding('registry-status', 'bazarr', { fix: 'active' });
  const timeout = finding('health', 'grafana');
  const gone = finding('health', 'sonarr');
  const report = reportOf([[stale, gone], [stale, gone]], [stale, timeout]);

  it('text: a history line per finding, the resolved ones, where the history lives', () => {
    const text = renderText(report, { color: false });
    expect(text).toContain('    history: open for 3 runs since 2026-02-01\n');
    expect(text).toContain('    history: new; pending: seen in 1 of the last 3 runs, error from 2 of 3\n');
    expect(text).toContain('Resolved since the last run: 1\n  sonarr drifted (open since 2026-02-01, last seen 2026-02-02, 2 runs) [health]\n');
    expect(text).toMatch(/  warn +health \(D23\) +1 finding; 1 pending confirmation \(N of M runs\)/);
    expect(text).toContain('run history: this run recorded in state.json, 3 runs kept, last live run 2026-02-03 03:17 UTC\nResult: DRIFT (exit 1)');
  });

  it('Markdown: the same, escaped', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('  - history: open for 3 runs since 2026-02-01');
    expect(md).toContain('#### Resolved since the last run (1)\n\n- sonarr drifted (open since 2026-02-01, last seen 2026-02-02, 2 runs) \\[health\\]');
    expect(md).toContain('<sub>run history: this run recorded in state.json, 3 runs kept, last live run 2026-02-03 03:17 UTC</sub>');
  });

  it('JSON: `history` per finding and for the report, additive to version 1', () => {
    const json = JSON.parse(renderJson(report)) as { version: number; findings: Array<{ severity: string; history?: unknown }>; history: unknown };
    expect(json.version).toBe(1);
    expect(json.findings.map((f) => [f.severity, f.history])).toEqual([
      ['error', { status: 'open', firstSeen: night(1), since: night(1), runs: 3, seen: 3, of: 3, flips: 0, fix: { state: 'ready', runs: 3, need: 2 } }],
      ['warning', { status: 'new', firstSeen: night(3), since: night(3), runs: 1, seen: 1, of: 3, flips: 1, damped: 'pending', severity: 'error', blocksAt: { seen: 2, of: 3 } }],
    ]);
    expect(json.history).toMatchObject({ source: 'state.json', mode: 'recorded', lastLiveRun: night(3), previousLiveRun: night(2), runs: 3, resolved: [{ gate: 'health', subject: { id: 'sonarr' } }] });
  });

  it('metrics: the last live run and the damped findings', () => {
    const metrics = renderMetrics(report, new Date(night(3)));
    expect(metrics).toContain(`driftgate_live_run_timestamp_seconds ${Date.parse(night(3)) / 1000}\n`);
    expect(metrics).toContain('driftgate_findings_damped{gate="health",state="pending"} 1\n');
    expect(metrics).toContain('driftgate_findings{gate="health",severity="error"} 0\n');
  });
});

describe('--state on the command line', () => {
  const clean = join(REPO_DIR, 'test/fixtures/spines/clean');

  it('a state it cannot use is one line and exit 2, and is left as it was', async () => {
    const file = join(work, 'broken.json');
    writeFileSync(file, '{"version": 1, "runs": 3}');
    const io = memoryIo();
    expect(await main(['check', '--offline', '--root', clean, '--state', file], io)).toBe(2);
    expect(io.err.join('')).toBe(`driftgate: ${file}: not a driftgate run history (version 1 with runs and findings)\n`);
    expect(readFileSync(file, 'utf8')).toBe('{"version": 1, "runs": 3}');
  });

  it('judges an older snapshot without history and does not record it', async () => {
    const file = join(work, 'newer.json');
    const state = recordRun(emptyState(), { run: { id: '2026-02-20T00:00:00.000Z', at: '2026-02-20T00:00:00.000Z', result: 'pass' }, findings: [], judged: new Set() }, config().history);
    writeFileSync(file, JSON.stringify(state));
    const snapshot = join(REPO_DIR, 'test/gates/registry-status/stopped-running/observations.json');
    const io = memoryIo();
    await main(['check', '--root', clean, '--observations', snapshot, '--state', file, '--gates', 'registry-status'], io);
    expect(io.err.join('')).toContain('driftgate: warning: the observations are from 2026-02-11T11:59:58.000Z, before the last recorded live run (2026-02-20T00:00:00.000Z): judged without history, not recorded');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
  });
});

// examples/monitoring: the alert rules pass the real `promtool check rules` and their unit tests,
// the metrics a live run writes pass `promtool check metrics`, and every query of the Grafana
// dashboard and the rules names only metrics (and labels) the tool emits. Needs promtool
// (Debian package prometheus) for the promtool parts; test/support/tools.ts says when it skips.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import { startLab } from '../../src/lab/start-lab.js';
import { METRIC_FAMILIES } from '../../src/report/metrics.js';
import { memoryIo } from '../support/io.js';
import { REPO_DIR } from '../support/paths.js';
import { toolPath } from '../support/tools.js';

const DIR = join(REPO_DIR, 'examples/monitoring');
const RULES = join(DIR, 'driftgate.rules.yml');
const PROMTOOL = toolPath('promtool');

interface Panel {
  title: string;
  targets?: Array<{ expr: string; legendFormat?: string }>;
}
const dashboard = JSON.parse(readFileSync(join(DIR, 'driftgate.dashboard.json'), 'utf8')) as { panels: Panel[]; uid: string };
const rules = parse(readFileSync(RULES, 'utf8')) as { groups: Array<{ rules: Array<{ alert: string; expr: string }> }> };

const KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'and', 'or', 'unless', 'bool', 'offset']);

/** The metric selectors of a PromQL expression: name, label names matched, and grouping labels. */
export function selectors(expr: string): { metrics: Array<{ name: string; labels: string[] }>; grouping: string[] } {
  const grouping: string[] = [];
  let text = expr.replace(/"(?:\\.|[^"\\])*"/g, '""').replace(/\[[^\]]*\]/g, '').replace(/\boffset\s+\w+/g, '');
  text = text.replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\(([^)]*)\)/g, (_m, _k, names: string) => {
    grouping.push(...names.split(',').map((n) => n.trim()).filter(Boolean));
    return ' ';
  });
  const metrics: Array<{ name: string; labels: string[] }> = [];
  for (const m of text.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(\{[^}]*\})?\s*(\()?/g)) {
    const [, name, braces, call] = m;
    if (!name || call || KEYWORDS.has(name) || /^\d/.test(name)) continue;
    const labels = [...(braces ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)/g)].map((l) => l[1] as string);
    metrics.push({ name, labels });
  }
  return { metrics, grouping };
}

/** Problems of one query: unknown metrics, labels a metric does not have, legend labels that cannot exist. */
function problems(where: string, expr: string, legend = ''): string[] {
  const { metrics, grouping } = selectors(expr);
  const out: string[] = [];
  if (metrics.length === 0) out.push(`${where}: names no metric`);
  const available = new Set<string>();
  for (const { name, labels } of metrics) {
    const family = METRIC_FAMILIES[name];
    if (!family) {
      out.push(`${where}: "${name}" is not a metric driftgate writes`);
      continue;
    }
    family.forEach((l) => available.add(l));
    for (const l of labels) if (!family.includes(l)) out.push(`${where}: ${name} has no label "${l}"`);
  }
  for (const l of grouping) if (!available.has(l)) out.push(`${where}: groups by "${l}", which none of its metrics has`);
  const kept = grouping.length > 0 && /\b(sum|max|min|avg|count)\b/.test(expr) ? new Set(grouping) : available;
  for (const m of legend.matchAll(/\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}/g)) {
    if (!kept.has(m[1] as string)) out.push(`${where}: legend uses "${m[1]}", which the query does not return`);
  }
  return out;
}

const queries = dashboard.panels.flatMap((p) => (p.targets ?? []).map((t, i) => ({ where: `panel "${p.title}" #${i + 1}`, expr: t.expr, legend: t.legendFormat ?? '' })));
const alertExprs = rules.groups.flatMap((g) => g.rules.map((r) => ({ where: `alert ${r.alert}`, expr: r.expr })));

describe('the Grafana dashboard and the alert rules', () => {
  it('the checker finds unknown metrics, labels and legends', () => {
    expect(selectors('sum by (gate) (driftgate_findings{severity="error", gate=~"a.*"}) > bool 1')).toEqual({
      metrics: [{ name: 'driftgate_findings', labels: ['severity', 'gate'] }],
      grouping: ['gate'],
    });
    expect(problems('q', 'rate(node_cpu_seconds_total[5m])')).toEqual(['q: "node_cpu_seconds_total" is not a metric driftgate writes']);
    expect(problems('q', 'driftgate_result{gate="x"}', '{{target}}')).toEqual(['q: driftgate_result has no label "gate"', 'q: legend uses "target", which the query does not return']);
  });

  it('every dashboard query names only metrics and labels driftgate writes', () => {
    expect(queries.length).toBeGreaterThan(10);
    expect(queries.flatMap((q) => problems(q.where, q.expr, q.legend))).toEqual([]);
  });

  it('every alert names only metrics driftgate writes, and the issue\'s four alerts exist', () => {
    expect(alertExprs.flatMap((q) => problems(q.where, q.expr))).toEqual([]);
    const names = alertExprs.map((a) => a.where);
    for (const a of ['DriftgateDriftOpen', 'DriftgateInconclusive', 'DriftgateLiveRunTooOld', 'DriftgateBackupStale']) expect(names).toContain(`alert ${a}`);
  });
});

describe.skipIf(!PROMTOOL)('promtool', () => {
  let tmp: string;
  let metricsText: string;

  beforeAll(async () => {
    if (!PROMTOOL) return;
    tmp = mkdtempSync(join(tmpdir(), 'driftgate-monitoring-'));
    // a real live run (the demo's lab: drift, a stale backup, a refusing endpoint) writing its metrics
    const lab = await startLab({ root: join(REPO_DIR, 'examples/spine'), scenario: join(REPO_DIR, 'examples/scenarios/demo.yaml'), outDir: join(tmp, 'lab'), now: new Date('2026-02-11T12:00:00Z') });
    try {
      const files = lab.files!;
      const io = memoryIo();
      const args = ['check', '--root', join(REPO_DIR, 'examples/spine'), '--connect-map', files.connectMap, '--known-hosts', files.knownHosts, '--identity', files.identity];
      const code = await main([...args, '--format', 'json', '--out', join(tmp, 'report.json'), '--metrics-out', join(tmp, 'driftgate.prom')], io);
      expect(code).toBe(1);
    } finally {
      await lab.close();
    }
    metricsText = readFileSync(join(tmp, 'driftgate.prom'), 'utf8');
  });
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('check rules: the alert rules are valid', () => {
    const out = execFileSync(PROMTOOL!, ['check', 'rules', RULES], { encoding: 'utf8' });
    expect(out).toMatch(/SUCCESS: \d+ rules found/);
  });

  it('test rules: each alert fires on the series driftgate writes (driftgate.rules.test.yml)', () => {
    const run = spawnSync(PROMTOOL!, ['test', 'rules', 'driftgate.rules.test.yml'], { cwd: DIR, encoding: 'utf8' });
    expect(run.stdout + run.stderr).toContain('SUCCESS');
    expect(run.status).toBe(0);
  });

  it('every dashboard query is valid PromQL (checked as recording rules)', () => {
    const file = join(tmp, 'dashboard-queries.yml');
    const records = queries.map((q, i) => ({ record: `dashboard:query_${i + 1}`, expr: q.expr }));
    writeFileSync(file, stringify({ groups: [{ name: 'dashboard', rules: records }] }));
    const out = execFileSync(PROMTOOL!, ['check', 'rules', file], { encoding: 'utf8' });
    expect(out).toContain(`SUCCESS: ${records.length} rules found`);
  });

  it('a live run writes metrics that pass "promtool check metrics", with every family the dashboard may use', () => {
    const run = spawnSync(PROMTOOL!, ['check', 'metrics'], { input: metricsText, encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
    const written = [...metricsText.matchAll(/^# TYPE (\S+) /gm)].map((m) => m[1]);
    expect(written.sort()).toEqual(Object.keys(METRIC_FAMILIES).sort());
    expect(metricsText).toMatch(/^driftgate_backup_stale\{backup="vm-103-media",host="pve"\} 1$/m);
    expect(metricsText).toMatch(/^driftgate_probe_success\{kind="http",target="radarr"\} 0$/m);
    expect(metricsText).toMatch(/^driftgate_http_status_code\{endpoint="jellyfin"\} 503$/m);
  });
});

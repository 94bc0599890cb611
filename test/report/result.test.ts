import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_DRIFT, EXIT_ERROR, EXIT_INCONCLUSIVE, EXIT_OK } from '../../src/core/exit-codes.js';
import { UserError } from '../../src/core/errors.js';
import type { Finding, GateRun } from '../../src/gates/types.js';
import { buildReport } from '../../src/report/build-report.js';
import { renderReport } from '../../src/report/render.js';
import { exitCode, reportResult } from '../../src/report/result.js';
import { writeReport } from '../../src/report/write-report.js';
import { SAMPLE_FINDINGS, SAMPLE_RUNS, sampleReport } from './sample-report.js';

const run = (id: string, result: GateRun['result']): GateRun => ({ id, aliases: [], kind: 'static', result, findings: 0, durationMs: 0 });
const finding = (severity: Finding['severity'], extra: Partial<Finding> = {}): Finding => ({
  gate: 'g',
  severity,
  fingerprint: 'f',
  message: 'm',
  subject: { kind: 'file', id: 'x' },
  locations: [],
  direction: 'unknown',
  ...extra,
});

describe('reportResult and exitCode', () => {
  it('passes with no findings, and a warning or notice never fails', () => {
    expect(reportResult([run('a', 'pass')], [])).toBe('pass');
    expect(reportResult([run('a', 'warn')], [finding('warning'), finding('notice')])).toBe('pass');
  });
  it('is drift on an error finding, even beside a crashed gate or a failed probe', () => {
    expect(reportResult([run('a', 'fail'), run('b', 'error')], [finding('error'), finding('error', { inconclusive: true })])).toBe('drift');
  });
  it('is inconclusive when a probe failed and nothing blocking was proven (a timeout is never a pass)', () => {
    expect(reportResult([run('a', 'pass')], [finding('error', { inconclusive: true })])).toBe('inconclusive');
    expect(reportResult([run('a', 'inconclusive')], [])).toBe('inconclusive');
  });
  it('is error when a gate crashed', () => {
    expect(reportResult([run('a', 'error')], [finding('warning')])).toBe('error');
  });
  it('maps results to the exit codes of the contract', () => {
    expect(exitCode({ result: 'pass' })).toBe(EXIT_OK);
    expect(exitCode({ result: 'drift' })).toBe(EXIT_DRIFT);
    expect(exitCode({ result: 'error' })).toBe(EXIT_ERROR);
    expect(exitCode({ result: 'inconclusive' })).toBe(EXIT_INCONCLUSIVE);
  });
});

describe('buildReport', () => {
  it('counts findings by severity and carries the suppressed count', () => {
    const r = sampleReport();
    expect(r.summary).toEqual({ files: 12, gates: SAMPLE_RUNS.length, errors: 4, warnings: 2, notices: 0, suppressed: 2 });
    expect(r.result).toBe('drift');
    expect(r.durationMs).toBe(812);
  });
  it('is an error report when the tool stopped', () => {
    const r = buildReport({ root: '.', durationMs: 1, fileCount: 0, runs: [], findings: [], error: 'config unreadable' });
    expect(r.result).toBe('error');
    expect(exitCode(r)).toBe(EXIT_ERROR);
    expect(renderReport(r, 'text', { color: false })).toContain('error: config unreadable');
  });
});

describe('renderers', () => {
  it('JSON is the v1 report: spec key order, the suppressed findings and the matrix as extensions, no observations', () => {
    const r = sampleReport();
    r.observations = { version: 1, startedAt: '2026-02-11T12:00:00Z', durationMs: 1, hosts: [], stacks: [], endpoints: [], backups: [], hypervisors: [] };
    const json = JSON.parse(renderReport(r, 'json', { color: false })) as Record<string, unknown>;
    const keys = ['version', 'tool', 'root', 'result', 'durationMs', 'summary', 'gates', 'findings', 'suppressed'];
    expect(Object.keys(json)).toEqual(r.matrix ? [...keys, 'matrix'] : keys);
    if (r.matrix) expect(json.matrix).toEqual(r.matrix);
    const gates = json.gates as Array<Record<string, unknown>>;
    expect(gates.find((g) => g.id === 'ssh-trust')).toMatchObject({ checked: { sshTargets: 23 }, suppressed: 2 });
    expect((json.suppressed as Array<Record<string, unknown>>).map((f) => f.exception)).toHaveLength(2);
    const findings = json.findings as Array<Record<string, unknown>>;
    expect(Object.keys(findings.find((f) => f.gate === 'registry-status') ?? {})).toEqual([
      'gate', 'severity', 'fingerprint', 'message', 'subject', 'locations', 'expected', 'observed', 'direction', 'fix',
    ]);
    expect(findings.map((f) => f.fingerprint)).toEqual(SAMPLE_FINDINGS.map((f) => f.fingerprint));
  });
  it('text has no ANSI escapes without colour and has them with it', () => {
    expect(renderReport(sampleReport(), 'text', { color: false })).not.toContain('\u001b[');
    expect(renderReport(sampleReport(), 'text', { color: true })).toContain('\u001b[31merror\u001b[0m');
  });
  it('markdown escapes HTML and pipes in values so the table and comment stay intact', () => {
    const r = buildReport({
      root: '.',
      durationMs: 0,
      fileCount: 1,
      runs: [{ ...run('g', 'fail'), note: 'a|b <script>' }],
      findings: [finding('error', { message: 'bad <img src=x onerror=alert(1)> | here' })],
    });
    const md = renderReport(r, 'markdown', { color: false });
    expect(md).not.toMatch(/<img|<script/);
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt; \\| here');
    expect(md).toContain('| g | ❌ FAIL — 1 error; a\\|b &lt;script&gt; |  |');
  });
  it('markdown shows backticks in values as they are, in a longer code fence', () => {
    const r = buildReport({
      root: '.',
      durationMs: 0,
      fileCount: 1,
      runs: [run('g', 'fail')],
      findings: [finding('error', { expected: 'run `id`', observed: 'a``b' })],
    });
    const md = renderReport(r, 'markdown', { color: false });
    expect(md).toContain('expected `` run `id` ``, observed ``` a``b ```');
  });
  it('markdown lists errors first and folds warnings and notices of a gate into <details>', () => {
    const r = buildReport({
      root: '.',
      durationMs: 0,
      fileCount: 1,
      runs: [run('g', 'fail')],
      findings: [finding('warning', { message: 'w-first' }), finding('notice', { message: 'n-last' }), finding('error', { message: 'e-top' })],
    });
    const md = renderReport(r, 'markdown', { color: false });
    const at = (t: string) => md.indexOf(t);
    expect(at('e-top')).toBeGreaterThan(0);
    expect(at('e-top')).toBeLessThan(at('<details><summary>1 warning, 1 notice</summary>'));
    expect(at('<details>')).toBeLessThan(at('w-first'));
    expect(at('w-first')).toBeLessThan(at('n-last'));
    expect(at('n-last')).toBeLessThan(at('</details>'));
    expect(md).toMatch(/<\/summary>\n\n- \*\*warning\*\*/);
  });
  it('markdown lists at most 50 findings per gate and counts the rest', () => {
    const many = Array.from({ length: 53 }, (_, i) => finding('warning', { message: `w${i}` }));
    const md = renderReport(buildReport({ root: '.', durationMs: 0, fileCount: 1, runs: [run('g', 'warn')], findings: many }), 'markdown', { color: false });
    expect(md).toContain('w49');
    expect(md).not.toContain('w50');
    expect(md).toContain('… and 3 more');
  });
});

describe('writeReport', () => {
  const dir = mkdtempSync(join(tmpdir(), 'driftgate-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('creates parent directories', async () => {
    const path = join(dir, 'a/b/report.json');
    await writeReport(path, '{}\n');
    expect(readFileSync(path, 'utf8')).toBe('{}\n');
  });
  it('turns a failure into a UserError naming the path', async () => {
    const file = join(dir, 'plain-file');
    writeFileSync(file, 'x');
    await expect(writeReport(join(file, 'sub/report.md'), 'x')).rejects.toThrow(UserError);
    await expect(writeReport(join(file, 'sub/report.md'), 'x')).rejects.toThrow(/plain-file/);
  });
});

describe('secrets', () => {
  it('never renders a URL password or a private key, in any format', () => {
    const r = buildReport({
      root: '.',
      durationMs: 0,
      fileCount: 1,
      runs: [run('g', 'fail')],
      findings: [
        finding('error', {
          message: 'probe of https://bot:s3cretpass@git.example.test/api failed',
          observed: 'http://admin:hunter2@10.0.0.1:8080/',
          expected: ['-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----'],
        }),
      ],
      error: 'cannot reach https://u:tok3n@gitea.test',
    });
    for (const format of ['text', 'json', 'markdown'] as const) {
      const out = renderReport(r, format, { color: false });
      expect(out).not.toMatch(/s3cretpass|hunter2|tok3n|b3BlbnNzaC1rZXktdjEAAAAA/);
      if (format === 'text') expect(out).toContain('bot:***@git.example.test');
    }
  });
});

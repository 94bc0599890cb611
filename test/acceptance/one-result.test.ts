// Issue #9, "the result says the same thing everywhere" and "one output form": a gate whose findings
// are all excepted shows the same result in text, Markdown, JSON and metrics; suppressed findings are
// counted and listed (--show-suppressed); the text shows each finding's subject; `validate` and
// `check` print the same `file:line:col: severity message [gate]` lines for the same file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Report } from '../../src/report/types.js';
import { GATES_TEST_DIR, overlaySpine } from '../gates/support/gate-cases.js';
import { memoryIo } from '../support/io.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const io = memoryIo();
  const code = await main(args, io);
  return { code, out: io.out.join('') };
}

describe('one result everywhere', () => {
  it('a gate whose findings are all excepted passes in text, Markdown, JSON and metrics, and lists what was suppressed', async () => {
    // ip-parity finds a duplicate address here, which the case's config excepts
    const root = await overlaySpine(join(GATES_TEST_DIR, 'ip-parity/ok-excepted-duplicate'));
    roots.push(root);
    const metrics = join(mkdtempSync(join(tmpdir(), 'driftgate-metrics-')), 'driftgate.prom');
    roots.push(join(metrics, '..'));
    const base = ['check', '--offline', '--root', root, '--gates', 'D54'];
    const json = await cli([...base, '--format', 'json', '--metrics-out', metrics]);
    const report = JSON.parse(json.out) as Report;
    expect(json.code).toBe(0);
    expect(report.gates).toMatchObject([{ id: 'ip-parity', result: 'pass', findings: 0, suppressed: 1 }]);
    expect(report.summary.suppressed).toBe(1);
    const hidden = report.suppressed ?? [];
    expect(hidden).toHaveLength(1);
    expect(hidden[0]).toMatchObject({ gate: 'ip-parity', subject: { id: '100.64.0.10' }, exception: { reason: 'the NAS backups are pulled through the hypervisor address' } });

    const text = await cli(base);
    expect(text.out).toMatch(/^ {2}pass {9}ip-parity \(D54\) {2}1 suppressed; checked /m);
    expect(text.out).toContain('1 suppressed by config exceptions; --show-suppressed lists them');
    expect(text.out).toMatch(/^Result: PASS \(exit 0\)/m);
    const listed = await cli([...base, '--show-suppressed']);
    expect(listed.out).toContain('Suppressed by config exceptions: 1');
    expect(listed.out).toContain('    subject: host "100.64.0.10"');
    expect(listed.out).toContain('    exception: the NAS backups are pulled through the hypervisor address (expires 2026-12-31)');

    const md = await cli([...base, '--format', 'markdown']);
    expect(md.out).toMatch(/^\| ip-parity \(D54\) \| ✅ PASS — 1 suppressed \| .+ \|$/m);
    expect(md.out).toContain('<details><summary>1 suppressed by config exceptions</summary>');
    const prom = readFileSync(metrics, 'utf8');
    expect(prom).toContain('driftgate_gate_result{gate="ip-parity",result="pass"} 1');
    expect(prom).toContain('driftgate_findings_suppressed{gate="ip-parity"} 1');
    expect(prom).toMatch(/^driftgate_gate_checked\{gate="ip-parity",entity="sshTargets"\} 5$/m);
  });

  it('the text report shows the subject of each finding, the id an exception names', async () => {
    const root = await overlaySpine(join(GATES_TEST_DIR, 'references/dangling-names'));
    roots.push(root);
    const { out } = await cli(['check', '--offline', '--root', root, '--gates', 'references']);
    const findingLines = out.split('\n').filter((l) => / \[references\]$/.test(l));
    const subjects = out.split('\n').filter((l) => l.startsWith('    subject: '));
    expect(findingLines.length).toBeGreaterThan(0);
    expect(subjects).toHaveLength(findingLines.length);
  });
});

describe('one output form: validate and check', () => {
  it('report the same problems with the same lines; tab indentation is one line, not a cascade', async () => {
    const root = await overlaySpine(join(GATES_TEST_DIR, 'references/dangling-names'));
    roots.push(root);
    const file = join(root, 'ops/bindings/ssh.targets.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^ {4}/gm, '\t'));
    const validate = await cli(['validate', '--root', root]);
    const check = await cli(['check', '--offline', '--root', root, '--gates', 'schema']);
    expect(validate.code).toBe(1);
    expect(check.code).toBe(1);
    const lines = (out: string): string[] => out.split('\n').filter((l) => / \[schema\]$/.test(l));
    expect(lines(validate.out)).toEqual(lines(check.out));
    expect(lines(validate.out)).toEqual([
      expect.stringMatching(/^ops\/bindings\/ssh\.targets\.yaml:\d+:1: error YAML syntax error: tabs are not allowed for indentation \(\d+ lines are indented with tabs, the first here\); indent with spaces \[schema\]$/),
    ]);
  });
});

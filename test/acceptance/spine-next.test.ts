// Issue #9 on the evolved corpus (../shared/spine-next): vm.lifecycle.yaml renamed `vmid` to `id`, so
// no VM entry can be read into the model. vm-governance and unique-ids must say they did not
// evaluate the VMs (inconclusive, naming each entry and why), never pass, through the CLI and the
// Action alike. When a later change teaches the model to read `id`, this test is updated to expect
// the VMs evaluated.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Report } from '../../src/report/types.js';
import { memoryIo } from '../support/io.js';
import { REPO_DIR, SHARED_DIR, SPINE_NEXT_DIR } from '../support/paths.js';

const VMS = 'ops/bindings/vm.lifecycle.yaml';
const ENTRIES = (readFileSync(join(SPINE_NEXT_DIR, VMS), 'utf8').match(/^ {2}- id: \d+$/gm) ?? []).length;

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The VM gates' verdict in a report: inconclusive, no VM evaluated, one line per unreadable entry. */
function expectVmsNotEvaluated(report: Pick<Report, 'gates' | 'findings'>): void {
  for (const id of ['vm-governance', 'unique-ids']) {
    const run = report.gates.find((g) => g.id === id);
    expect(run?.result, id).toBe('inconclusive');
    expect(run?.checked?.vms, id).toBe(0);
    expect(run?.note, id).toMatch(new RegExp(`^could not use ${VMS}:\\d+:\\d+ and ${ENTRIES - 1} more$`));
    const lines = report.findings.filter((f) => f.gate === id && f.details?.coverage === 'unreadable');
    expect(lines, id).toHaveLength(ENTRIES);
    for (const f of lines) {
      expect(f).toMatchObject({ severity: 'warning', inconclusive: true, direction: 'unknown' });
      expect(f.locations[0]?.file).toBe(VMS);
      expect(f.message).toMatch(/^VM "[a-z0-9-]+" at vm\.lifecycle\.yaml:\d+:5 could not be read: it has no "vmid" \(it has "id"\); not checked/);
    }
  }
}

describe('the evolved corpus (spine-next): VMs that cannot be read', () => {
  it(`has ${ENTRIES} VM entries with "id" instead of "vmid"`, () => {
    expect(ENTRIES).toBeGreaterThan(10);
  });

  it('check --offline: vm-governance and unique-ids are inconclusive, naming every entry they could not read', async () => {
    const io = memoryIo();
    const code = await main(['check', '--offline', '--root', SPINE_NEXT_DIR, '--format', 'json'], io);
    expect(code).toBe(1);
    const report = JSON.parse(io.out.join('')) as Report;
    expectVmsNotEvaluated(report);
    // the schema names each entry once (the missing vmid), and no gate invents cross-file errors about the VMs
    const required = report.findings.filter((f) => f.gate === 'schema' && f.locations[0]?.file === VMS && /missing the required field "vmid"/.test(f.message));
    expect(required).toHaveLength(ENTRIES);
    expect(report.findings.filter((f) => f.subject.kind === 'vm' && !f.inconclusive && f.gate !== 'schema')).toEqual([]);
  });

  it('the text report says the same: inconclusive with what was checked and the place it could not use', async () => {
    const io = memoryIo();
    await main(['check', '--offline', '--root', SPINE_NEXT_DIR, '--gates', 'D69'], io);
    const text = io.out.join('');
    expect(text).toMatch(new RegExp(`^ {2}inconclusive vm-governance \\(D69\\) +${ENTRIES} findings; checked 0 VMs, \\d+ services, \\d+ routed hostnames; could not use ${VMS}:30:5 and ${ENTRIES - 1} more$`, 'm'));
    expect(text).toMatch(/^Result: DRIFT \(exit 1\)/m);
  });

  it('the Action (offline) reports the same in its report file, job summary and metrics', () => {
    const dir = mkdtempSync(join(tmpdir(), 'driftgate-next-'));
    dirs.push(dir);
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: SHARED_DIR,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      RUNNER_TEMP: dir,
      INPUT_MODE: 'offline',
      INPUT_ROOT: 'spine-next',
      INPUT_TOKEN: '',
      INPUT_COMMENT: 'false',
      INPUT_STATUS: 'false',
      INPUT_FAIL_ON: 'error',
      INPUT_REPORT_PATH: join(dir, 'report.json'),
      INPUT_METRICS_OUT: join(dir, 'metrics.prom'),
    };
    for (const f of ['output', 'summary.md']) writeFileSync(join(dir, f), '');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/action/main.ts'], { cwd: REPO_DIR, env, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(1);
    expectVmsNotEvaluated(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report);
    const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(summary).toMatch(/\| vm-governance \(D69\) \| ❔ INCONCLUSIVE — \d+ warnings?; could not use ops\/bindings\/vm\.lifecycle\.yaml:30:5 and \d+ more \| 0 VMs, /);
    const metrics = readFileSync(join(dir, 'metrics.prom'), 'utf8');
    expect(metrics).toContain('driftgate_gate_result{gate="vm-governance",result="inconclusive"} 1');
    expect(metrics).toContain('driftgate_gate_result{gate="unique-ids",result="pass"} 0');
    expect(metrics).toContain('driftgate_gate_checked{gate="vm-governance",entity="vms"} 0');
  }, 60_000);
});

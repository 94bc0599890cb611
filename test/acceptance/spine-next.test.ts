// The evolved corpus (../shared/spine-next): vm.lifecycle.yaml renamed `vmid` to `id` in every VM
// entry. Under issue #9 the VMs could not be read and the VM gates said so (inconclusive); the
// built-in profile now reads `id` as the vmid (an alias, src/profile/fields.ts), so vm-governance and
// unique-ids evaluate every VM, through the CLI and the Action alike, and the schema accepts `id`.
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

/** The VM gates' verdict in a report: every VM evaluated, none unreadable, no `vmid` missing. */
function expectVmsEvaluated(report: Pick<Report, 'gates' | 'findings'>): void {
  for (const id of ['vm-governance', 'unique-ids']) {
    const run = report.gates.find((g) => g.id === id);
    expect(run?.result, id).not.toBe('inconclusive');
    expect(run?.checked?.vms, id).toBe(ENTRIES);
    expect(run?.note, id).toBeUndefined();
    expect(report.findings.filter((f) => f.gate === id && f.details?.coverage !== undefined), id).toEqual([]);
  }
  expect(report.findings.filter((f) => f.locations[0]?.file === VMS && /vmid|unknown key "id"/.test(f.message))).toEqual([]);
}

describe('the evolved corpus (spine-next): VMs whose vmid is spelt `id`', () => {
  it(`has ${ENTRIES} VM entries with "id" instead of "vmid"`, () => {
    expect(ENTRIES).toBeGreaterThan(10);
  });

  it('check --offline: vm-governance and unique-ids evaluate every VM', async () => {
    const io = memoryIo();
    const code = await main(['check', '--offline', '--root', SPINE_NEXT_DIR, '--format', 'json'], io);
    expect(code).toBe(1);
    const report = JSON.parse(io.out.join('')) as Report;
    expectVmsEvaluated(report);
    // the VM gates judge the VMs: the registry/ssh user disagreement of immich (VM 203) is found
    expect(report.findings.some((f) => f.gate === 'vm-governance' && f.subject.id === '203' && /ssh_user "ubuntu"/.test(f.message))).toBe(true);
  });

  it('the text report says the same: what was checked, every VM', async () => {
    const io = memoryIo();
    await main(['check', '--offline', '--root', SPINE_NEXT_DIR, '--gates', 'D69'], io);
    const text = io.out.join('');
    expect(text).toMatch(new RegExp(`^ {2}fail {9}vm-governance \\(D69\\) +\\d+ findings?; checked ${ENTRIES} VMs, \\d+ services, \\d+ routed hostnames$`, 'm'));
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
    expectVmsEvaluated(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report);
    const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(summary).toMatch(new RegExp(`\\| vm-governance \\(D69\\) \\| [^|]*\\| ${ENTRIES} VMs, `));
    const metrics = readFileSync(join(dir, 'metrics.prom'), 'utf8');
    expect(metrics).toContain('driftgate_gate_result{gate="vm-governance",result="inconclusive"} 0');
    expect(metrics).toContain(`driftgate_gate_checked{gate="vm-governance",entity="vms"} ${ENTRIES}`);
    expect(metrics).toContain(`driftgate_gate_checked{gate="unique-ids",entity="vms"} ${ENTRIES}`);
  }, 60_000);
});

describe("README's account of check --offline on spine-next", () => {
  const readme = readFileSync(join(REPO_DIR, 'README.md'), 'utf8');
  const counts = /\*\*(\d+) findings: (\d+) errors, (\d+) warnings, (\d+) notices\*\*/.exec(readme);
  const more = /Without the config, (\d+) more findings name the home site's/.exec(readme);

  async function summary(args: string[]): Promise<Report> {
    const io = memoryIo();
    await main(['check', '--offline', '--root', SPINE_NEXT_DIR, '--format', 'json', ...args], io);
    return JSON.parse(io.out.join('')) as Report;
  }

  it('the counts with the config its team would write are the real output', async () => {
    expect(counts).not.toBeNull();
    const [, total, errors, warnings, notices] = counts!.map(Number);
    const report = await summary(['--config', join(REPO_DIR, 'test/fixtures/config/spine-next.yaml')]);
    expect(report.summary).toMatchObject({ errors, warnings, notices });
    expect(report.findings).toHaveLength(total!);
  });

  it('without the config: the stated number more, all about the home site the registry leaves out', async () => {
    expect(more).not.toBeNull();
    const withConfig = await summary(['--config', join(REPO_DIR, 'test/fixtures/config/spine-next.yaml')]);
    const without = await summary([]);
    const seen = new Set(withConfig.findings.map((f) => f.fingerprint));
    const extra = without.findings.filter((f) => !seen.has(f.fingerprint));
    expect(extra).toHaveLength(Number(more![1]));
    expect(without.findings.length - withConfig.findings.length).toBe(extra.length);
    for (const f of extra) expect(f.message).toMatch(/home-assistant|homeassistant|pihole-home/);
  });
});


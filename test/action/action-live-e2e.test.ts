// The nightly as a runner runs it: `schedule` event, mode live with the SSH key and known_hosts
// passed as secrets (content), against the lab's SSH and HTTP servers on 127.0.0.1 (demo
// scenario on the example spine), the JSON report, metrics, and the fix PR on the fake Gitea.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../src/lab/start-lab.js';
import { startFakeGitea, type FakeGitea } from '../support/fake-gitea/server.js';
import { addRepo, type FakeRepo } from '../support/fake-gitea/state.js';
import { REPO_DIR } from '../support/paths.js';

const TOKEN = 'gta_bot_token_live_e2e_77aa';

let gitea: FakeGitea;
let repo: FakeRepo;
let lab: Lab;
let work: string;

function pulls0(r: FakeRepo): string {
  return [...r.pulls.values()][0]?.body ?? '';
}

function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }).map(String)) {
    const path = join(dir, name);
    if (statSync(path).isFile()) out[relative(dir, path).split('\\').join('/')] = readFileSync(path, 'utf8');
  }
  return out;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'driftgate-action-live-'));
  cpSync(join(REPO_DIR, 'examples/spine'), join(work, 'spine'), { recursive: true });
  lab = await startLab({ root: join(work, 'spine'), scenario: join(REPO_DIR, 'examples/scenarios/demo.yaml'), outDir: join(work, 'lab') });
  // a leak trap: bazarr's `docker ps` status carries the token and a line of the SSH key, so they
  // reach the registry-status finding's message, and from there every channel (log, summary,
  // report, metrics, status, fix PR title/body) unless masked
  const keyLine = lab.identity.split('\n').find((l) => l.trim().length > 20 && !l.startsWith('-----')) as string;
  let trapped = 0;
  for (const host of lab.world.hosts) {
    for (const stack of host.stacks.values()) {
      for (const c of stack.containers) {
        if (c.Service !== 'bazarr') continue;
        c.Status = `Up 2 hours (${TOKEN} ${keyLine.trim()})`;
        trapped++;
      }
    }
  }
  expect(trapped).toBe(1);
  gitea = await startFakeGitea({ token: TOKEN });
  repo = addRepo(gitea.state, 'ops', 'spine', filesOf(join(work, 'spine')));
}, 60_000);

afterAll(async () => {
  await lab?.close();
  await gitea?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the nightly Action run', () => {
  it('probes live, fails on drift, writes report and metrics, opens the fix PR, leaks no secret', async () => {
    const run = join(work, 'run');
    cpSync(join(work, 'lab'), run, { recursive: true });
    const event = join(run, 'event.json');
    writeFileSync(event, JSON.stringify({ schedule: '17 3 * * *', repository: { full_name: 'ops/spine' } }));
    writeFileSync(join(run, 'output'), '');
    writeFileSync(join(run, 'summary.md'), '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: run,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: join(work, 'spine'),
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_EVENT_PATH: event,
      GITHUB_OUTPUT: join(run, 'output'),
      GITHUB_STEP_SUMMARY: join(run, 'summary.md'),
      GITHUB_REPOSITORY: 'ops/spine',
      GITHUB_SERVER_URL: gitea.url,
      GITHUB_SHA: repo.branches.get('main') as string,
      GITHUB_RUN_ID: '9001',
      GITHUB_RUN_NUMBER: '3',
      RUNNER_TEMP: run,
      INPUT_MODE: 'live',
      INPUT_SSH_KEY: lab.identity,
      INPUT_KNOWN_HOSTS: lab.knownHosts,
      INPUT_CONNECT_MAP: lab.files!.connectMap,
      INPUT_TOKEN: TOKEN,
      INPUT_OPEN_FIX_PR: 'true',
      INPUT_COMMENT: 'false',
      INPUT_STATUS: 'true',
      INPUT_METRICS_OUT: join(run, 'driftgate.prom'),
    };
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/action/main.ts'], { cwd: REPO_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));

    const outputs = Object.fromEntries(
      [...readFileSync(join(run, 'output'), 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1], m[3]]),
    ) as Record<string, string>;
    expect(status, stdout + stderr).toBe(1);
    expect(outputs.result).toBe('drift');
    expect(stdout).toMatch(/registry-status/);
    // the trap was sprung: the finding quoted the status, with the token masked
    expect(stdout).toContain('has been running for 2 hours (*** ***)');
    expect(pulls0(repo)).toContain('2 hours (*** ***)');

    // one fix PR per fix kind with an edit: bazarr runs while the registry says "stopped"
    // (registry-status), radarr stays exited (registry-exited), the apps VM got 8 cores
    // (vm-resources), uptime-kuma runs without a registry entry (registry-entry)
    const pulls = [...repo.pulls.values()];
    expect(pulls.map((p) => p.head.ref).sort()).toEqual(['registry-entry', 'registry-exited', 'registry-status', 'vm-resources'].map((t) => `driftgate/fix/main/${t}`));
    expect(outputs['fix-pr-url']).toContain(`/pulls/${pulls[0]?.number}`);

    const report = readFileSync(outputs['report-path'] as string, 'utf8');
    expect(JSON.parse(report)).toMatchObject({ result: 'drift' });
    const metrics = readFileSync(join(run, 'driftgate.prom'), 'utf8');
    expect(metrics).toContain('driftgate_result{result="drift"} 1');
    expect(metrics).toMatch(/^driftgate_probe_duration_seconds\{kind="ssh",target="[^"]+"\} [0-9.]+$/m);
    expect(repo.statuses.at(-1)).toMatchObject({ context: 'driftgate', state: 'failure', target_url: `${gitea.url}ops/spine/actions/runs/9001` });

    // secrets: only in ::add-mask:: lines; the key file is gone with the temp dir
    const keyLines = lab.identity.split('\n').filter((l) => l.trim() && !l.startsWith('-----'));
    const visible = stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    const bodies = [
      visible,
      stderr,
      report,
      metrics,
      readFileSync(join(run, 'output'), 'utf8'),
      readFileSync(join(run, 'summary.md'), 'utf8'),
      ...pulls.flatMap((p) => [p.title, p.body]),
      ...repo.comments.map((c) => c.body),
      ...repo.statuses.map((st) => JSON.stringify(st)),
    ];
    for (const text of bodies) for (const secret of [TOKEN, ...keyLines]) expect(text.includes(secret)).toBe(false);
    // the private dir with the key file (RUNNER_TEMP/driftgate-XXXXXX) is removed after the run
    expect(readdirSync(run).filter((n) => n.startsWith('driftgate-') && statSync(join(run, n)).isDirectory())).toEqual([]);
    gitea.assertClean();
  }, 90_000);
});

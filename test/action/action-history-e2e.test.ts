// Run history and the drift dashboard through the Action, as a runner runs it: two nightlies
// (input `state` on the fake Gitea, `dashboard: true`, the lab's demo scenario) and then a PR check
// after the nightly stopped. Night 1: the state branch is created, bazarr's stale registry entry
// waits for confirmation (no fix PR), the dashboard issue is created. Night 2 (a day later): the
// fix PR is opened, the same dashboard is updated. The PR check two days later warns that the
// nightly stopped, in the sticky comment.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardMarker } from '../../src/history/dashboard.js';
import { parseState } from '../../src/history/state-doc.js';
import { startLab, type Lab } from '../../src/lab/start-lab.js';
import { STICKY_MARKER } from '../../src/report/comment.js';
import { fileAt, pushCommit } from '../support/fake-gitea/git.js';
import { issuesOf } from '../support/fake-gitea/routes-issues.js';
import { startFakeGitea, type FakeGitea } from '../support/fake-gitea/server.js';
import { addPull, addRepo, type FakeRepo } from '../support/fake-gitea/state.js';
import { REPO_DIR } from '../support/paths.js';

const TOKEN = 'gta_history_e2e_token_31c4';
const STATE = 'driftgate-state.json';
let gitea: FakeGitea;
let repo: FakeRepo;
let lab: Lab;
let work: string;

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }).map(String)) {
    if (statSync(join(dir, name)).isFile()) out[relative(dir, join(dir, name)).split('\\').join('/')] = readFileSync(join(dir, name), 'utf8');
  }
  return out;
}

/** Moves every time in the state file on the branch back by `hours`, as if that much time passed. */
function age(hours: number): void {
  const shift = (iso: string) => new Date(Date.parse(iso) - hours * 3_600_000).toISOString();
  const text = (fileAt(repo, 'driftgate/state', STATE) as string).replace(/"(\d{4}-\d\d-\d\dT[\d:.]+Z)"/g, (_, iso: string) => `"${shift(iso)}"`);
  pushCommit(gitea.state, repo, 'driftgate/state', { files: { [STATE]: text }, message: `age the state by ${hours} h` });
}

async function action(name: string, inputs: Record<string, string>, event: { name: string; payload: unknown }) {
  const dir = mkdtempSync(join(work, `${name}-`));
  writeFileSync(join(dir, 'event.json'), JSON.stringify(event.payload));
  writeFileSync(join(dir, 'output'), '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: join(work, 'spine'),
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_REPOSITORY: 'ops/spine',
    GITHUB_SERVER_URL: gitea.url,
    GITHUB_SHA: repo.branches.get('main') as string,
    GITHUB_RUN_ID: name,
    RUNNER_TEMP: dir,
    INPUT_TOKEN: TOKEN,
    INPUT_STATE: 'driftgate/state',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase().replace(/-/g, '_')}`, v])),
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/action/main.ts'], { cwd: REPO_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (log += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (log += d));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, log };
}

const nightly = (name: string) =>
  action(name, { mode: 'live', 'ssh-key': lab.identity, 'known-hosts': lab.knownHosts, 'connect-map': lab.files!.connectMap, 'open-fix-pr': 'true', dashboard: 'true', comment: 'false', status: 'false' }, {
    name: 'schedule',
    payload: { schedule: '17 3 * * *', repository: { full_name: 'ops/spine' } },
  });

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'driftgate-action-history-'));
  cpSync(join(REPO_DIR, 'examples/spine'), join(work, 'spine'), { recursive: true });
  lab = await startLab({ root: join(work, 'spine'), scenario: join(REPO_DIR, 'examples/scenarios/demo.yaml'), outDir: join(work, 'lab') });
  gitea = await startFakeGitea({ token: TOKEN });
  repo = addRepo(gitea.state, 'ops', 'spine', tree(join(work, 'spine')));
}, 60_000);

afterAll(async () => {
  await lab?.close();
  await gitea?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('run history and the dashboard in the Action', () => {
  it('night 1: records the run on a new state branch, holds the fix back, creates the dashboard', async () => {
    const { status, log } = await nightly('night-1');
    expect(status, log).toBe(1);
    expect(log).toContain('run history: recorded in driftgate/state:driftgate-state.json (1 run(s) kept)');
    expect(repo.pulls.size).toBe(0);
    const state = parseState(fileAt(repo, 'driftgate/state', STATE) as string, STATE);
    expect(state.runs).toHaveLength(1);
    // the first run has no history to damp with: errors block as before, the fix PR is held back
    // only because a fix needs the same value on two runs
    expect(log).toMatch(/history: new; evidence: this run only/);
    const [dash] = issuesOf(repo);
    expect(dash?.body.startsWith(dashboardMarker())).toBe(true);
    expect(dash?.body).toContain('- `registry-status`: held: 1 fix not confirmed yet');
  }, 90_000);

  it('night 2: the same stale value again opens the fix PR; the dashboard is updated in place', async () => {
    age(24);
    const { status, log } = await nightly('night-2');
    expect(status, log).toBe(1);
    expect(log).toContain('(2 run(s) kept)');
    // one PR per fix kind confirmed on both nights (the demo's bazarr, radarr, VM cores, uptime-kuma)
    const pulls = [...repo.pulls.values()];
    expect(pulls.map((p) => p.head.ref).sort()).toEqual(['registry-entry', 'registry-exited', 'registry-status', 'vm-resources'].map((t) => `driftgate/fix/main/${t}`));
    const bazarr = pulls.find((p) => p.head.ref.endsWith('/registry-status'));
    expect(bazarr?.body).toContain('same value in 2 runs in a row');
    const issues = issuesOf(repo);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.body).toContain(`- \`registry-status\`: created [#${bazarr?.number}]`);
    expect(issues[0]?.body).toMatch(/\| error \| service "bazarr" is declared "stopped" .*\| open for 2 runs since /);
  }, 90_000);

  it('a PR check two days after the last nightly warns that the nightly stopped, in the sticky comment', async () => {
    age(48);
    const pr = addPull(gitea.state, repo, { head: 'feature' });
    const { status, log } = await action('pr-check', { mode: 'offline', comment: 'true', status: 'false' }, {
      name: 'pull_request',
      payload: { action: 'synchronized', number: pr.number, pull_request: { number: pr.number, head: { sha: pr.head.sha, repo: { full_name: 'ops/spine' } }, base: { repo: { full_name: 'ops/spine' } } }, repository: { full_name: 'ops/spine' } },
    });
    expect(status, log).toBe(0);
    const comment = repo.comments.find((c) => c.issue === pr.number && c.body.includes(STICKY_MARKER));
    expect(comment?.body).toMatch(/the last live run recorded in driftgate\/state:driftgate-state\.json was at .*, more than 36 h ago: the nightly has not run/);
    // the PR check only read the state
    expect(parseState(fileAt(repo, 'driftgate/state', STATE) as string, STATE).runs).toHaveLength(2);
    for (const text of [log, ...issuesOf(repo).map((i) => i.body), fileAt(repo, 'driftgate/state', STATE) ?? '']) {
      expect(text.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(TOKEN);
    }
  }, 90_000);
});

// The drift dashboard: its body from a report with history, and its lifecycle against the fake
// Gitea playing 1.25, 1.27 and Forgejo (created once, edited in place, unchanged left alone,
// reopened, never duplicated, a marker planted by someone else ignored).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGiteaHttp, type GiteaHttp } from '../../src/gitea/http.js';
import { dashboardBody, dashboardMarker, type DashboardInput } from '../../src/history/dashboard.js';
import { ensureDashboard } from '../../src/history/ensure-dashboard.js';
import type { Finding } from '../../src/gates/types.js';
import { applyRunHistory } from '../../src/history/run-history.js';
import { missedNightlies } from '../../src/history/heartbeat.js';
import { emptyState, recordRun } from '../../src/history/record-run.js';
import { serializeState } from '../../src/history/state-doc.js';
import type { HistoryStore } from '../../src/history/store.js';
import { emptyObservations } from '../../src/probes/snapshot.js';
import { buildReport } from '../../src/report/build-report.js';
import { memoryIo } from '../support/io.js';
import type { PersonalityName } from '../support/fake-gitea/personality.js';
import { startFakeGitea, type FakeGitea } from '../support/fake-gitea/server.js';
import { addIssue, issuesOf, registerIssueRoutes } from '../support/fake-gitea/routes-issues.js';
import type { RouteModule } from '../support/fake-gitea/routes.js';
import { addPull, addRepo, type FakeRepo } from '../support/fake-gitea/state.js';
import { finding, gateRun, night, reportAfter, config } from './support.js';

const RUNS = [gateRun('health', 'live', 'fail', ['D23']), gateRun('registry-status')];

const reportOf = (earlier: Finding[][], tonight: Finding[]) => reportAfter(earlier, tonight, RUNS);

describe('dashboardBody', () => {
  const stale = finding('registry-status', 'bazarr', { fix: 'active', line: 25 });
  const timeout = finding('health', 'grafana', { line: 7 });
  const gone = finding('health', 'sonarr');
  const flappy = finding('registry-status', 'tdarr', { line: 40 });
  const unreachable = { ...finding('registry-status', 'media'), severity: 'warning' as const, inconclusive: true, message: 'host "media" could not be reached over SSH' };
  const input = (): DashboardInput => ({
    report: reportOf([[stale, gone, flappy], [stale, gone]], [stale, timeout, flappy, unreachable]),
    repoUrl: 'https://git.example.com/git/ops/spine',
    branch: 'main',
    runUrl: 'https://git.example.com/git/ops/spine/actions/runs/7',
    fixPrs: [{ topic: 'registry-status', action: 'created', number: 12, url: 'https://git.example.com/git/ops/spine/pulls/12' }],
    heartbeatHours: 36,
    now: new Date(night(3)),
  });

  it('says when the last live run was and when the next is due', () => {
    const body = dashboardBody(input());
    expect(body.startsWith(`${dashboardMarker()}\n`)).toBe(true);
    expect(body).toContain('**Last live run:** 2026-02-03 03:17 UTC: ❌ DRIFT, 1 error(s), 3 warning(s) ([run](https://git.example.com/git/ops/spine/actions/runs/7))');
    expect(body).toContain('**Next live run due before:** 2026-02-04 15:17 UTC (`history.heartbeat_hours`: 36). If that time has passed and this dashboard has not changed, the nightly is not running');
  });

  it('lists what changed, the open findings by gate with first-seen dates and file:line links, and flapping ones apart', () => {
    const body = dashboardBody(input());
    expect(body).toContain('New (1):\n\n- grafana drifted `health` [docs/governance/SERVICE_REGISTRY.yaml:7](https://git.example.com/git/ops/spine/src/branch/main/docs/governance/SERVICE_REGISTRY.yaml#L7)\n');
    expect(body).toContain('Resolved (1):\n\n- sonarr drifted `health`: open since 2026-02-01, last seen 2026-02-02 (2 runs)\n');
    expect(body).toContain('#### registry-status (1)');
    expect(body).toContain('| error | bazarr drifted | [docs/governance/SERVICE_REGISTRY.yaml:25](https://git.example.com/git/ops/spine/src/branch/main/docs/governance/SERVICE_REGISTRY.yaml#L25) | 2026-02-01 | open for 3 runs since 2026-02-01 |');
    expect(body).toContain('| warning | grafana drifted | [docs/governance/SERVICE_REGISTRY.yaml:7]');
    expect(body).toContain('new; pending: seen in 1 of the last 3 runs, error from 2 of 3 |');
    expect(body).toMatch(/### Flapping[^\n]*\n\n- tdarr drifted `registry-status` .*: flapping: 2 changes in the last 3 runs/);
    expect(body).toContain('- `registry-status`: created [#12](https://git.example.com/git/ops/spine/pulls/12)');
    expect(body).toContain('### Not probed: drift not ruled out (1)\n\n- `media`: host "media" could not be reached over SSH `registry-status`');
    expect(body).toContain('  - gate: "registry-status"\n    subject: "bazarr"\n    reason: "why this is accepted for now"\n    expires: 2026-03-05');
  });

  it('lists under each topic what a person must act on, and topics held or not planned with the reason', () => {
    const left = 'PR #14 is left open: the drift it was opened for is gone, but its branch driftgate/fix/main/registry-status carries commits that are not driftgate\'s (alice); merge or close it';
    const blockedReason = 'branch driftgate/fix/main/vm-inventory carries commits that are not driftgate\'s (bob); they are never overwritten';
    const body = dashboardBody({
      ...input(),
      fixPrs: [
        { topic: 'registry-status', action: 'left-open', number: 14, url: 'https://git.example.com/git/ops/spine/pulls/14', note: 'the drift is gone, but the branch carries commits that are not driftgate\'s (alice)', warnings: [left] },
        { topic: 'vm-inventory', action: 'blocked', note: blockedReason, warnings: [`${blockedReason} and cannot propose its fix`] },
        { topic: 'health', action: 'not planned', note: 'probes were inconclusive, so no fix is planned and its PR is left alone' },
      ],
    });
    expect(body).toContain(`- \`registry-status\`: left-open [#14](https://git.example.com/git/ops/spine/pulls/14): the drift is gone, but the branch carries commits that are not driftgate's (alice)\n  - ⚠️ ${left}\n`);
    // a warning that repeats the note is said once
    expect(body).toContain(`- \`vm-inventory\`: blocked: ${blockedReason}\n- \`health\`: not planned: probes were inconclusive`);
  });

  it('escapes what a finding says, so it cannot break the table or inject markup', () => {
    const nasty = { ...finding('health', 'x', { line: 3 }), message: 'a | b <img src=x> *y*' };
    expect(dashboardBody({ ...input(), report: reportOf([], [nasty]) })).toContain('| warning | a \\| b &lt;img src=x&gt; \\*y\\* |');
  });

  it('uses plain places without a repository address', () => {
    expect(dashboardBody({ ...input(), repoUrl: undefined })).toContain('| `docs/governance/SERVICE_REGISTRY.yaml:25` |');
  });
});

/** A run history in memory, compare-and-swap on a counter. */
function memoryStore(initial?: string): HistoryStore {
  let text = initial;
  let version = initial === undefined ? undefined : '1';
  return {
    source: 'state.json',
    read: async () => ({ text, version }),
    write: async (next, expected) => {
      if (expected !== version) return false;
      text = next;
      version = String(Number(version ?? 0) + 1);
      return true;
    },
  };
}

describe('dashboardBody after a live run that could not evaluate (the heartbeat on the dashboard)', () => {
  /** night `n`'s live run, whose gate errs, after a state whose last run that judged was night `ok` */
  async function erring(ok: number | undefined, n: number): Promise<string> {
    const cfg = config();
    const earlier = ok === undefined ? [] : [{ run: { id: night(ok), at: night(ok), result: 'pass' as const }, findings: [], judged: new Set<string>() }];
    // the night before this one could not evaluate either (unless it is night `ok`)
    const failed = ok === n - 1 ? [] : [{ run: { id: night(n - 1), at: night(n - 1), result: 'error' as const }, findings: [], judged: new Set<string>() }];
    const prev = [...earlier, ...failed].reduce((st, r) => recordRun(st, r, cfg.history), emptyState());
    const runs = [gateRun('health', 'live', 'error')];
    const observations = emptyObservations(night(n));
    const applied = await applyRunHistory({ store: memoryStore(serializeState(prev)), strict: true }, { raw: [], findings: [], runs, config: cfg, now: new Date(night(n)), observations }, memoryIo());
    const report = buildReport({ root: '.', durationMs: 1, fileCount: 1, runs: applied.runs, findings: applied.findings, history: applied.history, observations });
    expect(report.result).toBe('error');
    return dashboardBody({ report, branch: 'main', fixPrs: [], heartbeatHours: cfg.history.heartbeatHours, now: new Date(night(n)) });
  }

  it('names this run and the last one that could evaluate, and warns when that is older than heartbeat_hours', async () => {
    const body = await erring(1, 4);
    expect(body).toContain('**Last live run:** 2026-02-04 03:17 UTC: 💥 ERROR, 0 error(s), 0 warning(s)');
    expect(body).toContain('**Last live run that could evaluate:** 2026-02-01 03:17 UTC');
    expect(body).toContain('> ⚠️ live drift has not been checked since 2026-02-01 03:17 UTC, more than 36 h ago (`history.heartbeat_hours`): the nightly runs but cannot evaluate; see the log of this run');
    expect(body).toContain('**Next live run due before:** 2026-02-05 15:17 UTC');
  });

  it('no warning while the last run that could evaluate is recent; a warning when none ever could', async () => {
    const recent = await erring(2, 3);
    expect(recent).toContain('**Last live run that could evaluate:** 2026-02-02 03:17 UTC');
    expect(recent).not.toContain('> ⚠️');
    const never = await erring(undefined, 3);
    expect(never).toContain('**Last live run that could evaluate:** none recorded');
    expect(never).toContain('> ⚠️ no recorded live run could evaluate yet: live drift is not being checked');
  });

  it('a run that judged after missed nightlies says so under its time', () => {
    const cfg = config();
    const gap = missedNightlies(night(1), night(5), 'state.json', cfg);
    const report = reportOf([], []);
    const body = dashboardBody({ report: { ...report, findings: [...report.findings, gap!] }, branch: 'main', fixPrs: [], heartbeatHours: 36, now: new Date(night(1)) });
    expect(body).toContain('> ⚠️ the previous live run recorded in state.json was at 2026-02-01 03:17 UTC, 96 h before this one (more than 36 h): nightlies were missed in between');
    expect(body).not.toContain('could evaluate');
  });
});

for (const personality of ['gitea-1.25', 'gitea-1.27', 'forgejo'] as PersonalityName[]) {
  describe(`ensureDashboard on ${personality}`, () => {
    let gitea: FakeGitea;
    let repo: FakeRepo;
    let http: GiteaHttp;
    const REF = { owner: 'ops', repo: 'spine' };
    const human = { id: 7, login: 'alice' };

    async function start(routes: RouteModule[] = []) {
      gitea = await startFakeGitea({ personality, routes });
      gitea.state.users.push(human);
      repo = addRepo(gitea.state, 'ops', 'spine');
      http = createGiteaHttp({ serverUrl: gitea.url, token: gitea.token, retryDelayMs: 0 });
    }
    beforeEach(() => start());
    afterEach(async () => {
      await gitea.close();
    });

    const body = (text: string) => `${dashboardMarker()}\n${text}\n`;

    it('creates it once, edits it in place, and leaves an unchanged body alone', async () => {
      gitea.expect('POST', '/repos/{owner}/{repo}/issues', 1);
      gitea.expect('PATCH', '/repos/{owner}/{repo}/issues/{index}', 1);
      expect(await ensureDashboard(http, REF, body('night 1'))).toMatchObject({ action: 'created', number: 1 });
      expect(await ensureDashboard(http, REF, body('night 2'))).toMatchObject({ action: 'updated', number: 1 });
      expect(await ensureDashboard(http, REF, body('night 2'))).toMatchObject({ action: 'unchanged', number: 1 });
      expect(issuesOf(repo)).toHaveLength(1);
      expect(issuesOf(repo)[0]).toMatchObject({ title: 'driftgate: drift dashboard', body: body('night 2'), user: { login: 'driftgate-bot' } });
    });

    it('reopens its dashboard when someone closed it, instead of opening another', async () => {
      addIssue(gitea.state, repo, { title: 'driftgate: drift dashboard', body: body('old'), state: 'closed' });
      const out = await ensureDashboard(http, REF, body('old'));
      expect(out).toMatchObject({ action: 'reopened', number: 1 });
      expect(issuesOf(repo).map((i) => [i.number, i.state])).toEqual([[1, 'open']]);
    });

    it('ignores a marker planted by another user, and pull requests', async () => {
      const planted = addIssue(gitea.state, repo, { title: 'fake dashboard', body: body('planted by alice'), user: human });
      addPull(gitea.state, repo, { head: 'feature', body: body('in a PR') });
      const out = await ensureDashboard(http, REF, body('real'));
      expect(out).toMatchObject({ action: 'created', number: 3 });
      expect(planted.body).toBe(body('planted by alice'));
      expect(gitea.requests.find((r) => r.method === 'GET' && r.template === '/repos/{owner}/{repo}/issues')?.query).toContain('created_by=driftgate-bot');
    });

    it('matches by author itself on a server that ignores created_by', async () => {
      await gitea.close();
      const ignoring: RouteModule = (routes) =>
        registerIssueRoutes({ on: (method, template, handler) => routes.on(method, template, (req, state) => handler({ ...req, query: new URLSearchParams([...req.query].filter(([k]) => k !== 'created_by')) }, state)) });
      await start([ignoring]);
      const planted = addIssue(gitea.state, repo, { title: 'fake dashboard', body: body('planted'), user: human });
      expect(await ensureDashboard(http, REF, body('real'))).toMatchObject({ action: 'created', number: 2 });
      expect(planted.body).toBe(body('planted'));
    });

    it('keeps dashboards of different keys apart and prefers the open one of its own', async () => {
      addIssue(gitea.state, repo, { title: 'old', body: body('closed twin'), state: 'closed' });
      addIssue(gitea.state, repo, { title: 'current', body: body('open') });
      expect(await ensureDashboard(http, REF, body('next'))).toMatchObject({ action: 'updated', number: 2 });
      const keyed = `${dashboardMarker('edge')}\nx\n`;
      expect(await ensureDashboard(http, REF, keyed, 'edge')).toMatchObject({ action: 'created', number: 3 });
      expect(issuesOf(repo)[2]?.title).toBe('driftgate: drift dashboard (edge)');
    });
  });
}

// The fix PR lifecycle against the swagger-validating fake Gitea on 127.0.0.1, on Gitea 1.27
// (lookup by base/head, force_push rebuild) and on an old server (list + head.ref, commit on top).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { createGiteaHttp, type GiteaHttp } from '../../src/gitea/http.js';
import { fixBranchName } from '../../src/fix/fix-branch.js';
import { DRIFT_GONE_MARKER, HUMAN_COMMITS_MARKER, readFingerprint } from '../../src/fix/pr-body.js';
import { planFixes, type TopicPlan } from '../../src/fix/plan-fixes.js';
import { ensureFixPr, type FixPrOptions } from '../../src/fix/pr.js';
import { startFakeGitea, type FakeGitea } from '../support/fake-gitea/server.js';
import { addPull, addRepo, fakeSha, type FakeRepo } from '../support/fake-gitea/state.js';
import { REGISTRY, staleFinding } from './support.js';

const REGISTRY_TEXT = [
  '# Service registry',
  'services:',
  '  alpha:',
  '    host: h1',
  '    status: stopped  # crashed 2026-02-10',
  '    notes: >',
  '      folded notes',
  '      stay as they are',
  '',
  '  beta:',
  '    host: h1',
  "    status: 'stopped'",
  '',
].join('\n');

const repoRef = { owner: 'infra', repo: 'spine' };
const opts: FixPrOptions = { base: 'main', labels: ['driftgate'], maxOpenPrs: 5 };
const BRANCH = fixBranchName('main', 'registry-status');

function plan(ids: string[], text = REGISTRY_TEXT): TopicPlan {
  const p = planFixes(ids.map((id) => staleFinding(id)), defaultConfig(), (f) => (f === REGISTRY ? text : undefined));
  return p.topics[0] as TopicPlan;
}

for (const version of ['1.27.0', '1.21.11', '1.19.4']) {
  describe(`fix PR lifecycle on Gitea ${version}`, () => {
    let fake: FakeGitea;
    let http: GiteaHttp;
    let repo: FakeRepo;

    beforeEach(async () => {
      fake = await startFakeGitea({ version });
      http = createGiteaHttp({ serverUrl: fake.url, token: fake.token, retries: 0 });
      repo = addRepo(fake.state, 'infra', 'spine', { [REGISTRY]: REGISTRY_TEXT });
    });
    afterEach(async () => {
      fake.assertClean();
      await fake.close();
    });

    const since = (n: number) => fake.requests.slice(n);
    const branchFile = () => repo.files.get(BRANCH)?.get(REGISTRY);
    const pulls = () => [...repo.pulls.values()];

    it('opens one PR, then an identical run pushes nothing, a changed plan updates it, and no drift closes it', async () => {
      // the whole lifecycle, checked when the fake closes: one PR opened, two pushes (the first
      // plan, the changed plan), two edits of the PR (the update, the close)
      fake.expect('POST', '/repos/{owner}/{repo}/pulls', 1);
      fake.expect('POST', '/repos/{owner}/{repo}/contents', 2);
      fake.expect('PATCH', '/repos/{owner}/{repo}/pulls/{index}', 2);
      const first = await ensureFixPr(http, repoRef, plan(['alpha', 'beta']), opts);
      expect(first.action).toBe('created');
      expect(pulls()).toHaveLength(1);
      const pr = pulls()[0]!;
      expect(pr.head.ref).toBe(BRANCH);
      expect(first.number).toBe(pr.number);
      expect(readFingerprint(pr.body, 'registry-status')).toBe(plan(['alpha', 'beta']).fingerprint);
      expect(pr.labels).toEqual([repo.labels.find((l) => l.name === 'driftgate')!.id]);
      expect(pr.title).toBe('driftgate: fix 2 stale values (registry-status)');
      expect(pr.body).toContain(`| \`${REGISTRY}\` | 5 | \`/services/alpha/status\` | stopped → active | stopped | running |`);
      expect(pr.body).toContain(`| \`${REGISTRY}\` | 12 | \`/services/beta/status\` | stopped → active |`);
      expect(pr.body).toContain('driftgate check --gates registry-status');
      const commit = repo.commits.find((c) => c.branch === BRANCH)!;
      expect(commit.message).toContain(`Driftgate-Plan: ${plan(['alpha', 'beta']).fingerprint}`);
      expect(branchFile()).toBe(plan(['alpha', 'beta']).files[0]!.after);
      expect(branchFile()).toContain("    status: active  # crashed 2026-02-10\n    notes: >\n      folded notes\n");
      expect(branchFile()).toContain("    status: 'active'\n");
      const usedLookup = fake.requests.some((r) => r.template === '/repos/{owner}/{repo}/pulls/{base}/{head}');
      expect(usedLookup).toBe(version === '1.27.0');

      const mark = fake.requests.length;
      const second = await ensureFixPr(http, repoRef, plan(['alpha', 'beta']), opts);
      expect(second).toMatchObject({ action: 'not-updated', number: pr.number });
      expect(since(mark).filter((r) => r.template?.includes('/contents'))).toEqual([]);
      expect(since(mark).filter((r) => r.method !== 'GET')).toEqual([]);

      const third = await ensureFixPr(http, repoRef, plan(['alpha']), opts);
      expect(third).toMatchObject({ action: 'updated', number: pr.number });
      expect(pulls()).toHaveLength(1);
      expect(branchFile()).toBe(plan(['alpha']).files[0]!.after);
      expect(branchFile()).toContain("    status: 'stopped'\n");
      expect(readFingerprint(pr.body, 'registry-status')).toBe(plan(['alpha']).fingerprint);
      const onBranch = repo.commits.filter((c) => c.branch === BRANCH).length;
      expect(onBranch).toBe(version === '1.27.0' ? 1 : 2); // rebuilt with force_push vs committed on top

      const gone = await ensureFixPr(http, repoRef, plan([]), opts);
      expect(gone).toMatchObject({ action: 'closed', number: pr.number });
      expect(pr.state).toBe('closed');
      expect(repo.comments.filter((c) => c.issue === pr.number && c.body.includes(DRIFT_GONE_MARKER))).toHaveLength(1);

      const after = await ensureFixPr(http, repoRef, plan([]), opts);
      expect(after.action).toBe('none');
    });

    it('keeps a human commit on the branch and says why once', async () => {
      await ensureFixPr(http, repoRef, plan(['alpha', 'beta']), opts);
      const human = `${REGISTRY_TEXT}# reviewed by alice\n`;
      const sha = fakeSha(fake.state, 'alice');
      repo.commits.push({ sha, branch: BRANCH, message: 'tweak', author: Object.assign({ id: 7, login: 'alice' }, { name: 'Alice', email: 'alice@example.com' }), changes: { [REGISTRY]: human }, created_at: fake.state.now() });
      repo.files.get(BRANCH)!.set(REGISTRY, human);
      repo.branches.set(BRANCH, sha);

      const mark = fake.requests.length;
      const r1 = await ensureFixPr(http, repoRef, plan(['alpha']), opts);
      const r2 = await ensureFixPr(http, repoRef, plan(['alpha']), opts);
      expect(r1.action).toBe('blocked');
      expect(r1.reason).toContain('Alice');
      expect(r2.action).toBe('blocked');
      expect(repo.branches.get(BRANCH)).toBe(sha);
      expect(branchFile()).toBe(human);
      expect(since(mark).filter((r) => r.method === 'POST' && r.template === '/repos/{owner}/{repo}/contents')).toEqual([]);
      expect(repo.comments.filter((c) => c.body.includes(HUMAN_COMMITS_MARKER))).toHaveLength(1);
    });

    it('re-applies the edits on the base as it is now', async () => {
      const stale = plan(['alpha', 'beta']);
      const moved = `# a line added on main\n${REGISTRY_TEXT.replace("status: 'stopped'", "status: 'active'")}`;
      repo.files.get('main')!.set(REGISTRY, moved);
      const r = await ensureFixPr(http, repoRef, stale, opts);
      expect(r.action).toBe('created');
      expect(branchFile()).toBe(moved.replace('status: stopped  #', 'status: active  #'));
      expect(r.plan!.files[0]!.edits).toEqual([{ pointer: '/services/alpha/status', value: 'active' }]);
      expect(r.notes.join('\n')).toContain('/services/beta/status already has its value');
      expect(r.plan!.fingerprint).toBe(plan(['alpha']).fingerprint);
    });

    it('refuses an edit whose node vanished on the base, keeps the others', async () => {
      const stale = plan(['alpha', 'beta']);
      repo.files.get('main')!.set(REGISTRY, REGISTRY_TEXT.replace('  alpha:\n    host: h1\n', '  gamma:\n    host: h1\n'));
      const r = await ensureFixPr(http, repoRef, stale, opts);
      expect(r.action).toBe('created');
      expect(r.plan!.refused.map((x) => x.pointer)).toEqual(['/services/alpha/status']);
      expect(r.plan!.refused[0]!.reason).toContain('does not exist');
      expect(r.plan!.files[0]!.edits.map((e) => e.pointer)).toEqual(['/services/beta/status']);
    });

    it('recovers from a 409 when a parallel run opened the PR first', async () => {
      const racing = await startFakeGitea({
        version,
        routes: [
          (routes) =>
            routes.on('POST', '/repos/{owner}/{repo}/pulls', (req, state) => {
              const r = state.repos.get('infra/spine')!;
              addPull(state, r, { head: (req.body as { head: string }).head, title: 'opened by a parallel run' });
              return { status: 409, body: { message: 'pull request already exists for these targets', url: '' } };
            }),
        ],
      });
      try {
        const racingRepo = addRepo(racing.state, 'infra', 'spine', { [REGISTRY]: REGISTRY_TEXT });
        const client = createGiteaHttp({ serverUrl: racing.url, token: racing.token, retries: 0 });
        const r = await ensureFixPr(client, repoRef, plan(['alpha']), opts);
        expect(r.action).toBe('updated');
        const prs = [...racingRepo.pulls.values()];
        expect(prs).toHaveLength(1);
        expect(prs[0]!.title).toBe('driftgate: fix 1 stale value (registry-status)');
        expect(readFingerprint(prs[0]!.body, 'registry-status')).toBe(plan(['alpha']).fingerprint);
        racing.assertClean();
      } finally {
        await racing.close();
      }
    });

    it('does not open a PR beyond the cap of open driftgate PRs', async () => {
      repo.labels.push({ id: 900, name: 'driftgate', color: '#d93f0b', description: '' });
      const other = addPull(fake.state, repo, { head: 'main', title: 'other driftgate fix' });
      other.labels = [900];
      const r = await ensureFixPr(http, repoRef, plan(['alpha']), { ...opts, maxOpenPrs: 1 });
      expect(r.action).toBe('blocked');
      expect(r.reason).toContain('cap 1');
      expect(pulls()).toHaveLength(1);
      expect(repo.branches.has(BRANCH)).toBe(false);
    });
  });
}

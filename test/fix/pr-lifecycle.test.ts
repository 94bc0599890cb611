// The fix PR lifecycle against the swagger-validating fake Gitea on 127.0.0.1, on each server
// personality: Gitea 1.27 (branch rebuilt from the base, moved with compare-and-swap), 1.25 and
// Forgejo (commit on top, file shas as the guard), and 1.19 (no `not` on the commit list).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DRIFT_GONE_MARKER, HUMAN_COMMITS_MARKER, readFingerprint } from '../../src/fix/pr-body.js';
import { ensureFixPr } from '../../src/fix/pr.js';
import { createGiteaHttp } from '../../src/gitea/http.js';
import { fileAt, history, pushCommit } from '../support/fake-gitea/git.js';
import type { PersonalityName } from '../support/fake-gitea/personality.js';
import { startFakeGitea } from '../support/fake-gitea/server.js';
import { addPull, addRepo } from '../support/fake-gitea/state.js';
import { alicePushes, BRANCH, opts, plan, REGISTRY_TEXT, repoRef, startWorld, writes, type GiteaWorld } from './gitea-support.js';
import { REGISTRY } from './support.js';

const PERSONALITIES: PersonalityName[] = ['gitea-1.27', 'gitea-1.25', 'forgejo', 'gitea-1.19'];

for (const personality of PERSONALITIES) {
  describe(`fix PR lifecycle on ${personality}`, () => {
    let w: GiteaWorld;
    const rebuilds = personality === 'gitea-1.27';

    beforeEach(async () => {
      w = await startWorld(personality);
    });
    afterEach(async () => {
      await w.fake.close();
    });

    const branchFile = () => fileAt(w.repo, BRANCH, REGISTRY);
    const pulls = () => [...w.repo.pulls.values()];

    it('opens one PR, then an identical run pushes nothing, a changed plan updates it, and no drift closes it and deletes the branch', async () => {
      // checked when the fake closes: one PR opened, two pushes (the first plan, the changed
      // plan), two edits of the PR (the update, the close), and never the single-PR lookup
      w.fake.expect('POST', '/repos/{owner}/{repo}/pulls', 1);
      w.fake.expect('POST', '/repos/{owner}/{repo}/contents', 2);
      w.fake.expect('PATCH', '/repos/{owner}/{repo}/pulls/{index}', 2);
      w.fake.expect('GET', '/repos/{owner}/{repo}/pulls/{base}/{head}', 0);
      const first = await ensureFixPr(w.http, repoRef, plan(['alpha', 'beta']), opts);
      expect(first.action).toBe('created');
      expect(pulls()).toHaveLength(1);
      const pr = pulls()[0]!;
      expect(pr.head.ref).toBe(BRANCH);
      expect(first.number).toBe(pr.number);
      expect(readFingerprint(pr.body, 'registry-status')).toBe(plan(['alpha', 'beta']).fingerprint);
      expect(pr.labels).toEqual([w.repo.labels.find((l) => l.name === 'driftgate')!.id]);
      expect(pr.title).toBe('driftgate: fix 2 stale values (registry-status)');
      expect(pr.body).toContain(`| \`${REGISTRY}\` | 5 | \`/services/alpha/status\` | stopped → active | stopped | running |`);
      expect(pr.body).toContain(`| \`${REGISTRY}\` | 12 | \`/services/beta/status\` | stopped → active |`);
      expect(pr.body).toContain('driftgate check --gates registry-status');
      const commit = history(w.repo, BRANCH, 'main')[0]!;
      expect(commit.message).toContain(`Driftgate-Plan: ${plan(['alpha', 'beta']).fingerprint}`);
      expect(commit.author).toMatchObject({ name: 'driftgate-bot', email: 'driftgate-bot@noreply.localhost' });
      expect(branchFile()).toBe(plan(['alpha', 'beta']).files[0]!.after);
      expect(branchFile()).toContain('    status: active  # crashed 2026-02-10\n    notes: >\n      folded notes\n');
      expect(branchFile()).toContain("    status: 'active'\n");

      const mark = w.fake.requests.length;
      const second = await ensureFixPr(w.http, repoRef, plan(['alpha', 'beta']), opts);
      expect(second).toMatchObject({ action: 'not-updated', number: pr.number });
      expect(w.fake.requests.slice(mark).filter((r) => r.template?.includes('/contents'))).toEqual([]);
      expect(writes(w, mark)).toEqual([]);

      const third = await ensureFixPr(w.http, repoRef, plan(['alpha']), opts);
      expect(third).toMatchObject({ action: 'updated', number: pr.number });
      expect(pulls()).toHaveLength(1);
      expect(branchFile()).toBe(plan(['alpha']).files[0]!.after);
      expect(branchFile()).toContain("    status: 'stopped'\n");
      expect(readFingerprint(pr.body, 'registry-status')).toBe(plan(['alpha']).fingerprint);
      // rebuilt from the base (compare-and-swap, no scratch branch left) vs committed on top
      expect(history(w.repo, BRANCH, 'main')).toHaveLength(rebuilds ? 1 : 2);
      expect([...w.repo.branches.keys()].filter((b) => b.startsWith('driftgate/scratch/'))).toEqual([]);

      const gone = await ensureFixPr(w.http, repoRef, plan([]), opts);
      expect(gone).toMatchObject({ action: 'closed', number: pr.number, warnings: [] });
      expect(pr.state).toBe('closed');
      const closing = w.repo.comments.filter((c) => c.issue === pr.number && c.body.includes(DRIFT_GONE_MARKER));
      expect(closing).toHaveLength(1);
      expect(closing[0]!.body).toContain(`Its branch \`${BRANCH}\` held only driftgate's commits and is deleted`);
      expect(w.repo.branches.has(BRANCH)).toBe(false);
      expect(gone.notes).toEqual([`deleted the branch ${BRANCH} (only driftgate's commits)`]);

      const after = await ensureFixPr(w.http, repoRef, plan([]), opts);
      expect(after.action).toBe('none');
    });

    it('keeps a person\'s commit on the branch and says once, correctly, how to get a fresh proposal', async () => {
      await ensureFixPr(w.http, repoRef, plan(['alpha', 'beta']), opts);
      const human = alicePushes(w);

      const mark = w.fake.requests.length;
      const r1 = await ensureFixPr(w.http, repoRef, plan(['alpha']), opts);
      const r2 = await ensureFixPr(w.http, repoRef, plan(['alpha']), opts);
      expect(r1.action).toBe('blocked');
      expect(r1.reason).toContain('Alice');
      expect(r2.action).toBe('blocked');
      expect(w.repo.branches.get(BRANCH)).toBe(human.sha);
      expect(w.fake.requests.slice(mark).filter((r) => r.method !== 'GET' && r.template !== '/repos/{owner}/{repo}/issues/{index}/comments')).toEqual([]);
      const said = w.repo.comments.filter((c) => c.body.includes(HUMAN_COMMITS_MARKER));
      expect(said).toHaveLength(1);
      // closing the PR alone would not do: the branch would still hold Alice's commit
      expect(said[0]!.body).toContain('close this PR **and delete the branch**');
      expect(said[0]!.body).not.toMatch(/close this PR and driftgate proposes a fresh one/);
    });

    it('re-applies the edits on the base as it is now', async () => {
      const stale = plan(['alpha', 'beta']);
      const moved = `# a line added on main\n${REGISTRY_TEXT.replace("status: 'stopped'", "status: 'active'")}`;
      pushCommit(w.fake.state, w.repo, 'main', { files: { [REGISTRY]: moved } });
      const r = await ensureFixPr(w.http, repoRef, stale, opts);
      expect(r.action).toBe('created');
      expect(branchFile()).toBe(moved.replace('status: stopped  #', 'status: active  #'));
      expect(r.plan!.files[0]!.edits).toEqual([{ pointer: '/services/alpha/status', value: 'active' }]);
      expect(r.notes.join('\n')).toContain('/services/beta/status already has its value');
      expect(r.plan!.fingerprint).toBe(plan(['alpha']).fingerprint);
    });

    it('refuses an edit whose node vanished on the base, keeps the others', async () => {
      const stale = plan(['alpha', 'beta']);
      pushCommit(w.fake.state, w.repo, 'main', { files: { [REGISTRY]: REGISTRY_TEXT.replace('  alpha:\n    host: h1\n', '  gamma:\n    host: h1\n') } });
      const r = await ensureFixPr(w.http, repoRef, stale, opts);
      expect(r.action).toBe('created');
      expect(r.plan!.refused.map((x) => x.pointer)).toEqual(['/services/alpha/status']);
      expect(r.plan!.refused[0]!.reason).toContain('does not exist');
      expect(r.plan!.files[0]!.edits.map((e) => e.pointer)).toEqual(['/services/beta/status']);
    });

    it('recovers from a 409 when a parallel run opened the PR first', async () => {
      const racing = await startFakeGitea({
        personality,
        routes: [
          (routes) =>
            routes.on('POST', '/repos/{owner}/{repo}/pulls', (req, state) => {
              const r = state.repos.get('infra/spine')!;
              const body = req.body as { head: string; body: string };
              addPull(state, r, { head: body.head, body: body.body, title: 'opened by a parallel run' });
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
      } finally {
        await racing.close();
      }
    });

    it('does not open a PR beyond the cap of open driftgate PRs', async () => {
      w.repo.labels.push({ id: 900, name: 'driftgate', color: '#d93f0b', description: '' });
      const other = addPull(w.fake.state, w.repo, { head: 'main', title: 'other driftgate fix' });
      other.labels = [900];
      const r = await ensureFixPr(w.http, repoRef, plan(['alpha']), { ...opts, maxOpenPrs: 1 });
      expect(r.action).toBe('blocked');
      expect(r.reason).toContain('cap 1');
      expect(pulls()).toHaveLength(1);
      expect(w.repo.branches.has(BRANCH)).toBe(false);
    });
  });
}

// The fix PR lifecycle where real Gitea bites (go-gitea/gitea behaviour the fake keeps), on the
// fake's 1.25, 1.27 and Forgejo personalities: an old closed PR that the single-PR lookup answers
// first, a person's push to a fix PR when the drift goes away and comes back, a push that lands
// between driftgate's check and its write, and markers planted by another user.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DRIFT_GONE_MARKER, fingerprintComment, HUMAN_COMMITS_MARKER } from '../../src/fix/pr-body.js';
import { ensureFixPr } from '../../src/fix/pr.js';
import { fileAt, history } from '../support/fake-gitea/git.js';
import type { PersonalityName } from '../support/fake-gitea/personality.js';
import { addComment, addPull } from '../support/fake-gitea/state.js';
import { alicePushes, BRANCH, MALLORY, onBranch, opts, plan, repoRef, startWorld, writes, type GiteaWorld } from './gitea-support.js';
import { REGISTRY } from './support.js';

const PERSONALITIES: PersonalityName[] = ['gitea-1.25', 'gitea-1.27', 'forgejo'];
const CONTENTS = '/repos/{owner}/{repo}/contents';

for (const personality of PERSONALITIES) {
  describe(`fix PRs where Gitea bites, on ${personality}`, () => {
    let w: GiteaWorld;
    beforeEach(async () => {
      w = await startWorld(personality);
    });
    afterEach(async () => {
      await w.fake.close();
    });
    const pulls = () => [...w.repo.pulls.values()];
    const commentsOn = (n: number) => w.repo.comments.filter((c) => c.issue === n);

    it('finds the open PR behind an older closed one on the same branch: no duplicate, no churn, closes the right PR', async () => {
      // an older driftgate closed PR #1 when the drift went away and kept its branch; the drift
      // came back and PR #2 was opened on the same branch
      const old = await ensureFixPr(w.http, repoRef, plan(['alpha', 'beta']), opts);
      const first = w.repo.pulls.get(old.number!)!;
      first.state = 'closed';
      const reopened = await ensureFixPr(w.http, repoRef, plan(['alpha', 'beta']), opts);
      expect(reopened.action).toBe('created');
      expect(reopened.notes).toContain(`${BRANCH} already holds this plan; nothing pushed`);
      const second = w.repo.pulls.get(reopened.number!)!;
      expect(second.number).toBeGreaterThan(first.number);

      // the quirk: Gitea's lookup by base/head answers the old closed PR
      if (personality !== 'gitea-1.19') {
        const looked = (await w.http.request<{ number: number; state: string }>('GET', `/repos/infra/spine/pulls/main/${encodeURIComponent(BRANCH)}`)).body;
        expect(looked).toMatchObject({ number: first.number, state: 'closed' });
      }

      const mark = w.fake.requests.length;
      const same = await ensureFixPr(w.http, repoRef, plan(['alpha', 'beta']), opts);
      expect(same).toMatchObject({ action: 'not-updated', number: second.number });
      expect(writes(w, mark)).toEqual([]); // no force-push, no re-edit: no write at all
      expect(pulls()).toHaveLength(2);

      const firstBody = first.body;
      const changed = await ensureFixPr(w.http, repoRef, plan(['alpha']), opts);
      expect(changed).toMatchObject({ action: 'updated', number: second.number });
      expect(first.body).toBe(firstBody);

      const gone = await ensureFixPr(w.http, repoRef, plan([]), opts);
      expect(gone).toMatchObject({ action: 'closed', number: second.number });
      expect(second.state).toBe('closed');
      expect(commentsOn(first.number)).toEqual([]);
      expect(commentsOn(second.number).filter((c) => c.body.includes(DRIFT_GONE_MARKER))).toHaveLength(1);
      expect(w.repo.branches.has(BRANCH)).toBe(false);
      expect(w.fake.requests.filter((r) => r.template === '/repos/{owner}/{repo}/pulls/{base}/{head}')).toHaveLength(personality === 'gitea-1.19' ? 0 : 1);
    });

    it('leaves a person\'s PR open when the drift goes away, and warns when it comes back to their left-over branch', async () => {
      const opened = await ensureFixPr(w.http, repoRef, plan(['alpha']), opts);
      const pr = w.repo.pulls.get(opened.number!)!;
      const theirs = alicePushes(w);

      // drift gone: not closed silently, one comment, a warning for the job log
      const gone = await ensureFixPr(w.http, repoRef, plan([]), opts);
      expect(gone).toMatchObject({ action: 'left-open', number: pr.number });
      expect(gone.warnings).toEqual([expect.stringMatching(/^PR #\d+ is left open: the drift it was opened for is gone, but its branch .* carries commits that are not driftgate's \(\w{10} by Alice\)/)]);
      expect(pr.state).toBe('open');
      const again = await ensureFixPr(w.http, repoRef, plan([]), opts);
      expect(again.action).toBe('left-open');
      const goneComments = commentsOn(pr.number).filter((c) => c.body.includes(DRIFT_GONE_MARKER));
      expect(goneComments).toHaveLength(1);
      expect(goneComments[0]!.body).toContain('driftgate leaves this PR open');

      // drift back while the PR is open: it is Alice's PR now; said once on the PR
      const back = await ensureFixPr(w.http, repoRef, plan(['alpha']), opts);
      expect(back).toMatchObject({ action: 'blocked', number: pr.number, warnings: [] });
      expect(commentsOn(pr.number).filter((c) => c.body.includes(HUMAN_COMMITS_MARKER))).toHaveLength(1);

      // someone closes the PR, the branch stays; the drift is gone, then back again
      pr.state = 'closed';
      const quiet = await ensureFixPr(w.http, repoRef, plan([]), opts);
      expect(quiet.action).toBe('none');
      expect(quiet.reason).toMatch(/left-over branch .* holds commits that are not driftgate's .*Alice.* and is left alone/);
      const mark = w.fake.requests.length;
      const blocked = await ensureFixPr(w.http, repoRef, plan(['alpha']), opts);
      expect(blocked.action).toBe('blocked');
      expect(blocked.warnings).toEqual([expect.stringMatching(/^drift is back, but the branch .* \(no open PR\) carries commits that are not driftgate's .*Alice.*: driftgate cannot propose this fix until that branch is merged or deleted$/)]);
      expect(writes(w, mark)).toEqual([]);
      expect(w.repo.branches.get(BRANCH)).toBe(theirs.sha);
      expect(pulls()).toHaveLength(1);
    });

    it('keeps the branch when a push lands while driftgate closes the PR, or when Gitea refuses the delete', async () => {
      const opened = await ensureFixPr(w.http, repoRef, plan(['alpha']), opts);
      let theirs = '';
      w.fake.beforeNext('PATCH', '/repos/{owner}/{repo}/pulls/{index}', () => (theirs = alicePushes(w).sha));
      const gone = await ensureFixPr(w.http, repoRef, plan([]), opts);
      expect(gone).toMatchObject({ action: 'closed', number: opened.number });
      expect(gone.warnings).toEqual([expect.stringMatching(/but its branch .* stays: it received commits that are not driftgate's \(\w{10} by Alice\); driftgate cannot propose this topic again until the branch is deleted$/)]);
      expect(w.repo.branches.get(BRANCH)).toBe(theirs);
      expect(commentsOn(opened.number!).find((c) => c.body.includes(DRIFT_GONE_MARKER))?.body).toMatch(/stays: it received commits .*Alice.*delete it, or open a PR from it/);

      w.repo.branches.delete(BRANCH);
      const again = await ensureFixPr(w.http, repoRef, plan(['alpha']), opts);
      w.fake.failNext('DELETE', '/repos/{owner}/{repo}/branches/{branch}', 403);
      const refused = await ensureFixPr(w.http, repoRef, plan([]), opts);
      expect(refused).toMatchObject({ action: 'closed', number: again.number });
      expect(refused.warnings[0]).toMatch(/stays: Gitea refused to delete it \(403: a protected branch\?\)/);
      expect(w.repo.branches.has(BRANCH)).toBe(true);
    });

    it('re-plans instead of overwriting when a person pushes to the fix branch between the check and the write', async () => {
      await ensureFixPr(w.http, repoRef, plan(['alpha', 'beta']), opts);
      let theirs = '';
      w.fake.beforeNext('POST', CONTENTS, () => (theirs = alicePushes(w).sha));
      const r = await ensureFixPr(w.http, repoRef, plan(['alpha']), opts);
      expect(r.action).toBe('blocked');
      expect(r.notes[0]).toMatch(/nothing was overwritten, re-planned$/);
      expect(w.repo.branches.get(BRANCH)).toBe(theirs);
      expect(fileAt(w.repo, BRANCH, REGISTRY)).toContain('# reviewed by alice');
      expect([...w.repo.branches.keys()].filter((b) => b.startsWith('driftgate/scratch/'))).toEqual([]);
      expect(commentsOn(r.number!).filter((c) => c.body.includes(HUMAN_COMMITS_MARKER))).toHaveLength(1);
    });

    it('never loses a push of another file that lands just before the write', async () => {
      await ensureFixPr(w.http, repoRef, plan(['alpha', 'beta']), opts);
      // 1.27 moves the branch only from the head it checked; older servers take driftgate's
      // commit on top (nothing lost), and driftgate notices from the commit's parent
      const hook = personality === 'gitea-1.27' ? ('PUT' as const) : ('POST' as const);
      const template = personality === 'gitea-1.27' ? '/repos/{owner}/{repo}/branches/{branch}' : CONTENTS;
      let theirs = '';
      w.fake.beforeNext(hook, template, () => (theirs = alicePushes(w, { 'README.md': '# spine, by alice\n' }).sha));
      const r = await ensureFixPr(w.http, repoRef, plan(['alpha']), opts);
      expect(r.action).toBe('blocked');
      expect(r.notes[0]).toMatch(personality === 'gitea-1.27' ? /moved from \w{10} to \w{10} while driftgate wrote it/ : /reached .* between driftgate's check and its write; driftgate's commit \w{10} sits on top of it and nothing was lost/);
      expect(onBranch(w, theirs)).toBe(true);
      expect(fileAt(w.repo, BRANCH, 'README.md')).toBe('# spine, by alice\n');
      expect(history(w.repo, BRANCH, 'main').filter((c) => c.author.login === 'alice')).toHaveLength(1);
    });

    it('does not take over a branch a person created between the check and the write', async () => {
      w.fake.beforeNext('POST', CONTENTS, () => alicePushes(w));
      const r = await ensureFixPr(w.http, repoRef, plan(['alpha']), opts);
      expect(r.action).toBe('blocked');
      expect(r.notes[0]).toMatch(/appeared while driftgate created it; nothing was overwritten, re-planned/);
      expect(r.warnings[0]).toMatch(/^drift is back, but the branch/);
      expect(history(w.repo, BRANCH, 'main').map((c) => c.author.login)).toEqual(['alice']);
      expect(pulls()).toEqual([]);
    });

    it('leaves PRs and comments of other users alone, even when they carry driftgate\'s markers', async () => {
      const p = plan(['alpha']);
      // Mallory opens a PR from a branch of driftgate's name, with the plan marker pasted in
      alicePushes(w);
      const planted = addPull(w.fake.state, w.repo, { head: BRANCH, user: MALLORY, body: `mine\n${fingerprintComment('registry-status', p.fingerprint)}` });
      const mark = w.fake.requests.length;
      const r = await ensureFixPr(w.http, repoRef, p, opts);
      expect(r).toMatchObject({ action: 'blocked', number: planted.number });
      expect(r.warnings[0]).toMatch(/is not driftgate's .* driftgate leaves it alone/);
      expect(writes(w, mark)).toEqual([]);

      // on driftgate's own PR, a pasted "already said" marker does not silence driftgate
      planted.state = 'closed';
      w.repo.branches.delete(BRANCH);
      const own = await ensureFixPr(w.http, repoRef, p, opts);
      addComment(w.fake.state, w.repo, own.number!, `${HUMAN_COMMITS_MARKER}\nnothing to see`, MALLORY);
      alicePushes(w);
      await ensureFixPr(w.http, repoRef, plan(['alpha', 'beta']), opts);
      const said = commentsOn(own.number!).filter((c) => c.body.includes(HUMAN_COMMITS_MARKER));
      expect(said.map((c) => c.user.login)).toEqual(['mallory', 'driftgate-bot']);
      expect(said[0]!.body).toBe(`${HUMAN_COMMITS_MARKER}\nnothing to see`);
    });
  });
}

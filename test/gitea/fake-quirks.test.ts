// The fake keeps real Gitea's behaviour where it matters to driftgate, per personality: the
// single-PR lookup answers an old closed PR, PATCH of a PR answers 201, a write token may edit
// anyone's comment, deleting a branch closes its PRs, and the conditional branch update (1.27+).
import { afterEach, describe, expect, it } from 'vitest';
import { pushCommit } from '../support/fake-gitea/git.js';
import { PERSONALITIES, type PersonalityName } from '../support/fake-gitea/personality.js';
import { startFakeGitea, type FakeGitea } from '../support/fake-gitea/server.js';
import { addComment, addPull, addRepo, type FakeRepo } from '../support/fake-gitea/state.js';

let gitea: FakeGitea | undefined;
afterEach(async () => {
  await gitea?.close();
  gitea = undefined;
});

async function start(personality: PersonalityName): Promise<{ g: FakeGitea; repo: FakeRepo; call: (method: string, path: string, body?: unknown) => Promise<Response> }> {
  const g = await startFakeGitea({ personality });
  gitea = g;
  const repo = addRepo(g.state, 'ops', 'spine', { 'a.yaml': 'a: 1\n' });
  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${g.apiUrl}${path}`, {
      method,
      headers: { authorization: `token ${g.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return { g, repo, call };
}

describe('fake gitea personalities', () => {
  it('answers /version as the server it plays', async () => {
    for (const name of ['gitea-1.25', 'forgejo'] as const) {
      const { call } = await start(name);
      expect(await (await call('GET', '/version')).json()).toEqual({ version: PERSONALITIES[name] });
      await gitea?.close();
      gitea = undefined;
    }
  });

  it('moves a branch only from the expected commit (1.27), and refuses the call before 1.27', async () => {
    const { g, repo, call } = await start('gitea-1.27');
    const one = pushCommit(g.state, repo, 'fix', { files: { 'a.yaml': 'a: 2\n' } });
    const other = pushCommit(g.state, repo, 'scratch', { files: { 'a.yaml': 'a: 3\n' }, parent: repo.branches.get('main') });
    const stale = await call('PUT', '/repos/ops/spine/branches/fix', { old_commit_id: 'f'.repeat(40), new_commit_id: other.sha, force: true });
    expect(stale.status).toBe(409);
    expect(repo.branches.get('fix')).toBe(one.sha);
    expect((await call('PUT', '/repos/ops/spine/branches/fix', { old_commit_id: one.sha, new_commit_id: other.sha })).status).toBe(409); // not a fast-forward
    expect((await call('PUT', '/repos/ops/spine/branches/fix', { old_commit_id: one.sha, new_commit_id: other.sha, force: true })).status).toBe(204);
    expect(repo.branches.get('fix')).toBe(other.sha);
    await g.close();

    const old = await start('gitea-1.25');
    pushCommit(old.g.state, old.repo, 'fix', { files: { 'a.yaml': 'a: 2\n' } });
    expect((await old.call('PUT', '/repos/ops/spine/branches/fix', { new_commit_id: old.repo.branches.get('main') })).status).toBe(405);
    expect(old.g.problems.join('\n')).toMatch(/PUT \/branches\/\{branch\} does not exist on 1\.25/);
    old.g.problems.length = 0;
  });

  it('deleting a branch closes its open PRs; the contents API checks file shas and names the parent', async () => {
    const { g, repo, call } = await start('forgejo');
    const head = pushCommit(g.state, repo, 'fix', { files: { 'a.yaml': 'a: 2\n' } });
    const pr = addPull(g.state, repo, { head: 'fix' });
    const wrongSha = await call('POST', '/repos/ops/spine/contents', { branch: 'fix', files: [{ operation: 'update', path: 'a.yaml', content: 'YTogMwo=', sha: 'f'.repeat(40) }] });
    expect(wrongSha.status).toBe(422);
    const exists = await call('POST', '/repos/ops/spine/contents', { branch: 'main', new_branch: 'fix', files: [{ operation: 'update', path: 'a.yaml', content: 'YTogMwo=' }] });
    expect(exists.status).toBe(422);
    const ok = (await (await call('POST', '/repos/ops/spine/contents', { branch: 'fix', files: [{ operation: 'update', path: 'a.yaml', content: 'YTogMwo=' }] })).json()) as {
      commit: { parents: Array<{ sha: string }> };
    };
    expect(ok.commit.parents.map((p) => p.sha)).toEqual([head.sha]);
    expect((await call('DELETE', '/repos/ops/spine/branches/fix')).status).toBe(204);
    expect(pr.state).toBe('closed');
    expect((await call('DELETE', '/repos/ops/spine/branches/main')).status).toBe(403);
  });

  it('runs a hook right before the next matching request (a push between check and write)', async () => {
    const { g, repo, call } = await start('gitea-1.27');
    g.beforeNext('GET', '/repos/{owner}/{repo}/branches/{branch}', (state, req) => {
      pushCommit(state, repo, req.params.branch as string, { files: { 'a.yaml': 'a: 9\n' } });
    });
    const seen = (await (await call('GET', '/repos/ops/spine/branches/main')).json()) as { commit: { id: string } };
    expect(seen.commit.id).toBe(repo.branches.get('main'));
    expect(repo.commits.size).toBe(2);
  });
});

// the quirks every personality driftgate supports keeps (1.25, 1.27 and Forgejo, whose API level is 1.22)
for (const personality of ['gitea-1.25', 'gitea-1.27', 'forgejo'] as PersonalityName[]) {
  describe(`real Gitea quirks on ${personality}`, () => {
    it('single-PR lookup by base/head: no state filter, no ORDER BY (the old closed PR wins); PATCH answers 201', async () => {
      const { g, repo, call } = await start(personality);
      pushCommit(g.state, repo, 'fix', { files: { 'a.yaml': 'a: 2\n' } });
      addPull(g.state, repo, { head: 'fix', state: 'closed' });
      const open = addPull(g.state, repo, { head: 'fix' });
      const looked = (await (await call('GET', '/repos/ops/spine/pulls/main/fix')).json()) as { number: number; state: string };
      expect(looked).toMatchObject({ number: 1, state: 'closed' });
      const edited = await call('PATCH', `/repos/ops/spine/pulls/${open.number}`, { title: 'x' });
      expect(edited.status).toBe(201);
      expect(((await edited.json()) as { title: string }).title).toBe('x');
    });

    it('the PR list has no head filter: every head of the base is listed, and a `head` parameter is not in the API', async () => {
      const { g, repo, call } = await start(personality);
      pushCommit(g.state, repo, 'fix', { files: { 'a.yaml': 'a: 2\n' } });
      pushCommit(g.state, repo, 'other', { files: { 'a.yaml': 'a: 3\n' }, parent: repo.branches.get('main') });
      addPull(g.state, repo, { head: 'fix', state: 'closed' });
      const mine = addPull(g.state, repo, { head: 'fix' });
      const theirs = addPull(g.state, repo, { head: 'other' });
      const listed = (await (await call('GET', '/repos/ops/spine/pulls?state=open&base_branch=main')).json()) as Array<{ number: number; head: { ref: string } }>;
      expect(listed.map((p) => [p.number, p.head.ref])).toEqual([
        [theirs.number, 'other'],
        [mine.number, 'fix'],
      ]);
      // real Gitea ignores an unknown parameter (a client would believe it filtered); the fake flags it
      expect((await call('GET', '/repos/ops/spine/pulls?state=open&head=fix')).status).toBe(422);
      expect(g.problems).toEqual([expect.stringContaining('query parameter "head" is not defined for GET /repos/{owner}/{repo}/pulls')]);
      g.problems.length = 0;
    });

    it("lets a write token edit and delete another user's comment, as Gitea does", async () => {
      const { g, repo, call } = await start(personality);
      addPull(g.state, repo, { head: 'main' });
      const theirs = addComment(g.state, repo, 1, 'by mallory', { id: 9, login: 'mallory' });
      expect((await call('PATCH', `/repos/ops/spine/issues/comments/${theirs.id}`, { body: 'edited' })).status).toBe(200);
      expect(repo.comments[0]?.body).toBe('edited');
      expect((await call('DELETE', `/repos/ops/spine/issues/comments/${theirs.id}`)).status).toBe(204);
      expect(repo.comments).toEqual([]);
      const me = (await (await call('GET', '/user')).json()) as { id: number; login: string };
      expect(me).toMatchObject({ id: g.state.tokenUser.id, login: 'driftgate-bot' });
    });
  });
}

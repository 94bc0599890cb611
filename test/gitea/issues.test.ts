// The issue endpoints a drift dashboard needs, against the fake on each personality: an issue
// found by author (created_by, then user.id) and marker, edited in place (201), closed and reopened.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIssueComment, getCurrentUser } from '../../src/gitea/api.js';
import type { GiteaHttp } from '../../src/gitea/http.js';
import { createIssue, editIssue, listIssues } from '../../src/gitea/issues.js';
import type { PersonalityName } from '../support/fake-gitea/personality.js';
import type { FakeGitea } from '../support/fake-gitea/server.js';
import { startFakeWorld } from '../support/fake-gitea/world.js';
import { addPull, type FakeRepo } from '../support/fake-gitea/state.js';

const ref = { owner: 'ops', repo: 'spine' };
const MARKER = '<!-- driftgate:dashboard -->';

for (const personality of ['gitea-1.25', 'gitea-1.27', 'forgejo'] as PersonalityName[]) {
  describe(`issue endpoints on ${personality}`, () => {
    let gitea: FakeGitea;
    let http: GiteaHttp;
    let repo: FakeRepo;
    beforeEach(async () => {
      ({ fake: gitea, repo, http } = await startFakeWorld(personality));
    });
    afterEach(async () => {
      await gitea.close();
    });

    it('creates, finds by author and marker, edits, closes and reopens an issue', async () => {
      const me = await getCurrentUser(http);
      addPull(gitea.state, repo, { head: 'main', body: MARKER }); // a PR is not an issue here
      const created = await createIssue(http, ref, { title: 'driftgate: drift dashboard', body: `${MARKER}\nall clear` });
      expect(created).toMatchObject({ number: 2, state: 'open', user: { id: me.id } });
      await createIssueComment(http, ref, created.number, { body: 'a comment on the issue' });

      const mine = (await listIssues(http, ref, { state: 'all', createdBy: me.login })).filter((i) => i.user?.id === me.id && i.body.startsWith(MARKER));
      expect(mine.map((i) => i.number)).toEqual([created.number]);
      expect(mine[0]?.pull_request).toBeUndefined();

      const edited = await editIssue(http, ref, created.number, { body: `${MARKER}\n2 findings` });
      expect(edited.body).toBe(`${MARKER}\n2 findings`);
      await editIssue(http, ref, created.number, { state: 'closed' });
      expect(await listIssues(http, ref)).toEqual([]);
      await editIssue(http, ref, created.number, { state: 'open' });
      expect((await listIssues(http, ref)).map((i) => i.number)).toEqual([created.number]);
      expect(gitea.requests.filter((r) => r.method === 'PATCH').map((r) => r.status)).toEqual([201, 201, 201]);
    });
  });
}

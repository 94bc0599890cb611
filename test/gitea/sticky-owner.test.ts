// The sticky comment belongs to the token's own user (GET /user): a comment by anyone else that
// carries the marker, even with the right digest, is never edited, deleted or trusted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GiteaHttp } from '../../src/gitea/http.js';
import { ensureStickyComment, markerFor, stickyBody } from '../../src/report/comment.js';
import type { PersonalityName } from '../support/fake-gitea/personality.js';
import type { FakeGitea } from '../support/fake-gitea/server.js';
import { startFakeWorld } from '../support/fake-gitea/world.js';
import { addComment, addPull, type FakeRepo } from '../support/fake-gitea/state.js';

const ref = { owner: 'ops', repo: 'spine' };
const MALLORY = { id: 9, login: 'mallory' };

for (const personality of ['gitea-1.25', 'gitea-1.27', 'forgejo'] as PersonalityName[]) {
  describe(`sticky comment ownership on ${personality}`, () => {
    let gitea: FakeGitea;
    let http: GiteaHttp;
    let repo: FakeRepo;
    beforeEach(async () => {
      ({ fake: gitea, repo, http } = await startFakeWorld(personality));
      addPull(gitea.state, repo, { head: 'feature', user: MALLORY });
    });
    afterEach(async () => {
      await gitea.close();
    });

    it('ignores a planted marker: cannot fake "unchanged", is not edited or deleted', async () => {
      // the PR author pastes driftgate's marker and the digest of a clean report
      const planted = addComment(gitea.state, repo, 1, stickyBody('all green, nothing to see', undefined, 'd1gest'), MALLORY);
      const plantedBody = planted.body;
      const result = await ensureStickyComment(http, { ...ref, index: 1, body: '## driftgate\n1 error', digest: 'd1gest' });
      expect(result.action).toBe('created');
      expect(repo.comments.find((c) => c.id === planted.id)).toMatchObject({ body: plantedBody, updated_at: planted.updated_at });
      expect(repo.comments.filter((c) => c.user.login === 'driftgate-bot')).toHaveLength(1);

      // a later run edits its own comment, and deletes only its own duplicates
      const dup = addComment(gitea.state, repo, 1, stickyBody('an old twin'));
      const later = addComment(gitea.state, repo, 1, stickyBody('planted after', undefined, 'x'), MALLORY);
      const second = await ensureStickyComment(http, { ...ref, index: 1, body: '## driftgate\n2 errors', digest: 'other' });
      expect(second).toMatchObject({ action: 'updated', id: result.id, deleted: [dup.id] });
      expect(repo.comments.map((c) => c.id)).toEqual([planted.id, result.id, later.id]);
      const touched = gitea.requests.filter((r) => r.method === 'PATCH' || r.method === 'DELETE').map((r) => r.path);
      expect(touched.some((p) => p.endsWith(`/${planted.id}`) || p.endsWith(`/${later.id}`))).toBe(false);
    });

    it('keys the marker, so two jobs keep two comments', async () => {
      const a = await ensureStickyComment(http, { ...ref, index: 1, body: 'offline report', key: 'offline' });
      const b = await ensureStickyComment(http, { ...ref, index: 1, body: 'live report', key: 'live' });
      expect(a.id).not.toBe(b.id);
      expect(repo.comments.map((c) => c.body.split('\n')[0])).toEqual([markerFor('offline'), markerFor('live')]);
    });

    it('touches nothing when the token cannot say who it is', async () => {
      gitea.failNext('GET', '/user', 403);
      await expect(ensureStickyComment(http, { ...ref, index: 1, body: 'x' })).rejects.toThrow(/GET \/user failed with 403/);
      expect(gitea.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    });
  });
}

// The run history on a state branch, against the swagger-validating fake Gitea playing 1.25, 1.27
// and Forgejo: the branch is cut when missing, later runs replace the file by its blob sha, a
// concurrent write makes the loser re-read and re-apply its run (bounded), and a damaged state is
// never overwritten.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGiteaHttp, type GiteaHttp } from '../../src/gitea/http.js';
import { giteaStore, parseStateLocation } from '../../src/history/gitea-store.js';
import type { RunInput } from '../../src/history/record-run.js';
import { StateError } from '../../src/history/state-doc.js';
import { loadState, saveRun, WRITE_ATTEMPTS } from '../../src/history/store.js';
import type { PersonalityName } from '../support/fake-gitea/personality.js';
import { startFakeGitea, type FakeGitea } from '../support/fake-gitea/server.js';
import { fileAt, history, pushCommit } from '../support/fake-gitea/git.js';
import { addRepo, type FakeRepo } from '../support/fake-gitea/state.js';
import { config, finding, night } from './support.js';

const SETTINGS = config().history;
const REF = { owner: 'ops', repo: 'spine' };
const FILE = '/repos/{owner}/{repo}/contents/{filepath}';
let gitea: FakeGitea;
let repo: FakeRepo;
let http: GiteaHttp;

function run(n: number, ids: string[]): RunInput {
  return { run: { id: night(n), at: night(n), result: 'drift' }, findings: ids.map((id) => finding('health', id)), judged: new Set(['health']) };
}

function store(h: GiteaHttp = http) {
  return giteaStore({ http: h, repo: REF, branch: 'driftgate/state', path: 'driftgate-state.json', redact: (t) => t.split('hunter2').join('***') });
}

/** An http whose first `times` PUTs are preceded by another run's write (a concurrent nightly). */
function racing(times: number, other: (i: number) => Promise<unknown>): GiteaHttp {
  let i = 0;
  return {
    ...http,
    async request(method, path, opts) {
      if (method === 'PUT' && i < times) await other(i++);
      return http.request(method, path, opts);
    },
  };
}

for (const personality of ['gitea-1.25', 'gitea-1.27', 'forgejo'] as PersonalityName[]) {
  describe(`the state branch on ${personality}`, () => {
    beforeEach(async () => {
      gitea = await startFakeGitea({ personality });
      repo = addRepo(gitea.state, 'ops', 'spine', { 'README.md': 'spine\n' });
      http = createGiteaHttp({ serverUrl: gitea.url, token: gitea.token, retryDelayMs: 0 });
    });
    afterEach(async () => {
      await gitea.close();
    });

    it('is cut from the default branch on the first write, then the file is replaced by its sha', async () => {
      gitea.expect('POST', FILE, 1);
      gitea.expect('PUT', FILE, 1);
      expect(await loadState(store())).toBeUndefined();
      const first = await saveRun(store(), run(1, ['alpha']), SETTINGS);
      expect(first).toMatchObject({ written: true, attempts: 1 });
      expect(repo.branches.has('driftgate/state')).toBe(true);
      expect(fileAt(repo, 'driftgate/state', 'README.md')).toBe('spine\n');
      await saveRun(store(), run(2, ['alpha', 'beta']), SETTINGS);
      const state = await loadState(store());
      expect(state?.runs.map((r) => r.at)).toEqual([night(1), night(2)]);
      expect(state?.findings[finding('health', 'alpha').fingerprint]?.seen).toBe('11');
      const commits = history(repo, 'driftgate/state', 'main').reverse();
      expect(commits.map((c) => c.message)).toEqual([
        `driftgate: record the live run of ${night(1)} (drift) [skip ci]`,
        `driftgate: record the live run of ${night(2)} (drift) [skip ci]`,
      ]);
      // the default branch is untouched
      expect(fileAt(repo, 'main', 'driftgate-state.json')).toBeUndefined();
    });

    it('writes nothing when the same run is recorded again', async () => {
      gitea.expect('POST', FILE, 1);
      gitea.expect('PUT', FILE, 0);
      await saveRun(store(), run(1, ['alpha']), SETTINGS);
      expect(await saveRun(store(), run(1, ['alpha']), SETTINGS)).toMatchObject({ written: false });
    });

    it('re-reads and re-applies its run when another run wrote in between (no run lost)', async () => {
      await saveRun(store(), run(1, ['alpha']), SETTINGS);
      const raced = racing(1, () => saveRun(store(), run(2, ['beta']), SETTINGS));
      const saved = await saveRun(store(raced), run(3, ['alpha']), SETTINGS);
      expect(saved).toMatchObject({ written: true, attempts: 2 });
      const state = await loadState(store());
      expect(state?.runs.map((r) => r.at)).toEqual([night(1), night(2), night(3)]);
      expect(state?.findings[finding('health', 'alpha').fingerprint]?.seen).toBe('101');
      expect(gitea.requests.filter((r) => r.method === 'PUT').map((r) => r.status)).toEqual([200, 422, 200]);
    });

    it(`gives up after ${WRITE_ATTEMPTS} conflicts in a row, saying so`, async () => {
      await saveRun(store(), run(1, ['alpha']), SETTINGS);
      const raced = racing(WRITE_ATTEMPTS, (i) => saveRun(store(), run(2 + i, ['beta']), SETTINGS));
      await expect(saveRun(store(raced), run(9, ['alpha']), SETTINGS)).rejects.toThrow(
        new StateError('driftgate/state:driftgate-state.json: the run history changed while it was written, 4 times in a row; this run was not recorded'),
      );
    });

    it('creates the file on a state branch that exists without it', async () => {
      repo.branches.set('driftgate/state', repo.branches.get('main') as string);
      gitea.expect('POST', FILE, 1);
      await saveRun(store(), run(1, ['alpha']), SETTINGS);
      expect(gitea.requests.find((r) => r.method === 'POST')?.body).toMatchObject({ branch: 'driftgate/state' });
      expect(gitea.requests.find((r) => r.method === 'POST')?.body).not.toHaveProperty('new_branch');
    });

    it('never overwrites a state it cannot read, and masks secrets in what it writes', async () => {
      pushCommit(gitea.state, repo, 'driftgate/state', { files: { 'driftgate-state.json': '{"not": "ours"}' } });
      gitea.expect('PUT', FILE, 0);
      await expect(loadState(store())).rejects.toThrow('driftgate/state:driftgate-state.json: not a driftgate run history');
      await expect(saveRun(store(), run(1, ['alpha']), SETTINGS)).rejects.toBeInstanceOf(StateError);
      pushCommit(gitea.state, repo, 'driftgate/state', { files: { 'driftgate-state.json': null } });
      const secret = { ...run(1, []), findings: [{ ...finding('health', 'alpha'), message: 'token hunter2 leaked' }] };
      await saveRun(store(), secret, SETTINGS);
      expect(fileAt(repo, 'driftgate/state', 'driftgate-state.json')).toContain('token *** leaked');
    });
  });
}

describe('parseStateLocation', () => {
  it.each([
    ['driftgate/state', { branch: 'driftgate/state', path: 'driftgate-state.json' }],
    ['ops/state:nightly/history.json', { branch: 'ops/state', path: 'nightly/history.json' }],
    [':x.json', { branch: 'driftgate/state', path: 'x.json' }],
  ])('%s', (value, expected) => {
    expect(parseStateLocation(value)).toEqual(expected);
  });
});

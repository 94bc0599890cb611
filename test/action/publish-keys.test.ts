// Two driftgate jobs on one PR (e.g. the offline PR check and a live check) keep apart: each its
// own sticky comment AND its own commit status context (`driftgate/<comment-key>`), so neither
// decides the other's required check. The status state follows the job's verdict (fail-on).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunContext } from '../../src/action/event.js';
import { publishErrorStatus, publishToGitea, type PublishLog } from '../../src/action/publish.js';
import { buildReport } from '../../src/report/build-report.js';
import type { Finding } from '../../src/gates/types.js';
import type { Report } from '../../src/report/types.js';
import type { PersonalityName } from '../support/fake-gitea/personality.js';
import type { FakeGitea } from '../support/fake-gitea/server.js';
import { startFakeWorld } from '../support/fake-gitea/world.js';
import { addPull, type FakeRepo } from '../support/fake-gitea/state.js';

const log: PublishLog = { info: () => undefined, notice: () => undefined, warning: () => undefined };

function finding(severity: Finding['severity']): Finding {
  return {
    gate: 'references',
    severity,
    fingerprint: `fp-${severity}`,
    message: `a ${severity}`,
    subject: { kind: 'service', id: 'x' },
    locations: [{ file: 'a.yaml', line: 1, column: 1, pointer: '/x' }],
    direction: 'inconsistent',
  };
}

function report(findings: Finding[]): Report {
  return buildReport({
    root: '.',
    durationMs: 1,
    fileCount: 1,
    runs: [{ id: 'references', aliases: [], kind: 'static', result: findings.length ? 'fail' : 'pass', findings: findings.length, durationMs: 1 }],
    findings,
  });
}

for (const personality of ['gitea-1.25', 'gitea-1.27', 'forgejo'] as PersonalityName[]) {
  describe(`commit status and comment per job on ${personality}`, () => {
    let gitea: FakeGitea;
    let repo: FakeRepo;
    let context: RunContext;
    beforeEach(async () => {
      ({ fake: gitea, repo } = await startFakeWorld(personality));
      const pr = addPull(gitea.state, repo, { head: 'feature' });
      context = { eventName: 'pull_request', repository: 'ops/spine', sha: pr.head.sha, pullRequest: { number: pr.number, headSha: pr.head.sha, fork: false }, serverUrl: gitea.url, runId: '5' };
    });
    afterEach(async () => {
      await gitea.close();
    });

    const publish = (r: Report, extra: { commentKey?: string; failOn?: 'error' | 'warning' | 'never' }) =>
      publishToGitea({ report: r, markdown: `report ${r.result}`, context, serverUrl: gitea.url, token: gitea.token, comment: true, status: true, ...extra }, log);

    it('two comment-keys: two comments and two statuses, each job keeps its own verdict', async () => {
      await publish(report([finding('error')]), { commentKey: 'offline' });
      await publish(report([]), { commentKey: 'live' });
      // the offline job runs again: only its own status and comment change
      await publish(report([finding('error')]), { commentKey: 'offline' });
      const latest = new Map(repo.statuses.map((s) => [s.context, s.state]));
      expect(Object.fromEntries(latest)).toEqual({ 'driftgate/offline': 'failure', 'driftgate/live': 'success' });
      expect(repo.comments).toHaveLength(2);
      expect(repo.comments.map((c) => c.body.split('\n')[0])).toEqual(['<!-- driftgate:sticky-comment:offline -->', '<!-- driftgate:sticky-comment:live -->']);
      await publish(report([]), {});
      expect(repo.statuses.at(-1)?.context).toBe('driftgate');
      // a run that could not evaluate errs under its own key too
      await publishErrorStatus({ context, serverUrl: gitea.url, token: gitea.token, commentKey: 'live', message: 'boom' }, log);
      expect(repo.statuses.at(-1)).toMatchObject({ context: 'driftgate/live', state: 'error', description: 'could not evaluate: boom' });
    });

    it('fail-on: the status agrees with the job, and its description still tells the truth', async () => {
      await publish(report([finding('error')]), { failOn: 'never' });
      expect(repo.statuses.at(-1)).toMatchObject({ state: 'success', description: 'drift: 1 error, 0 warnings; not failing (fail-on: never)' });
      await publish(report([finding('warning')]), { failOn: 'warning' });
      expect(repo.statuses.at(-1)).toMatchObject({ state: 'failure', description: 'no blocking drift (1 warning); failing (fail-on: warning)' });
      await publish(report([finding('warning')]), { failOn: 'error' });
      expect(repo.statuses.at(-1)).toMatchObject({ state: 'success', description: 'no blocking drift (1 warning)' });
      await publish({ ...report([]), result: 'error', error: 'boom' }, { failOn: 'never' });
      expect(repo.statuses.at(-1)).toMatchObject({ state: 'error', description: 'could not evaluate: boom' });
    });
  });
}
